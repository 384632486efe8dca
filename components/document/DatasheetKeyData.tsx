// A datasheet's key data: part numbers, packages, key ratings, ordering information, and its
// characteristics tables as the page prints them (limits as printed, each row linked to its page),
// and the SPICE models fitted to them.
import type { DatasheetData, ElectricalCharacteristic } from '@/lib/pipeline/types';
import { DataTable } from './DataTable';
import { SpiceModels } from './SpiceModels';

const MAX_ROWS_PER_TABLE = 400;

const limit = (c: ElectricalCharacteristic, key: 'min' | 'typ' | 'max') => c.printed[key] ?? (key === 'max' ? (c.printed.value ?? null) : null) ?? (c[key] === null ? '' : String(c[key]));
const range = (min: number | null, max: number | null, unit: string | null) =>
  [min === null ? null : String(min), max === null ? null : String(max)].filter(Boolean).join(' to ') + (unit ? ` ${unit}` : '');

/** The rows grouped by the table they were printed in, in page order. */
function byTable(rows: ElectricalCharacteristic[]): { key: string; title: string; page: number; conditions: string | null; rows: ElectricalCharacteristic[] }[] {
  const groups: { key: string; title: string; page: number; conditions: string | null; rows: ElectricalCharacteristic[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.title === row.table && last.page === row.page) last.rows.push(row);
    else groups.push({ key: `${row.page}-${groups.length}`, title: row.table, page: row.page, conditions: row.table_conditions, rows: [row] });
  }
  return groups;
}

export function DatasheetKeyData({ data }: { data: DatasheetData }) {
  const ratings = data.key_ratings.map((k) => `${k.quantity}: ${range(k.min, k.max, k.unit)} (${k.symbol ?? k.parameter})`);
  return (
    <>
      <dl className="doc-facts" data-testid="doc-domain">
        <div className="doc-facts__item">
          <dt>{data.part_numbers.length > 1 ? 'Part numbers' : 'Part number'}</dt>
          <dd>{data.part_numbers.join(', ') || <span className="muted">not found</span>}</dd>
        </div>
        {data.packages.length > 0 && (
          <div className="doc-facts__item">
            <dt>Packages</dt>
            <dd>{data.packages.join(', ')}</dd>
          </div>
        )}
        {ratings.length > 0 && (
          <div className="doc-facts__item" data-testid="key-ratings">
            <dt>Key ratings</dt>
            <dd>{ratings.join(' · ')}</dd>
          </div>
        )}
      </dl>
      {data.ordering.length > 0 && (
        <DataTable caption="Ordering information" header={['Part', 'Package', 'Marking', 'Packing']} rows={data.ordering.map((o) => [o.part, o.package ?? '', o.marking ?? '', o.packing ?? ''])} />
      )}
      {data.electrical_characteristics.length === 0 && <p className="muted">No characteristics tables were found.</p>}
      {byTable(data.electrical_characteristics).map((t) => {
        const variants = t.rows.some((r) => r.variant);
        const header = ['Parameter', 'Symbol', 'Conditions', ...(variants ? ['Variant'] : []), 'Min', 'Typ', 'Max', 'Unit', 'Page'];
        const rows = t.rows.map((r) => [
          r.section ? `${r.section} · ${r.parameter}` : r.parameter,
          r.symbol ?? '',
          r.conditions ?? '',
          ...(variants ? [r.variant ?? ''] : []),
          limit(r, 'min'),
          limit(r, 'typ'),
          limit(r, 'max'),
          r.unit ?? '',
          String(r.page),
        ]);
        return (
          <div key={t.key} className="doc-characteristics" data-testid="characteristics-table">
            {t.conditions && <p className="muted">{t.conditions}</p>}
            <DataTable caption={`${t.title} (page ${t.page})`} header={header} rows={rows} maxRows={MAX_ROWS_PER_TABLE} pageLinks={header.length - 1} />
          </div>
        );
      })}
      <SpiceModels models={data.spice_models ?? []} />
    </>
  );
}
