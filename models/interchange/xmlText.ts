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

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * Attributes of a start tag (`<sheet name="A" r:id="rId1"/>`), values decoded, keys as written.
 * A single forward scan: a regex could be made to backtrack over a long tag.
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 1;
  while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '>' && tag[i] !== '/') i++;
  while (i < tag.length) {
    while (isSpace(tag[i]) || tag[i] === '/') i++;
    if (i >= tag.length || tag[i] === '>') break;
    const start = i;
    while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '=' && tag[i] !== '>') i++;
    const name = tag.slice(start, i);
    while (isSpace(tag[i])) i++;
    if (tag[i] !== '=') {
      if (i === start) i++;
      continue;
    }
    i++;
    while (isSpace(tag[i])) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") break;
    const end = tag.indexOf(quote, i + 1);
    if (end < 0) break;
    if (name) out[name] = decodeXmlText(tag.slice(i + 1, end));
    i = end + 1;
  }
  return out;
}

/** The attribute whose local name is `local` (`r:id`, `relationships:id`), ignoring the prefix. */
export function prefixedAttribute(attrs: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) if (key.includes(':') && key.split(':')[1] === local) return value;
  return undefined;
}

/** Longer start tags are refused: no real one comes near, and attribute parsing stays cheap. */
const MAX_TAG_LENGTH = 64 * 1024;

function isNameEnd(ch: string | undefined): boolean {
  return ch === ' ' || ch === '>' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** The start tag `<name …>` beginning at or after `from`, found with indexOf (linear), or null. */
function nextStartTag(xml: string, name: string, from: number): { at: number; tag: string } | null {
  const needle = `<${name}`;
  for (let at = xml.indexOf(needle, from); at >= 0; at = xml.indexOf(needle, at + needle.length)) {
    if (!isNameEnd(xml[at + needle.length])) continue;
    const end = xml.indexOf('>', at);
    if (end < 0) return null;
    if (end - at > MAX_TAG_LENGTH) throw new InterchangeError(`a <${name}> tag is longer than ${MAX_TAG_LENGTH} characters`);
    return { at, tag: xml.slice(at, end + 1) };
  }
  return null;
}

/** Every start (or empty) tag `<name …>` in the text, e.g. each `<sheet …/>`. */
export function startTags(xml: string, name: string): string[] {
  const out: string[] = [];
  for (let found = nextStartTag(xml, name, 0); found; found = nextStartTag(xml, name, found.at + found.tag.length)) out.push(found.tag);
  return out;
}

/**
 * The start tag of the document's root element, skipping the declaration, processing
 * instructions and comments with indexOf (a regex here could be made to backtrack over a huge part).
 */
export function rootStartTag(xml: string): string | null {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) return null;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : null;
    if (close === null) break;
    const end = xml.indexOf(close, at + 2);
    if (end < 0) return null;
    at = end + close.length;
  }
  const end = xml.indexOf('>', at);
  if (end < 0 || end - at > MAX_TAG_LENGTH) return null;
  const tag = xml.slice(at, end + 1);
  return /^<[A-Za-z_][\w.:-]*(?=[\s/>])/.test(tag) ? tag : null;
}

/** The namespace declarations of a start tag, to copy onto a rebuilt root element. */
export function namespaceDeclarations(tag: string): string {
  return [...tag.matchAll(/\sxmlns(:[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => m[0]).join('');
}

/** The whole element `<name …>…</name>` (or `<name …/>`), or null. Found with indexOf: linear. */
export function element(xml: string, name: string): string | null {
  const open = nextStartTag(xml, name, 0);
  if (!open) return null;
  if (open.tag.endsWith('/>')) return open.tag;
  const close = xml.lastIndexOf(`</${name}>`);
  if (close < open.at) return null;
  return xml.slice(open.at, close + name.length + 3);
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
