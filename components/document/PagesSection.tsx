// Every page: its size, whether it has a text layer, and whether it needs OCR (a scan).
import type { PageResult } from '@/lib/pipeline/types';
import { formatPageSize } from './format';
import { Capped, Section } from './Section';

const MAX_PAGES = 500;

export function PagesSection({ pages }: { pages: PageResult[] }) {
  if (!pages.length) return <Section id="pages" title="Pages" count={0} empty="No pages were read." />;
  const shown = pages.slice(0, MAX_PAGES);
  const ocr = pages.filter((p) => p.needs_ocr).length;
  return (
    <Section id="pages" title="Pages" count={pages.length}>
      {ocr > 0 && (
        <p className="notice" data-tone="warning">
          {ocr === pages.length ? 'Every page' : `${ocr} of ${pages.length} pages`} look scanned: they have no usable text layer, so their text
          could not be read without OCR.
        </p>
      )}
      <details className="doc-details" open={pages.length <= 20}>
        <summary>Page by page</summary>
        <div className="doc-table-wrap" role="region" aria-label="Pages" tabIndex={0}>
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col" className="doc-num">
                  Page
                </th>
                <th scope="col">Size</th>
                <th scope="col">Text</th>
                <th scope="col">Needs OCR</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((page) => (
                <tr key={page.number} id={`page-${page.number}`} data-needs-ocr={page.needs_ocr || undefined}>
                  <td className="doc-num">{page.number}</td>
                  <td>{formatPageSize(page.width, page.height)}</td>
                  <td>{page.has_text_layer ? `${page.text.length.toLocaleString('en')} characters` : 'No text layer'}</td>
                  <td>{page.needs_ocr ? <strong className="doc-flag">Yes</strong> : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Capped shown={shown.length} total={pages.length} what="pages" />
      </details>
    </Section>
  );
}
