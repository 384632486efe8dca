// A progress bar that assistive technology reads: role, 0-100 integer value and a name.
import { percent } from '@/lib/client/format';

export type ProgressTone = 'active' | 'done' | 'warning' | 'danger' | 'muted';

type Props = { value: number; label: string; tone?: ProgressTone; size?: 'sm' | 'md' };

export function ProgressBar({ value, label, tone = 'active', size = 'sm' }: Props) {
  const now = percent(value);
  return (
    <div
      className="progress"
      data-tone={tone}
      data-size={size}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={now}
    >
      <div className="progress__fill" style={{ transform: `scaleX(${now / 100})` }} />
    </div>
  );
}
