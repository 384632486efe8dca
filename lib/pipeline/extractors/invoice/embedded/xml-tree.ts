// A small element tree from XML text, parsed safely for e-invoices: no DOCTYPE at all (so no
// external entities and no entity expansion: the XXE and "billion laughs" attacks have nothing to
// work with), bounded input size, nesting depth and element count. Elements are kept by their local
// names (prefixes and namespaces set aside), which is how CII and UBL paths are read.
import { SaxesParser } from 'saxes';

export const MAX_XML_BYTES = 8 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 200_000;

export type XmlElement = {
  /** Local name, without its prefix. */
  name: string;
  /** Namespace URI of the element ('' when none). */
  ns: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), trimmed. */
  text: string;
};

export class XmlError extends Error {}

export function parseXml(source: Uint8Array | string): XmlElement {
  if (source.length > MAX_XML_BYTES) throw new XmlError(`The XML is larger than ${MAX_XML_BYTES / 1024 / 1024} MB.`);
  const text = typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: false }).decode(source);
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let failure: Error | null = null;
  parser.on('doctype', () => {
    throw new XmlError('The XML declares a DOCTYPE, which e-invoices never do; it is not read.');
  });
  parser.on('opentag', (tag) => {
    if (++count > MAX_ELEMENTS) throw new XmlError(`The XML has more than ${MAX_ELEMENTS} elements.`);
    if (stack.length >= MAX_DEPTH) throw new XmlError(`The XML nests deeper than ${MAX_DEPTH} levels.`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local || a.name] = a.value;
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else if (root) throw new XmlError('The XML has more than one root element.');
    else root = element;
    stack.push(element);
  });
  const onText = (t: string) => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.text = element.text.trim();
  });
  parser.on('error', (err) => {
    failure ??= err;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    failure ??= err as Error;
  }
  if (failure) throw failure instanceof XmlError ? failure : new XmlError(`The XML is not well-formed: ${failure.message}`);
  if (!root) throw new XmlError('The XML has no root element.');
  return root;
}

// ---------- reading ----------

/** The children named `name`. */
export const childrenNamed = (el: XmlElement | null | undefined, name: string): XmlElement[] => el?.children.filter((c) => c.name === name) ?? [];

/** The first element at a path of local names ("A/B/C") below `el`. */
export function at(el: XmlElement | null | undefined, path: string): XmlElement | null {
  let current: XmlElement | null | undefined = el;
  for (const step of path.split('/')) {
    current = current?.children.find((c) => c.name === step);
    if (!current) return null;
  }
  return current ?? null;
}

/** Every element at a path of local names below `el`. */
export function all(el: XmlElement | null | undefined, path: string): XmlElement[] {
  let current: XmlElement[] = el ? [el] : [];
  for (const step of path.split('/')) current = current.flatMap((c) => childrenNamed(c, step));
  return current;
}

/** The text at a path, or null when absent or empty. */
export function textAt(el: XmlElement | null | undefined, path: string): string | null {
  const found = at(el, path);
  return found && found.text ? found.text : null;
}

/** The number at a path ("1234.50"), or null. */
export function numberAt(el: XmlElement | null | undefined, path: string): number | null {
  const t = textAt(el, path);
  if (t === null || !/^[-+]?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}
