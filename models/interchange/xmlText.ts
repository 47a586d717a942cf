/**
 * Just enough XML reading for checking and rebuilding the parts of an .xlsx before exceljs parses
 * them: refusing DTDs and entity declarations (XXE, "billion laughs"), finding one element,
 * reading a start tag's attributes. Not a general XML parser; exceljs (saxes) does the parsing.
 */
import { InterchangeError } from './interchangeLimits.js';

/** Refuses any DOCTYPE or ENTITY declaration: no .xlsx needs one, and they are how XXE works. */
export function assertNoDtd(xml: string, part: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new InterchangeError(`the part ${part} declares a DOCTYPE or XML entities, which Fremskriv refuses to read (XML external entities)`);
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? '';
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Attributes of a start tag (`<sheet name="A" r:id="rId1"/>`), values decoded, keys as written. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[match[1]!] = decodeXmlText(match[3] ?? match[4] ?? '');
  }
  return out;
}

/** The attribute whose local name is `local` (`r:id`, `relationships:id`), ignoring the prefix. */
export function prefixedAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) if (key.includes(':') && key.split(':')[1] === local) return value;
  return undefined;
}

/** Every start (or empty) tag `<name …>` in the text, e.g. each `<sheet …/>`. */
export function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

/** The first start tag of the document's root element (after the declaration and comments). */
export function rootStartTag(xml: string): string | null {
  const match = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)(?=[\s/>])[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)));
  return match ? match[0] : null;
}

/** The namespace declarations of a start tag, to copy onto a rebuilt root element. */
export function namespaceDeclarations(tag: string): string {
  return [...tag.matchAll(/\sxmlns(:[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => m[0]).join('');
}

/** The whole element `<name …>…</name>` (or `<name …/>`), or null. Found by indexOf: linear. */
export function element(xml: string, name: string): string | null {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`).exec(xml);
  if (!open) return null;
  if (open[0].endsWith('/>')) return open[0];
  const close = xml.lastIndexOf(`</${name}>`);
  if (close < open.index) return null;
  return xml.slice(open.index, close + name.length + 3);
}

/** How many times `<name` starts an element in the text (linear). */
export function countElements(xml: string, name: string): number {
  const needle = `<${name}`;
  let count = 0;
  for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + needle.length)) {
    const next = xml[at + needle.length];
    if (next === ' ' || next === '>' || next === '/' || next === '\t' || next === '\n' || next === '\r') count++;
  }
  return count;
}
