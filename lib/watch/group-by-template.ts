// The watched folder's files split into batches: those under WATCH_DIR/<template name>/ (at any depth
// below it) make a batch with that template; all others, as before, one batch with WATCH_WORKFLOW.
import path from 'node:path';

export type FileGroup = { template: string | null; rels: string[] };

/** `templates`: the names of the templates that exist now. The loose files' group comes first. */
export function groupByTemplate(rels: readonly string[], templates: ReadonlySet<string>): FileGroup[] {
  const loose: string[] = [];
  const byTemplate = new Map<string, string[]>();
  for (const rel of rels) {
    const parts = rel.split(path.sep);
    const top = parts.length > 1 ? parts[0] : null;
    if (top !== null && templates.has(top)) byTemplate.set(top, [...(byTemplate.get(top) ?? []), rel]);
    else loose.push(rel);
  }
  return [...(loose.length ? [{ template: null, rels: loose }] : []), ...[...byTemplate].map(([template, group]) => ({ template, rels: group }))];
}
