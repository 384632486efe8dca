// What went wrong while reading the document, without stopping it: unreadable pages, a detector
// that failed. Nothing is shown when there were none.
import { Section } from './Section';

export function WarningsSection({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return <Section id="warnings" title="Warnings" count={0} empty="None: everything was read without problems." />;
  return (
    <Section id="warnings" title="Warnings" count={warnings.length}>
      <ul className="doc-list">
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </Section>
  );
}
