/**
 * A key named twice in one JSON object, found in the text: JSON.parse keeps the last silently, so
 * `{"measure":"a","measure":"b"}` from a careless or hostile script was read as `b` while whoever
 * checked the body by eye (or another JSON reader, which may keep the first) saw `a` (sixteenth
 * hostile pass). Read after JSON.parse has accepted the text, so it needs to know no syntax: in
 * valid JSON a string is a key exactly when a colon follows it.
 *
 * Why a scanner and not a library: the JSON readers that report duplicate keys (jsonc-parser,
 * momoa) are full parsers in JavaScript, a second parse of a 16 MiB body on the event loop, and a
 * dependency to install; this is one pass over the text that allocates a set per object only.
 *
 * @example jsonDuplicateKey('{"a":1,"b":{"c":1,"\\u0063":2}}') // { key: 'c', path: ['b'] }
 */

import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './jsonCharacters.js';

/** A key given twice, and the keys leading to its object (`[]` for an array's element). */
export interface DuplicateKey {
  key: string;
  path: string[];
}

interface Container {
  /** The object's keys so far; null for an array. */
  keys: Set<string> | null;
  /** The key (or `[]`) under which this container stands in its parent. */
  via: string | null;
  /** The object's latest key: the one a container opened next stands under. */
  last: string | null;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index of the quote closing the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/**
 * The first key named twice in one object of `text` (valid JSON; escapes decoded, so `"\u006d"`
 * and `"m"` are the same key), or null when every object names each key once.
 */
export function jsonDuplicateKey(text: string): DuplicateKey | null {
  const open: Container[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      let next = end + 1;
      while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
      const container = open[open.length - 1];
      if (text.charCodeAt(next) === COLON && container?.keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (container.keys.has(key)) return { key, path: open.slice(1).map((c) => c.via ?? '') };
        container.keys.add(key);
        container.last = key;
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      const parent = open[open.length - 1];
      const via = parent === undefined ? null : parent.keys ? parent.last : '[]';
      open.push({ keys: code === OPEN_OBJECT ? new Set() : null, via, last: null });
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      open.pop();
    }
  }
  return null;
}

/** Where the object naming a key twice stands: `filters`, `sheets[].cells`; `''` for the outermost. */
export function duplicateKeyPlace({ path }: DuplicateKey): string {
  return path.reduce((at, step) => (step === '[]' ? `${at}[]` : at === '' ? step.slice(0, 40) : `${at}.${step.slice(0, 40)}`), '');
}

/** `the JSON names "measure" twice`, with `in filters` (or `in sheets[].cells`) for a nested object. */
export function duplicateKeyMessage(duplicate: DuplicateKey): string {
  const where = duplicateKeyPlace(duplicate);
  return `the JSON names ${JSON.stringify(duplicate.key.slice(0, 40))} twice${where === '' ? '' : ` in ${where}`}`;
}
