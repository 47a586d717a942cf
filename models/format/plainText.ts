/**
 * Plain text for names people read in a list (a version's name, who saved it, a colleague's name
 * in the presence bar): no control or formatting characters (a bidi override shows "annA" for
 * "Anna", a line break makes one name look like two), no line or paragraph separators, no lone
 * surrogates.
 */

/** A character that is not plain text in a name. */
export const NOT_PLAIN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const NOT_PLAIN_RUNS = new RegExp(`${NOT_PLAIN.source}+`, 'gu');

/**
 * `text` with every run of characters that are not plain text as one space, trimmed.
 *
 * @example asPlainText('\u202EAnna\nBo') // 'Anna Bo'
 */
export function asPlainText(text: string): string {
  return text.replace(NOT_PLAIN_RUNS, ' ').trim();
}
