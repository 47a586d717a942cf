/**
 * A formula's shape as far as the engine's rewrites need it (engineFormula.ts): which references
 * are a function's argument on their own, which stand next to an operator, and which function
 * holds them. Read from A1 text split into references and text (formula/a1References.ts); an
 * item that is a reference carries its segment's index, so a rewrite replaces that segment only.
 *
 * @example parseFormulaTree(splitFormula('=MATCH(A1:A9,B1:B9,0)*2'))
 * // → [call MATCH [[ref 1], [ref 3], [value]], operator, value]
 */
import type { FormulaSegment } from '../formula/a1References.js';

/** A place in the formula: a character of one text segment (its index, and the offset in its text). */
export interface SegmentPlace {
  segment: number;
  offset: number;
}

/** A function call, with where its name starts, its argument separators and its closing bracket (a rewrite of the whole call needs them). */
export interface FormulaCall {
  kind: 'call';
  name: string;
  args: FormulaItem[][];
  at: SegmentPlace;
  commas: SegmentPlace[];
  /** Absent for a call the text leaves open. */
  close?: SegmentPlace;
}

export type FormulaItem =
  | { kind: 'ref'; segment: number; range: boolean }
  | FormulaCall
  | { kind: 'group'; items: FormulaItem[] }
  | { kind: 'operator' }
  /**
   * A number, text, error or name; `name` is the word's text where it may be a defined name
   * (`Udgifter`, `Ark1!Rente`); `array` where an array constant of several values opens and closes.
   */
  | { kind: 'value'; name?: string; at?: SegmentPlace; array?: { at: SegmentPlace; end: SegmentPlace } };

const OPERATOR = /[-+*/^&=<>%]/;

/** Whether an item is an operator (a range next to one is an operand, read as one value or element by element). */
export function isOperator(item: FormulaItem | undefined): boolean {
  return item?.kind === 'operator';
}
/** A word that may be a defined name: it starts with a letter, `_` or `\\` (a number, error literal or `$A$1` does not). */
const NAME_WORD = /^[\p{L}_\\]/u;
const FUNCTION_NAME = /^[\p{L}_][\p{L}\p{N}_.]*\s*\(/u;

interface Open {
  /** The call or group being read; its current argument is the last of `args`. */
  item: Extract<FormulaItem, { kind: 'call' | 'group' }>;
  args: FormulaItem[][];
}

/**
 * The items of a formula (`=` dropped) at its top level. Never throws: an unbalanced `)` ends
 * nothing, an unclosed call ends with the text.
 */
export function parseFormulaTree(segments: readonly FormulaSegment[]): FormulaItem[] {
  const top: FormulaItem[] = [];
  const stack: Open[] = [];
  const current = (): FormulaItem[] => {
    const open = stack[stack.length - 1];
    return open ? open.args[open.args.length - 1]! : top;
  };
  const openItem = (item: Extract<FormulaItem, { kind: 'call' | 'group' }>): void => {
    current().push(item);
    const args: FormulaItem[][] = [[]];
    if (item.kind === 'call') item.args = args;
    stack.push({ item, args });
  };
  segments.forEach((segment, index) => {
    if (segment.kind === 'ref') {
      current().push({ kind: 'ref', segment: index, range: segment.ref.end !== undefined });
      return;
    }
    const text = index === 0 ? segment.text.replace(/^\s*=/, '') : segment.text;
    // Places count in the segment's own text, `=` included.
    const lead = segment.text.length - text.length;
    const place = (at: number): SegmentPlace => ({ segment: index, offset: lead + at });
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"' || ch === '{') {
        // A string literal ("" inside is an escaped quote) or an array constant: one value.
        const close = ch === '"' ? '"' : '}';
        let end = text.indexOf(close, i + 1);
        while (close === '"' && end >= 0 && text[end + 1] === '"') end = text.indexOf('"', end + 2);
        const from = i;
        i = end < 0 ? text.length : end + 1;
        // An array constant of several values (`{1;2;3}`) spills next to an operator, as a range does.
        const several = ch === '{' && end >= 0 && /[,;]/.test(text.slice(from, end));
        current().push(several ? { kind: 'value', array: { at: place(from), end: place(end) } } : { kind: 'value' });
        continue;
      }
      const call = FUNCTION_NAME.exec(text.slice(i, i + 64));
      if (call) {
        openItem({ kind: 'call', name: call[0].replace(/\s*\($/, '').toUpperCase(), args: [], at: place(i), commas: [] });
        i += call[0].length;
        continue;
      }
      if (ch === '(') openItem({ kind: 'group', items: [] });
      else if (ch === ')') {
        const open = stack.pop();
        if (open?.item.kind === 'group') open.item.items = open.args[0]!;
        else if (open) open.item.close = place(i);
      } else if (ch === ',' && stack[stack.length - 1]?.item.kind === 'call') {
        const open = stack[stack.length - 1]!;
        open.args.push([]);
        if (open.item.kind === 'call') open.item.commas.push(place(i));
      }
      // The range operator between a function's reference and another (`A1:INDEX(…)`, rangeOperatorCalls.ts).
      else if (OPERATOR.test(ch) || ch === ':') current().push({ kind: 'operator' });
      else if (!/\s/.test(ch)) {
        // A number, name or error literal: one value, however many characters it spans.
        const word = /^[^-+*/^&=<>%(),{}"\s]+/.exec(text.slice(i));
        current().push(word && NAME_WORD.test(word[0]) ? { kind: 'value', name: word[0], at: place(i) } : { kind: 'value' });
        i += word ? word[0].length : 1;
        continue;
      }
      i++;
    }
  });
  for (const open of stack) if (open.item.kind === 'group') open.item.items = open.args[0]!;
  return top;
}
