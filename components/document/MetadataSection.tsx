// The PDF's own information: title, author, dates, producer, version, its outline (bookmarks)
// and its form fields.
import { formatDateTime } from '@/lib/client/format';
import type { DocumentMetadata, FormField, OutlineEntry } from '@/lib/pipeline/types';
import { Capped, Section } from './Section';

const MAX_OUTLINE = 300;
const MAX_FORM_FIELDS = 300;

/** PDF dates arrive as ISO text; shown in UTC so server and browser render the same words. */
const date = (iso: string | null) => (iso ? formatDateTime(iso, { utc: true }) : null);

function Outline({ entries }: { entries: OutlineEntry[] }) {
  const shown = entries.slice(0, MAX_OUTLINE);
  return (
    <>
      <ul className="doc-outline">
        {shown.map((entry, i) => (
          <li key={i} style={{ paddingInlineStart: `${Math.min(entry.level, 6) * 1.1}rem` }}>
            {entry.title || <span className="muted">(untitled)</span>}
            {entry.page !== null && <span className="muted"> · p. {entry.page}</span>}
          </li>
        ))}
      </ul>
      <Capped shown={shown.length} total={entries.length} what="outline entries" />
    </>
  );
}

function FormFields({ fields }: { fields: FormField[] }) {
  const shown = fields.slice(0, MAX_FORM_FIELDS);
  return (
    <>
      <div className="doc-table-wrap" role="region" aria-label="Form fields" tabIndex={0}>
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((field, i) => (
              <tr key={i}>
                <th scope="row">{field.name}</th>
                <td>{field.type}</td>
                <td>{field.value ?? <span className="muted">empty</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Capped shown={shown.length} total={fields.length} what="form fields" />
    </>
  );
}

export function MetadataSection({ metadata }: { metadata: DocumentMetadata }) {
  const xmpCreators = metadata.xmp?.creators?.length ? metadata.xmp.creators.join(', ') : null;
  const items: [string, string | null | undefined][] = [
    ['Title', metadata.title ?? metadata.xmp?.title],
    ['Author', metadata.author ?? xmpCreators],
    ['Subject', metadata.subject],
    ['Keywords', metadata.keywords],
    ['Created with', metadata.creator],
    ['Produced by', metadata.producer],
    ['Created', date(metadata.creation_date)],
    ['Modified', date(metadata.modification_date)],
    ['PDF version', metadata.pdf_version],
    ['Pages', String(metadata.page_count)],
    ['Encrypted', metadata.encrypted ? 'Yes' : 'No'],
  ];
  const outline = metadata.outline ?? [];
  const formFields = metadata.form_fields ?? [];
  return (
    <Section id="metadata" title="Document information">
      <dl className="doc-facts">
        {items.map(([label, value]) => (
          <div key={label} className="doc-facts__item">
            <dt>{label}</dt>
            <dd>{value || <span className="muted">not given</span>}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="doc-sub">Outline {outline.length > 0 && <span className="muted">({outline.length})</span>}</h3>
        {outline.length ? <Outline entries={outline} /> : <p className="muted">The document has no outline (bookmarks).</p>}
      </div>
      <div>
        <h3 className="doc-sub">Form fields {formFields.length > 0 && <span className="muted">({formFields.length})</span>}</h3>
        {formFields.length ? <FormFields fields={formFields} /> : <p className="muted">The document has no fillable form fields.</p>}
      </div>
    </Section>
  );
}
