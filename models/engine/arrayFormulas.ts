/**
 * Whether a formula relies on a function reading its arguments as arrays (arrayArguments.ts):
 * a range inside SUM, MAX, MATCH … used element by element (`=SUM(A1:A9*B1:B9)`,
 * `=MAX(IF(A1:A9>0,A1:A9))`). Excel 365 computes such a formula as typed, but a plain formula in
 * a file is a legacy formula to every Excel (365 shows it as `=SUM(@A1:A9*@B1:B9)` and
 * intersects), so the export writes it as a one-cell array formula, `{=SUM(A1:A9*B1:B9)}`, which
 * every Excel and LibreOffice compute element by element
 * (https://support.microsoft.com/office/dynamic-array-formulas-in-non-dynamic-aware-excel-696e164e-306b-4282-ae9d-aa88f5502fa2).
 *
 * Read from the formula's text: a range next to an operator (`A1:A9*`, `>0`, `--A1:A9`) or given
 * straight to a function that takes one value (IF, ISNUMBER, ABS …), somewhere inside one of the
 * array-argument functions. A range a function takes as a range (`SUM(A1:A9)`,
 * `COUNTIF(A1:A9,">0")`) needs nothing.
 *
 * @example evaluatesAsArray('=SUM((A1:A9>0)*A1:A9)') // → true
 * @example evaluatesAsArray('=SUM(A1:A9)*2') // → false
 */
import { splitFormula } from '../formula/a1References.js';
import { ARRAY_ARGUMENT_FUNCTIONS } from './arrayArgumentNames.js';
import { SPILLING_FUNCTIONS } from './spillingFunctionNames.js';

const ARRAY_ARGUMENTS = new Set(ARRAY_ARGUMENT_FUNCTIONS);

/** Functions that take one value where an array formula hands them a range, element by element. */
const SCALAR_FUNCTIONS = new Set(
  ('IF IFERROR IFNA ISNUMBER ISTEXT ISBLANK ISERROR ISERR ISLOGICAL ISNONTEXT ISEVEN ISODD NOT ABS ' +
    'ROUND ROUNDUP ROUNDDOWN TRUNC INT SIGN SQRT EXP LN LOG LOG10 MOD POWER LEN N VALUE LEFT RIGHT ' +
    'MID SEARCH FIND EXACT UPPER LOWER TRIM TEXT YEAR MONTH DAY WEEKDAY DATE').split(' '),
);

const OPERATOR = /[-+*/^&=<>%]/;

/** `comma`: between arguments (or in an array literal); `separator`: any other value (a number, a cell, a string). */
type Token = { kind: 'range' } | { kind: 'open'; name: string | null } | { kind: 'close' } | { kind: 'separator' } | { kind: 'comma' } | { kind: 'operator' };

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  for (const segment of splitFormula(formula.replace(/^=/, ''))) {
    if (segment.kind === 'ref') {
      if (segment.ref.end) out.push({ kind: 'range' });
      else out.push({ kind: 'separator' });
      continue;
    }
    const text = segment.text;
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        const end = text.indexOf('"', i + 1);
        // "" inside a literal is an escaped quote: the scan resumes after it either way.
        i = end < 0 ? text.length : end + 1;
        out.push({ kind: 'separator' });
        continue;
      }
      const word = /^[\p{L}_][\p{L}\p{N}_.]*\s*\(/u.exec(text.slice(i));
      if (word) {
        out.push({ kind: 'open', name: word[0].replace(/\s*\($/, '').toUpperCase() });
        i += word[0].length;
        continue;
      }
      if (ch === '(') out.push({ kind: 'open', name: null });
      else if (ch === ')') out.push({ kind: 'close' });
      else if (OPERATOR.test(ch)) out.push({ kind: 'operator' });
      else if (ch === ',') out.push({ kind: 'comma' });
      else if (!/\s/.test(ch)) out.push({ kind: 'separator' });
      i++;
    }
  }
  return out;
}

/** Whether the export must write `formula` as an array formula for Excel to compute what Fremskriv does. */
export function evaluatesAsArray(formula: string): boolean {
  const list = tokens(formula);
  const calls: Array<string | null> = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    if (token.kind === 'open') calls.push(token.name);
    else if (token.kind === 'close') calls.pop();
    else if (token.kind === 'range' && calls.some((name) => name !== null && ARRAY_ARGUMENTS.has(name))) {
      const innermost = calls.findLast((name) => name !== null);
      const nextToOperator = list[i - 1]?.kind === 'operator' || list[i + 1]?.kind === 'operator';
      if (nextToOperator || (innermost !== undefined && innermost !== null && SCALAR_FUNCTIONS.has(innermost))) return true;
    }
  }
  return false;
}

/** Functions that read every argument as an array, so what is inside them computes alike in ARRAYFORMULA or not. */
function readsArrays(name: string | null): boolean {
  return name !== null && (ARRAY_ARGUMENTS.has(name) || SPILLING_FUNCTIONS[name]?.arrays === true);
}

/** Where the call opened at `from` closes, or -1. */
function closing(list: readonly Token[], from: number): number {
  let depth = 0;
  for (let i = from; i < list.length; i++) {
    const kind = list[i]!.kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Whether `=ARRAYFORMULA(formula)` (an imported array formula) computes exactly as `formula`
 * typed, because its result spills natively: the formula is one call to a spilling function
 * (spillingFunctionNames.ts) that reads its arguments as arrays (`=SORT(A1:A3*2)`), or whose
 * arguments each compute alike either way: a value without ranges (`3`, `B1*12`), or at a
 * parameter taking a range, one range (`=TRANSPOSE(A1:C1)`) or one call reading arrays
 * (`=TRANSPOSE(SORT(A1:A3))`). The import keeps such a formula as the planner wrote it.
 *
 * @example spillsAlikeWithoutArrayFormula('=SEQUENCE(12)') // → true
 * @example spillsAlikeWithoutArrayFormula('=TRANSPOSE(A1:C1*2)') // → false: the product is element by element only inside ARRAYFORMULA
 */
export function spillsAlikeWithoutArrayFormula(formula: string): boolean {
  const list = tokens(formula);
  const first = list[0];
  if (first?.kind !== 'open' || first.name === null) return false;
  const spilling = SPILLING_FUNCTIONS[first.name];
  if (!spilling || closing(list, 0) !== list.length - 1) return false;
  if (spilling.arrays) return true;
  const args: Token[][] = [[]];
  let depth = 0;
  for (const token of list.slice(1, -1)) {
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth--;
    if (depth === 0 && token.kind === 'comma') args.push([]);
    else args[args.length - 1]!.push(token);
  }
  return args.every((arg, i) => {
    const scalar = arg.every((t) => t.kind !== 'range' && (t.kind !== 'open' || t.name === null));
    if (scalar) return true;
    if (!spilling.ranges.includes(i)) return false;
    const head = arg[0];
    if (arg.length === 1 && head?.kind === 'range') return true;
    return head?.kind === 'open' && readsArrays(head.name) && closing(arg, 0) === arg.length - 1;
  });
}
