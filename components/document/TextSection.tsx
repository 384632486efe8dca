// The document's full text in reading order, as it was extracted: pre-wrapped and scrollable.
import { Section } from './Section';

const MAX_CHARS = 400_000;

export function TextSection({ text }: { text: string }) {
  if (!text.trim()) return <Section id="text" title="Full text" empty="No text could be extracted (the pages may be scanned images)." />;
  const cut = text.length > MAX_CHARS;
  return (
    <Section id="text" title="Full text">
      <p className="muted">{text.length.toLocaleString('en')} characters.</p>
      <pre className="doc-text" tabIndex={0} aria-label="Full text" data-testid="doc-text">
        {cut ? text.slice(0, MAX_CHARS) : text}
      </pre>
      {cut && <p className="muted doc-capped">The text is cut after {MAX_CHARS.toLocaleString('en')} characters here; the result JSON has all of it.</p>}
    </Section>
  );
}
