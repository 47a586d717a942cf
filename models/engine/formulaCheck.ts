/**
 * What in a formula the engine cannot compute apart from its functions: a name it does not know
 * (a defined name or table of the source workbook, which would show #NAME?) and text it cannot
 * parse at all (Excel's intersection operator `A1:A3 B2`, structured references `Tabel1[Kol]`). The import lists these by cell
 * next to the unsupported functions (interchange/unsupportedFunctions.ts), so nothing imports
 * silently broken (issue 11).
 */
import { HyperFormula } from 'hyperformula';
import { splitFormula } from '../formula/a1References.js';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { withLowerCaseExponents } from '../formula/numberExponents.js';
import { withShortSignRuns } from '../formula/signRuns.js';
import { rewriteFormulaText } from '../formula/formulaText.js';
import { EtaPlaces } from '../formula/etaNames.js';
import { engineErrorLiterals } from './errorLiterals.js';
import { engineFunction } from './lambdaFunctions.js';
import { ENGINE_CONFIG, LOGICAL_LITERALS, prepareEngine } from './engineConfig.js';

/** Names a formula may use bare: Excel's logical literals (engineConfig.ts). */
const KNOWN_NAMES = new Set(LOGICAL_LITERALS.map((literal) => literal.name));
/** Error literals (`#N/A`, `#DIV/0!`), whose parts would otherwise read as names. */
const ERROR_LITERAL = /#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/gi;
/** A number as formula text writes it, exponent included (`1.5`, `1E`, `2e3`). */
const NUMBER = /^(\d+\.?\d*|\.\d+)(E\d*)?$/i;

/** Functions whose arguments bind names of their own (`LET(x,1,x+1)`); they are reported as functions. */
const BINDING_FUNCTIONS = new Set(['LET', 'LAMBDA']);

/**
 * The names a formula uses bare (not called, not a reference, not a number), upper case, each once.
 * None for a formula that binds names with LET or LAMBDA: those are its own, not the workbook's,
 * and the function itself is listed as one the engine cannot compute.
 */
export function unknownNames(formula: string): string[] {
  const names = new Set<string>();
  let bindsNames = false;
  const places = new EtaPlaces();
  for (const segment of splitFormula(formula)) {
    if (segment.kind !== 'text') continue;
    rewriteFormulaText(segment.text.replace(ERROR_LITERAL, ' '), {
      word(word, beforeParen, next) {
        const upper = word.toUpperCase();
        if (beforeParen && BINDING_FUNCTIONS.has(upper)) bindsNames = true;
        // A function given by its name as a LAMBDA (`BYROW(A1:C3,SUM)`) is no name.
        const given = places.word(word, beforeParen, next) && engineFunction(upper);
        if (!beforeParen && !given && !NUMBER.test(word) && /^[\p{L}_]/u.test(word) && !KNOWN_NAMES.has(upper)) names.add(upper);
        return word;
      },
      char(ch) {
        places.char(ch);
        return ch;
      },
    });
  }
  return bindsNames ? [] : [...names];
}

let parser: HyperFormula | null = null;
let parsed = 0;
/** The parser caches every formula it reads: a long-running server starts a fresh one now and then. */
const PARSES_PER_PARSER = 20_000;

/** Whether the engine can parse the formula (`=…`, canonical English). */
export function isParsableFormula(formula: string): boolean {
  const text = withShortSignRuns(formula);
  // Past Excel's limits no file Excel wrote holds it, and the parser's stack would not take it.
  if (!formulaFitsEngine(text)) return false;
  if (parser && parsed >= PARSES_PER_PARSER) {
    parser.destroy();
    parser = null;
  }
  if (!parser) {
    prepareEngine();
    parser = HyperFormula.buildEmpty(ENGINE_CONFIG, LOGICAL_LITERALS);
    parsed = 0;
  }
  parsed++;
  return parser.validateFormula(withLowerCaseExponents(engineErrorLiterals(text)));
}
