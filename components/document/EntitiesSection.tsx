// Dates, amounts, percentages, e-mails, phone numbers, links and IBANs mentioned in the text.
import type { Entities, Entity } from '@/lib/pipeline/types';
import { formatNormalized } from './format';
import { Section } from './Section';

const MAX_PER_KIND = 100;

const KINDS: { key: keyof Entities; label: string }[] = [
  { key: 'dates', label: 'Dates' },
  { key: 'money', label: 'Amounts' },
  { key: 'percentages', label: 'Percentages' },
  { key: 'emails', label: 'E-mail addresses' },
  { key: 'phones', label: 'Phone numbers' },
  { key: 'urls', label: 'Links' },
  { key: 'ibans', label: 'IBANs' },
];

function EntityItem({ entity }: { entity: Entity }) {
  const normalized = formatNormalized(entity.normalized);
  return (
    <li>
      <span className="doc-entity__text">{entity.text}</span>
      {normalized && normalized !== entity.text && <span className="muted"> → {normalized}</span>}
      <span className="muted doc-entity__page"> · p. {entity.page}</span>
    </li>
  );
}

export function EntitiesSection({ entities }: { entities: Entities | undefined }) {
  if (!entities) return <Section id="entities" title="Mentions" empty="Dates, amounts and contacts are looked for in the full extraction workflow only." />;
  const present = KINDS.filter((k) => (entities[k.key] ?? []).length > 0);
  const total = present.reduce((n, k) => n + entities[k.key].length, 0);
  if (!present.length) return <Section id="entities" title="Mentions" count={0} empty="No dates, amounts, contacts or links were found." />;
  return (
    <Section id="entities" title="Mentions" count={total}>
      <div className="doc-entities">
        {present.map(({ key, label }) => {
          const list = entities[key];
          return (
            <div key={key}>
              <h3 className="doc-sub">
                {label} <span className="muted">({list.length})</span>
              </h3>
              <ul className="doc-list doc-list--compact">
                {list.slice(0, MAX_PER_KIND).map((entity, i) => (
                  <EntityItem key={i} entity={entity} />
                ))}
                {list.length > MAX_PER_KIND && <li className="muted">and {list.length - MAX_PER_KIND} more (in the result JSON)</li>}
              </ul>
            </div>
          );
        })}
      </div>
    </Section>
  );
}
