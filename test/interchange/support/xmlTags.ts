/**
 * Reading start tags out of an exported part's text, for tests that look at what Excel will see
 * (cached values, formulas, data validation). Not a parser: the import's guard reads with saxes
 * (models/interchange/xmlOutline.ts). Trusted input only (our own exports).
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? '';
  });
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

