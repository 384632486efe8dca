// The tables found in the document, each as an HTML table with where it was found.
import type { Table } from '@/lib/pipeline/types';
import { DataTable } from './DataTable';
import { Capped, Section } from './Section';

const MAX_TABLES = 50;
const KIND: Record<Table['kind'], string> = { ruled: 'drawn grid', aligned: 'aligned columns' };

export function TablesSection({ tables }: { tables: Table[] | undefined }) {
  if (!tables) return <Section id="tables" title="Tables" empty="Tables are looked for in the full extraction workflow only." />;
  if (!tables.length) return <Section id="tables" title="Tables" count={0} empty="No tables were found." />;
  const shown = tables.slice(0, MAX_TABLES);
  return (
    <Section id="tables" title="Tables" count={tables.length}>
      {shown.map((table, i) => (
        <DataTable
          key={i}
          testId="doc-table"
          caption={`Table ${i + 1} · page ${table.page} · ${KIND[table.kind] ?? table.kind} · ${table.rows.length} rows`}
          header={table.header}
          rows={table.rows}
        />
      ))}
      <Capped shown={shown.length} total={tables.length} what="tables" />
    </Section>
  );
}
