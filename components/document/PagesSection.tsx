// Every page: its size, whether it has a text layer, whether it needs OCR (a scan), and for pages
// read by OCR the engine's confidence (low ones flagged: their text is kept but may be wrong).
import type { PageResult } from '@/lib/pipeline/types';
import { formatPageSize } from './format';
import { Capped, Section } from './Section';

const MAX_PAGES = 500;

export function PagesSection({ pages }: { pages: PageResult[] }) {
  if (!pages.length) return <Section id="pages" title="Pages" count={0} empty="No pages were read." />;
  const shown = pages.slice(0, MAX_PAGES);
  const ocrRead = pages.filter((p) => p.ocr?.used);
  const ocr = pages.filter((p) => p.needs_ocr && !p.ocr?.used).length;
  const low = ocrRead.filter((p) => p.ocr?.low_confidence).length;
  return (
    <Section id="pages" title="Pages" count={pages.length}>
      {ocrRead.length > 0 && (
        <p className="notice" data-ocr-summary>
          {ocrRead.length === pages.length ? 'Every page was' : `${ocrRead.length} of ${pages.length} pages were`} read by OCR ({ocrRead[0].ocr?.engine},{' '}
          {ocrRead[0].ocr?.language}): page{ocrRead.length === 1 ? '' : 's'} {ocrRead.map((p) => p.number).join(', ')}.
          {low > 0 && ` ${low} with low confidence: their text may be wrong.`}
        </p>
      )}
      {ocr > 0 && (
        <p className="notice" data-tone="warning">
          {ocr === pages.length ? 'Every page' : `${ocr} of ${pages.length} pages`} look scanned: they have no usable text layer, and OCR did not
          read them (OCR off, or see the warnings).
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
                <th scope="col">OCR confidence</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((page) => (
                <tr key={page.number} id={`page-${page.number}`} data-needs-ocr={page.needs_ocr || undefined}>
                  <td className="doc-num">{page.number}</td>
                  <td>{formatPageSize(page.width, page.height)}</td>
                  <td>
                    {page.ocr?.used
                      ? `${page.text.length.toLocaleString('en')} characters by OCR`
                      : page.has_text_layer
                        ? `${page.text.length.toLocaleString('en')} characters`
                        : 'No text layer'}
                  </td>
                  <td>{page.needs_ocr ? <strong className="doc-flag">Yes</strong> : 'No'}</td>
                  <td data-ocr-confidence={page.ocr?.confidence ?? undefined}>
                    {page.ocr ? (
                      page.ocr.confidence === null ? (
                        'Not read'
                      ) : page.ocr.low_confidence ? (
                        <strong className="doc-flag">{Math.round(page.ocr.confidence)} % (low)</strong>
                      ) : (
                        `${Math.round(page.ocr.confidence)} % (${page.ocr.seconds} s)`
                      )
                    ) : (
                      '—'
                    )}
                  </td>
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
