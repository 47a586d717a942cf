/**
 * F4 while a formula is typed, as in Excel: the reference at the caret cycles A1 → $A$1 → A$1 →
 * $A1 → A1 (a range's two ends together, taking the first end's step). Pure text work on the
 * formula as typed, in either language: texts in quotes, function names (`LOG10(`) and sheet
 * names (`Ark1!`) are not references.
 */

export interface TypedText {
  text: string;
  caret: number;
}

const REFERENCE = /(?<![\p{L}\p{N}_.$])(\$?[A-Za-z]{1,3}\$?[1-9][0-9]*)(?::(\$?[A-Za-z]{1,3}\$?[1-9][0-9]*))?(?![\p{L}\p{N}_.(!$])/gu;
const PARTS = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;

/** The four steps of F4, by [column absolute, row absolute]. */
const NEXT_STEP: Record<string, [boolean, boolean]> = {
  'false,false': [true, true],
  'true,true': [false, true],
  'false,true': [true, false],
  'true,false': [false, false],
};

/** Spans of the text inside double quotes (a string's `A1` is text). */
function quoted(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = text.indexOf('"'); i >= 0; ) {
    let end = i + 1;
    while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"')) end += text[end] === '"' ? 2 : 1;
    spans.push([i, end]);
    i = text.indexOf('"', end + 1);
  }
  return spans;
}

function withStep(endpoint: string, [col, row]: [boolean, boolean]): string {
  const [, , letters, , digits] = PARTS.exec(endpoint)!;
  return `${col ? '$' : ''}${letters}${row ? '$' : ''}${digits}`;
}

/**
 * The text after F4 with the caret at `caret`, the caret after the changed reference; null when
 * the text is no formula or no reference touches the caret.
 *
 * @example
 *   cycleReference({ text: '=SUM(B5:B16', caret: 11 }); // { text: '=SUM($B$5:$B$16', caret: 15 }
 */
export function cycleReference({ text, caret }: TypedText): TypedText | null {
  if (!text.startsWith('=')) return null;
  const strings = quoted(text);
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (caret < start || caret > end || strings.some(([from, to]) => start > from && start < to)) continue;
    const [, first, second] = match;
    const parts = PARTS.exec(first!)!;
    const step = NEXT_STEP[`${parts[1] === '$'},${parts[3] === '$'}`]!;
    const changed = withStep(first!, step) + (second ? `:${withStep(second, step)}` : '');
    return { text: text.slice(0, start) + changed + text.slice(end), caret: start + changed.length };
  }
  return null;
}

/**
 * F4 in an input (the cell editor, the formula bar): cycles the reference at its caret and hands
 * the new text and caret to `write`; false (the key left alone) when there is none to cycle.
 */
export function pressF4(input: Pick<HTMLInputElement, 'value' | 'selectionStart'>, write: (typed: TypedText) => void): boolean {
  const next = cycleReference({ text: input.value, caret: input.selectionStart ?? input.value.length });
  if (next) write(next);
  return next !== null;
}
