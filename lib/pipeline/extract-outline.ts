// The document outline (bookmarks) flattened to { title, page, level }, pages resolved from each
// entry's destination. Bounded: a hostile outline cannot make this run for ever.
import type { OutlineEntry } from './types';
import type { PdfDocument } from './pdfjs';

const MAX_ENTRIES = 2000;
const MAX_DEPTH = 16;

type Node = { title: string; dest: string | unknown[] | null; items: Node[] };

export async function extractOutline(doc: PdfDocument): Promise<OutlineEntry[]> {
  const roots = ((await doc.getOutline()) ?? []) as Node[];
  const out: OutlineEntry[] = [];
  const walk = async (nodes: Node[], level: number) => {
    for (const node of nodes) {
      if (out.length >= MAX_ENTRIES) return;
      out.push({ title: (node.title ?? '').replace(/\s+/g, ' ').trim(), page: await pageOf(doc, node.dest), level });
      if (node.items?.length && level < MAX_DEPTH) await walk(node.items, level + 1);
    }
  };
  await walk(roots, 1);
  return out;
}

async function pageOf(doc: PdfDocument, dest: Node['dest']): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target = explicit?.[0];
    if (Number.isInteger(target)) return (target as number) + 1;
    if (target && typeof target === 'object') return (await doc.getPageIndex(target as Parameters<PdfDocument['getPageIndex']>[0])) + 1;
  } catch {
    // A destination that points nowhere: the entry is kept without a page.
  }
  return null;
}
