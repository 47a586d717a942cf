/**
 * F4 while a formula is typed, as in Excel: the reference at the caret cycles A1 → $A$1 → A$1 →
 * $A1 → A1 (a range's two ends together, taking the first end's step). Pure text work on the
 * formula as typed, in either language: texts in quotes, function names (`LOG10(`) and sheet
 * names (`Ark1!`) are not references.
 */
import { formatReference, splitFormula, type ReferenceEndpoint } from '../../../models/formula/a1References.js';

export interface TypedText {
  text: string;
  caret: number;
}

/** The four steps of F4, by [column absolute, row absolute]. */
const NEXT_STEP: Record<string, [boolean, boolean]> = {
  'false,false': [true, true],
  'true,true': [false, true],
  'false,true': [true, false],
  'true,false': [false, false],
};

function withStep(endpoint: ReferenceEndpoint, [col, row]: [boolean, boolean]): ReferenceEndpoint {
  return {
    ...(endpoint.col ? { col: { ...endpoint.col, absolute: col } } : {}),
    ...(endpoint.row ? { row: { ...endpoint.row, absolute: row } } : {}),
  };
}

/**
 * The text after F4 with the caret at `caret`, the caret after the changed reference; null when
 * the text is no formula or no reference touches the caret. The references are found as
 * everywhere else (`splitFormula`: strings, function names and error values are no references).
 *
 * @example
 *   cycleReference({ text: '=SUM(B5:B16', caret: 11 }); // { text: '=SUM($B$5:$B$16', caret: 15 }
 */
export function cycleReference({ text, caret }: TypedText): TypedText | null {
  if (!text.startsWith('=')) return null;
  let at = 0;
  for (const segment of splitFormula(text)) {
    const written = segment.kind === 'text' ? segment.text : (segment.written ?? formatReference(segment.ref));
    const start = at;
    at += written.length;
    if (segment.kind === 'text' || caret < start || caret > at) continue;
    const { ref } = segment;
    const step = NEXT_STEP[`${ref.start.col?.absolute ?? false},${ref.start.row?.absolute ?? false}`]!;
    // The sheet's name stays as typed; only the reference's ends change.
    const sheet = written.slice(0, written.lastIndexOf('!') + 1);
    const changed = sheet + formatReference({ start: withStep(ref.start, step), ...(ref.end ? { end: withStep(ref.end, step) } : {}) });
    return { text: text.slice(0, start) + changed + text.slice(at), caret: start + changed.length };
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
