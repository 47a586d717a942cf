/**
 * Excel 365's implicit intersection operator `@` as the planner reads and types it, and `SINGLE(…)`
 * as the document, the engine and the .xlsx file hold it (Excel itself stores `=@A1:A9` as
 * `_xlfn.SINGLE(A1:A9)`; engine/implicitIntersection.ts). Excel writes `@` before a reference, a
 * name or a function call (`=@A1:A9*2`, `=@Udgifter`, `=@OFFSET(A1,0,0,3)`) and before brackets
 * around anything else (`=@(A1:A3+1)`); both directions read strings (`"a@b"`) and quoted sheet
 * names (`'Ark @'!A1`) as they are.
 * (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34)
 *
 * @example withIntersectionOperator('=SINGLE(A1:A3)*2') // → '=@A1:A3*2'
 * @example withoutIntersectionOperator('=@A1:A3*2') // → '=SINGLE(A1:A3)*2'
 */
import { quotedEnd, splitFormula } from './a1References.js';

const NAME_START = /[\p{L}_\\]/u;
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const SINGLE_CALL = /^SINGLE\s*\(/i;

/** The index of the bracket closing the one at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      i = quotedEnd(text, i);
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
    i++;
  }
  return -1;
}

/**
 * The length of one operand `@` may stand before, read from the start of `text`: a reference
 * (with its sheet, and `#` of a spilled range), a name, a function call or an array constant; 0 where none.
 */
function operandLength(text: string): number {
  // An array constant (`{1;2;3}`), whole.
  if (text.startsWith('{')) return text.indexOf('}') + 1;
  const [first] = splitFormula(text);
  if (first?.kind === 'ref' && first.written && text.startsWith(first.written)) {
    return first.written.length + (text[first.written.length] === '#' ? 1 : 0);
  }
  const name = NAME.exec(text)?.[0];
  if (!name) return 0;
  let at = name.length;
  while (text[at] === ' ') at++;
  if (text[at] !== '(') return name.length;
  const close = closingBracket(text, at);
  return close < 0 ? 0 : close + 1;
}

/** `formula` with its quoted stretches copied as they are and each other place rewritten by `step`. */
function rewriteUnquoted(formula: string, step: (at: number) => { text: string; next: number }): string {
  let out = '';
  for (let i = 0; i < formula.length; ) {
    const quoted = formula[i] === '"' || formula[i] === "'";
    const { text, next } = quoted ? { text: formula.slice(i, quotedEnd(formula, i)), next: quotedEnd(formula, i) } : step(i);
    out += text;
    i = next;
  }
  return out;
}

/** Each `SINGLE(…)` written as Excel 365 shows it, with `@`. */
export function withIntersectionOperator(formula: string): string {
  if (!/SINGLE/i.test(formula)) return formula;
  return rewriteUnquoted(formula, (i) => {
    const ch = formula[i]!;
    const call = NAME_START.test(ch) && !/[\p{L}\p{N}_.\\]/u.test(formula[i - 1] ?? '') ? SINGLE_CALL.exec(formula.slice(i)) : null;
    const close = call ? closingBracket(formula, i + call[0].length - 1) : -1;
    if (!call || close < 0) {
      const word = NAME.exec(formula.slice(i))?.[0] ?? ch;
      return { text: word, next: i + word.length };
    }
    const inner = formula.slice(i + call[0].length, close).trim();
    const shown = withIntersectionOperator(inner);
    return { text: inner !== '' && operandLength(inner) === inner.length ? `@${shown}` : `@(${shown})`, next: close + 1 };
  });
}

/** Each `@` a planner typed before a reference, name, call or brackets, as `SINGLE(…)`. */
export function withoutIntersectionOperator(formula: string): string {
  if (!formula.includes('@')) return formula;
  return rewriteUnquoted(formula, (i) => {
    const ch = formula[i]!;
    if (ch !== '@' || formula[i - 1] === '[') return { text: ch, next: i + 1 };
    const rest = formula.slice(i + 1);
    const close = rest.startsWith('(') ? closingBracket(rest, 0) : -1;
    const length = close >= 0 ? close + 1 : operandLength(rest);
    if (length === 0) return { text: ch, next: i + 1 };
    const operand = withoutIntersectionOperator(close >= 0 ? rest.slice(1, close) : rest.slice(0, length));
    return { text: `SINGLE(${operand})`, next: i + 1 + length };
  });
}

/**
 * The formula with every `SINGLE(…)` left out (`=SINGLE(INDEX(B1:C3,0,1))*2` → `=INDEX(B1:C3,0,1)*2`),
 * brackets kept where the operand needs them: the legacy formula a file holds where Excel intersects anyway.
 */
export function withoutIntersectionOperators(formula: string): string {
  const shown = withIntersectionOperator(formula);
  return rewriteUnquoted(shown, (i) => ({ text: shown[i] === '@' && shown[i - 1] !== '[' ? '' : shown[i]!, next: i + 1 }));
}
