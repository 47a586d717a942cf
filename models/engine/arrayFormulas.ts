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

const ARRAY_ARGUMENTS = new Set(ARRAY_ARGUMENT_FUNCTIONS);

/** Functions that take one value where an array formula hands them a range, element by element. */
const SCALAR_FUNCTIONS = new Set(
  ('IF IFERROR IFNA ISNUMBER ISTEXT ISBLANK ISERROR ISERR ISLOGICAL ISNONTEXT ISEVEN ISODD NOT ABS ' +
    'ROUND ROUNDUP ROUNDDOWN TRUNC INT SIGN SQRT EXP LN LOG LOG10 MOD POWER LEN N VALUE LEFT RIGHT ' +
    'MID SEARCH FIND EXACT UPPER LOWER TRIM TEXT YEAR MONTH DAY WEEKDAY DATE').split(' '),
);

const OPERATOR = /[-+*/^&=<>%]/;

type Token = { kind: 'range' } | { kind: 'open'; name: string | null } | { kind: 'close' } | { kind: 'separator' } | { kind: 'operator' };

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
