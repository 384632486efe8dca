// A plain HTML table from a header and rows (detected tables, electrical characteristics),
// capped so a 500-page document's tables stay quick to render. Scrolls sideways on its own.
import { Capped } from './Section';

type Props = {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  maxRows?: number;
  testId?: string;
  /** The column that holds page numbers, shown as links to the page in the document's page list. */
  pageLinks?: number;
};

export function DataTable({ caption, header, rows, maxRows = 200, testId, pageLinks }: Props) {
  const shown = rows.slice(0, maxRows);
  const width = Math.max(header.length, ...shown.map((r) => r.length));
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return (
    <>
      <div className="doc-table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table className="doc-table" data-testid={testId}>
          <caption>{caption}</caption>
          {header.some((h) => h.trim()) && (
            <thead>
              <tr>
                {pad(header).map((cell, i) => (
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                {pad(row).map((cell, i) => (
                  <td key={i}>{i === pageLinks && /^\d+$/.test(cell) ? <a href={`#page-${cell}`}>{cell}</a> : cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Capped shown={shown.length} total={rows.length} what="rows" />
    </>
  );
}
