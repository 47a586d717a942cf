/**
 * What the formula editors suggest while a formula is typed, as Excel's Formula AutoComplete: the
 * word before the caret (`=SUM(Udg|`) completed to a function (`SUM(`) or one of the workbook's
 * defined names (`Udgifter`). Nothing is suggested inside a string literal, after a sheet's `!`,
 * inside a reference (`$B`, `A1:B`) or for a word that is not a formula's.
 *
 * @example completionAt('=SU', 3, ['SUM', 'SUMIF'], ['Sum_i_alt']) // { start: 1, items: [Sum_i_alt, SUM, SUMIF] }
 */

export interface CompletionItem {
  /** What the item inserts: a function's name with its `(`, a name as spelled. */
  insert: string;
  /** What the list shows. */
  label: string;
  kind: 'function' | 'name';
}

export interface Completion {
  /** Where the word being completed starts. */
  start: number;
  items: CompletionItem[];
}

/** How many suggestions the list holds at most. */
export const MAX_COMPLETIONS = 8;

const WORD_BEFORE = /[\p{L}_][\p{L}\p{N}_.]*$/u;

/** Whether `text` (a formula up to the caret) ends inside a string literal. */
function insideString(text: string): boolean {
  let quotes = 0;
  for (const ch of text) if (ch === '"') quotes++;
  return quotes % 2 === 1;
}

/** The suggestions for the word before `caret` in `text`, or null when none fit. */
export function completionAt(text: string, caret: number, functions: readonly string[], names: readonly string[]): Completion | null {
  if (!text.startsWith('=') || caret < 2) return null;
  const before = text.slice(0, caret);
  const after = text.slice(caret);
  // Mid-word (the caret inside `SU|M`): Excel completes only at a word's end.
  if (/^[\p{L}\p{N}_.]/u.test(after)) return null;
  if (insideString(before)) return null;
  const word = WORD_BEFORE.exec(before)?.[0];
  if (!word) return null;
  const start = caret - word.length;
  const previous = before[start - 1] ?? '';
  // A sheet's cell (`Data!B`), an absolute part (`$B`), a range's end (`A1:B`), a quoted sheet, a number's exponent.
  if (/[!$:'\p{N}]/u.test(previous)) return null;
  const prefix = word.toUpperCase();
  const items: CompletionItem[] = [];
  // The workbook's own names first: a list of eight would otherwise be all functions for `=S`.
  for (const name of names) {
    if (items.length >= MAX_COMPLETIONS) break;
    if (name.toUpperCase().startsWith(prefix)) items.push({ insert: name, label: name, kind: 'name' });
  }
  for (const name of functions) {
    if (items.length >= MAX_COMPLETIONS) break;
    if (name.startsWith(prefix)) items.push({ insert: `${name}(`, label: name, kind: 'function' });
  }
  // The word is already whole and nothing longer fits: no list to dismiss.
  if (items.length === 0 || (items.length === 1 && items[0]!.label.toUpperCase() === prefix && items[0]!.kind === 'name')) return null;
  return { start, items };
}

/** The text and caret after choosing `item` for the word at `completion.start`..`caret`. */
export function applyCompletion(text: string, caret: number, completion: Completion, item: CompletionItem): { text: string; caret: number } {
  const next = text.slice(0, completion.start) + item.insert + text.slice(caret);
  return { text: next, caret: completion.start + item.insert.length };
}
