/**
 * Error values as Danish Excel writes them, in cells and in formulas. Microsoft's da-DK page of
 * FEJLTYPE (ERROR.TYPE) lists #NUL!, #DIVISION/0!, #VÆRDI!, #REFERENCE!, #NAVN?, #NUM!, #I/T and
 * #HENTER_DATA. Errors without a Danish name confirmed on a Microsoft page (#SPILL!, #CALC!,
 * Fremskriv's #CYCLE!) keep their English one; HyperFormula's Danish pack has guesses of its own
 * (#NUMMER!, #OVERLØB!) that Excel does not write. The value itself stays Excel's code: files,
 * the REST API, CSV and the document carry `#DIV/0!`.
 */
export const DANISH_ERROR_NAMES: ReadonlyMap<string, string> = new Map([
  ['#NULL!', '#NUL!'],
  ['#DIV/0!', '#DIVISION/0!'],
  ['#VALUE!', '#VÆRDI!'],
  ['#REF!', '#REFERENCE!'],
  ['#NAME?', '#NAVN?'],
  ['#N/A', '#I/T'],
  ['#GETTING_DATA', '#HENTER_DATA'],
]);

/** Every error literal a formula may hold, canonical (Excel's English) and Danish, upper case. */
const CANONICAL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

const toCanonical = new Map<string, string>([...CANONICAL_ERRORS.map((e): [string, string] => [e, e]), ...[...DANISH_ERROR_NAMES].map(([canonical, danish]): [string, string] => [danish, canonical])]);
// Longest first: `#DIVISION/0!` before a shorter name sharing its start.
const literals = [...toCanonical.keys()].sort((a, b) => b.length - a.length);

export interface ErrorLiteral {
  /** As written (its length in the formula). */
  written: string;
  canonical: string;
  /** Whether only Danish Excel writes it so (`#I/T`), only English Excel (`#N/A`), or both (`#NUM!`). */
  language: 'danish' | 'english' | 'both';
}

/** The error literal starting at `at` in formula text (any case), or null where none does. */
export function errorLiteralAt(text: string, at: number): ErrorLiteral | null {
  if (text[at] !== '#') return null;
  for (const literal of literals) {
    const written = text.slice(at, at + literal.length);
    if (written.toUpperCase() !== literal) continue;
    // `#N/A` in `#N/AB` is no literal; a name may not continue it.
    if (/[\p{L}\p{N}_.]/u.test(text[at + literal.length] ?? '') && /[\p{L}\p{N}]$/u.test(literal)) continue;
    const canonical = toCanonical.get(literal)!;
    const danish = DANISH_ERROR_NAMES.get(canonical) ?? canonical;
    const language = danish === canonical ? 'both' : literal === canonical ? 'english' : 'danish';
    return { written, canonical, language };
  }
  return null;
}
