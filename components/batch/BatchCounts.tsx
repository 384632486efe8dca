// How many files of a batch are done, failed, cancelled, out of how many.
import type { BatchSummary } from '@/lib/schemas/batch';

type Props = { batch: Pick<BatchSummary, 'completed' | 'failed' | 'cancelled' | 'total_files'> };

export function BatchCounts({ batch }: Props) {
  const items = [
    { key: 'completed', label: 'Completed', value: batch.completed },
    { key: 'failed', label: 'Failed', value: batch.failed },
    { key: 'cancelled', label: 'Cancelled', value: batch.cancelled },
    { key: 'total', label: 'Total', value: batch.total_files },
  ];
  return (
    <dl className="batch-counts">
      {items.map((item) => (
        <div key={item.key} className="batch-counts__item" data-kind={item.key} data-nonzero={item.value > 0 || undefined}>
          <dt>{item.label}</dt>
          <dd data-testid={`count-${item.key}`}>{item.value.toLocaleString('en')}</dd>
        </div>
      ))}
    </dl>
  );
}
