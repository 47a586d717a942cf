/**
 * The defined names a formula uses, read from its text between references: a word that is not
 * called (`SUM(`), not a sheet (`Data!`, `'Mit ark'!`), not a number, not part of an error
 * literal (`#N/A`) and not inside a string literal. Works on A1 text and on stored formulas alike
 * (storedFormula.ts), whose `⟦…⟧` reference tokens hold identities that must never read as
 * names. Used to rename a name in every formula that uses it, as Excel's Name Manager does, and
 * to find the formulas that read a name (WorkbookEngine.ts).
 *
 * @example renameInFormula('=SUM(Udgifter)&"Udgifter"', 'udgifter', 'Omkostninger') // → '=SUM(Omkostninger)&"Udgifter"'
 */
import { sheetPrefix } from './a1References.js';

/** Names compare without regard to case, as Excel's do (workbook/definedNames.ts' nameKey). */
const nameKey = (name: string): string => name.toUpperCase();

const WORD = /[\p{L}\p{N}_.$]/u;
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;

/**
 * `formula` with each name-like word replaced by what `visit` returns (told the sheet named just
 * before it, `Ark1!Rente` or `'Ark 1'!Rente`, which scopes the name to that sheet); `call` hears each
 * function name, and `callee` rewrites it (a defined name holding a LAMBDA is called by its name,
 * `=Dobbelt(3)`). References, string literals, quoted sheet names, error literals, function names
 * (unless `callee`) and sheet prefixes pass untouched.
 */
function rewriteNames(
  formula: string,
  visit: (word: string, sheet: string | undefined) => string,
  call?: (name: string) => void,
  qualified?: (word: string, sheet: string) => string | undefined,
  callee?: (word: string, sheet: string | undefined) => string,
): string {
  let out = '';
  let i = 0;
  // The sheet named before a `!` that ends at `qualifiedAt`, written from `qualifierOut` on in `out`.
  let qualifier: string | undefined;
  let qualifiedAt = -1;
  let qualifierOut = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: a doubled quote stays inside.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      qualifierOut = out.length;
      out += formula.slice(i, j + 1);
      if (ch === "'" && formula[j + 1] === '!') {
        qualifier = formula.slice(i + 1, j).replace(/''/g, "'");
        qualifiedAt = j + 2;
      }
      i = j + 1;
    } else if (ch === '⟦') {
      const end = formula.indexOf('⟧', i);
      const j = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, j);
      i = j;
    } else if (ch === '#') {
      const literal = ERROR_LITERAL.exec(formula.slice(i, i + 16))?.[0] ?? '#';
      out += literal;
      i += literal.length;
    } else if (WORD.test(ch)) {
      let j = i;
      while (j < formula.length && WORD.test(formula[j]!)) j++;
      const word = formula.slice(i, j);
      let k = j;
      while (formula[k] === ' ') k++;
      if (formula[k] === '(') call?.(word.toUpperCase());
      const named = formula[k] !== '(' && formula[j] !== '!' && /^[\p{L}_]/u.test(word);
      if (formula[j] === '!') {
        qualifier = word;
        qualifiedAt = j + 1;
        qualifierOut = out.length;
      }
      const sheet = qualifiedAt === i ? qualifier : undefined;
      const whole = named && sheet !== undefined ? qualified?.(word, sheet) : undefined;
      if (whole !== undefined) out = out.slice(0, qualifierOut) + whole;
      else if (named) out += visit(word, sheet);
      else out += callee && formula[k] === '(' && /^[\p{L}_]/u.test(word) ? callee(word, sheet) : word;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** What a formula's words are: the names it uses and the functions it calls, upper case. */
export interface FormulaWords {
  names: Set<string>;
  calls: Set<string>;
}

/** The names (upper case) a formula uses and the functions it calls. */
export function formulaWords(formula: string): FormulaWords {
  const names = new Set<string>();
  const calls = new Set<string>();
  rewriteNames(
    formula,
    (word) => {
      names.add(nameKey(word));
      return word;
    },
    (name) => calls.add(name),
  );
  return { names, calls };
}

/**
 * `formula` with every use of the name `from` (any case) written `to`, where `reads` says a use
 * reads that name (told the sheet named before it, `Ark1!Rente`); the same string when it uses none.
 * With `calls` (the name holds a LAMBDA), a call by the name (`=Dobbelt(3)`) is renamed too, as
 * Excel's Name Manager renames it; else a call of that spelling is a function's, left as written.
 */
export function renameInFormula(formula: string, from: string, to: string, reads: (sheet: string | undefined) => boolean = () => true, calls = false): string {
  const key = nameKey(from);
  if (!formula.toUpperCase().includes(key)) return formula;
  const rename = (word: string, sheet: string | undefined): string => (nameKey(word) === key && reads(sheet) ? to : word);
  return rewriteNames(formula, rename, undefined, undefined, calls ? rename : undefined);
}

/** `formula` with each name used without a sheet before it (`Rente`, not `Ark1!Rente`) written as `write` returns. */
export function rewriteUnqualifiedNames(formula: string, write: (word: string) => string): string {
  return rewriteNames(formula, (word, sheet) => (sheet === undefined ? write(word) : word));
}

/**
 * Each sheet-scoped name a formula reads after its sheet (`Ark1!Rente`, `'Ark 1'!Rente`), with
 * `rename` choosing the sheet's new spelling (undefined: unchanged; null: `#REF!`, the sheet is
 * gone), or with `write` writing the whole use.
 */
export function renameNameQualifiers(formula: string, rename: (sheet: string) => string | null | undefined, write?: (sheet: string, name: string) => string): string {
  if (!formula.includes('!')) return formula;
  return rewriteNames(formula, (word) => word, undefined, (word, sheet) => {
    const next = rename(sheet);
    if (next === undefined) return undefined;
    if (next === null) return '#REF!';
    return write ? write(sheet, word) : `${sheetPrefix(next)}${word}`;
  });
}

/** Whether `formula` uses one of `names` (keys, upper case). */
export function usesAnyName(formula: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  for (const name of formulaWords(formula).names) if (names.has(name)) return true;
  return false;
}
