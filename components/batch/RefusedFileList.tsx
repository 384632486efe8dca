// Files that will not be (or were not) processed, each with the reason in plain words.
type Props = { title: string; files: readonly { filename: string; reason: string }[] };

export function RefusedFileList({ title, files }: Props) {
  if (files.length === 0) return null;
  return (
    <div className="notice refused" data-tone="warning" role="status">
      <p className="refused__title">{title}</p>
      <ul className="refused__list">
        {files.map((f, i) => (
          <li key={`${f.filename}-${i}`} data-testid="refused-file">
            <strong className="refused__name">{f.filename}</strong> {f.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
