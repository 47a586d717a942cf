/**
 * How deep JSON text nests, read before JSON.parse. V8 parses deep nesting without a stack
 * overflow but slowly: a 16 MB `[[[[…]]]]` held the server's main thread 4–7 s inside JSON.parse
 * (thirteenth hostile pass). Nothing Fremskriv reads as JSON (a v1 workbook file, a REST body, a
 * presence state, Jobindsats data, an export's metadata sheet) nests past a dozen levels, so text
 * nested past MAX_JSON_DEPTH is refused before it is parsed.
 *
 * @example jsonNestedPast('{"a":[1,"[[["]}', 1) // true: the array is the second level; brackets in strings do not count
 */

import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, OPEN_ARRAY, OPEN_OBJECT, QUOTE } from './jsonCharacters.js';

/** The deepest nesting of arrays and objects Fremskriv parses. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when `text` opens more than `maxDepth` arrays or objects inside each other (brackets inside
 * strings, escaped quotes included, do not count). One pass, no allocation; it does not check the
 * syntax (JSON.parse does that next).
 */
export function jsonNestedPast(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (++depth > maxDepth) return true;
    } else if ((code === CLOSE_ARRAY || code === CLOSE_OBJECT) && depth > 0) {
      // A stray close is a syntax error JSON.parse stops at; it must not make room for more opens.
      depth--;
    }
  }
  return false;
}

/** The message every refusal of too deep JSON carries. */
export function jsonTooDeepMessage(maxDepth: number = MAX_JSON_DEPTH): string {
  return `the JSON nests arrays or objects more than ${maxDepth} levels deep`;
}
