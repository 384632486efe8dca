// The label/value pairs found in the document, with their normalised value (a date, an amount...).
import type { Field } from '@/lib/pipeline/types';
import { formatNormalized } from './format';
import { Capped, Section } from './Section';

const MAX_FIELDS = 500;

export function FieldsSection({ fields }: { fields: Field[] | undefined }) {
  if (!fields) return <Section id="fields" title="Fields" empty="Fields are looked for in the full extraction workflow only." />;
  if (!fields.length) return <Section id="fields" title="Fields" count={0} empty="No label and value pairs were found." />;
  const shown = fields.slice(0, MAX_FIELDS);
  return (
    <Section id="fields" title="Fields" count={fields.length}>
      <div className="doc-table-wrap" role="region" aria-label="Fields" tabIndex={0}>
        <table className="doc-table" data-testid="doc-fields">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">Normalised</th>
              <th scope="col" className="doc-num">
                Page
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((field, i) => (
              <tr key={i}>
                <th scope="row">{field.key}</th>
                <td>{field.value}</td>
                <td>{field.normalized ? formatNormalized(field.normalized) : <span className="muted">—</span>}</td>
                <td className="doc-num">{field.page}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Capped shown={shown.length} total={fields.length} what="fields" />
    </Section>
  );
}
