/**
 * What in imported formulas Fremskriv cannot compute, by cell: functions it does not have, names
 * it does not know (a defined name or table of the source workbook) and formulas it cannot parse
 * (engine/formulaCheck.ts). The formulas are kept as they are (they show #NAME? or #ERROR! until
 * someone rewrites them); the planner is told where.
 * The list of known functions is the engine's English function table plus the functions we add
 * (rank functions, AVERAGEIFS, trend functions and CONCAT, engine/addedFunctionNames.ts).
 * LET (formula/letFormula.ts), LAMBDA (formula/lambdaFormula.ts) and INDIRECT are computed; FORECAST.ETS is not, so it is reported here. OFFSET is computed
 * (engine/offsetFunction.ts) except where its reference is computed by another function than
 * INDEX, OFFSET, INDIRECT, IF, CHOOSE or XLOOKUP (`OFFSET(SWITCH(…),1,0)`), which is reported as function OFFSET.
 */
import { enGB } from 'hyperformula/i18n/languages';
import { ADDED_FUNCTION_NAMES } from '../engine/addedFunctionNames.js';
import { engineFormula } from '../engine/engineFormula.js';
import { ADDED_CONDITIONAL_AGGREGATES } from '../engine/conditionalAggregateNames.js';
import { engineStringLiterals } from '../engine/excelStringLiterals.js';
import { isParsableFormula, unknownNames } from '../engine/formulaCheck.js';
import { RANK_FUNCTION_NAMES } from '../engine/rankFunctionNames.js';
import { TREND_FUNCTION_NAMES } from '../engine/trendFunctionNames.js';
import { formatReference, splitFormula } from '../formula/a1References.js';
import { replaceSpilledRanges } from '../engine/spilledRangeReferences.js';
import { expandLambda } from '../formula/lambdaFormula.js';
import { engineFunction } from '../engine/lambdaFunctions.js';
import { expandLet } from '../formula/letFormula.js';
import { renameNameQualifiers } from '../formula/formulaNames.js';
import { functionNames, mapFunctionNames } from './excelFormulas.js';
import { MAX_LISTED_FINDINGS } from './interchangeLimits.js';

/** A function the engine lacks, a name it does not know, or a formula it cannot parse. */
export type UnsupportedKind = 'function' | 'name' | 'syntax';

/** Formula text shown for a formula that cannot be parsed is cut to this length. */
const SHOWN_FORMULA = 80;

export interface UnsupportedFunction {
  /**
   * The function's name, upper case, without `_xlfn.` (`FORECAST.ETS`); for kind `name` the name
   * (`TABEL1`); for kind `syntax` the formula's text (at most 80 characters).
   */
  function: string;
  kind: UnsupportedKind;
  sheet: string;
  /** A1 address of the cell (or `goal <id>` for a goal's formula). */
  cell: string;
}

export interface UnsupportedFunctionReport {
  found: UnsupportedFunction[];
  /** Every finding, also those beyond the listed ones. */
  count: number;
}

let known: Set<string> | null = null;

export function isSupportedFunction(name: string): boolean {
  known ??= new Set(
    [...Object.keys(enGB.functions as Record<string, string>), ...RANK_FUNCTION_NAMES, ...ADDED_CONDITIONAL_AGGREGATES, ...TREND_FUNCTION_NAMES, ...ADDED_FUNCTION_NAMES].map((n) => n.toUpperCase()),
  );
  return known.has(name.toUpperCase());
}

/**
 * Whether a formula the engine cannot parse as written fails only because of OFFSET: HyperFormula
 * fixes an OFFSET into a reference when it reads the formula (its issue #910), so one whose
 * position or size comes from a cell, or whose reference is a range, does not parse. The engine
 * is given it rewritten (engine/engineFormula.ts); whether it computes is read from that text.
 */
function failsOnlyOnOffset(formula: string): boolean {
  return functionNames(formula).includes('OFFSET') && isParsableFormula(mapFunctionNames(formula, (name) => (name.toUpperCase() === 'OFFSET' ? 'CHOOSE' : name)));
}

/** Whether the engine computes every OFFSET of a formula (its reference a cell or range written in it). */
function computesOffset(formula: string): boolean {
  return isParsableFormula(engineFormula(formula).text);
}

/**
 * Whether a formula reads another workbook: Excel writes such a reference `[1]Ark!A1` (the number
 * is the file's external link part) or `'[1]Mit ark'!A1`, `'C:\\sti\\[Bog.xlsx]Ark'!A1`. Fremskriv
 * has only the uploaded file, so the engine gives #REF! (a quoted name it takes for a missing
 * sheet) or cannot parse the formula.
 */
export function refersToOtherWorkbook(formula: string): boolean {
  return splitFormula(formula).some((segment) =>
    segment.kind === 'ref' ? /\[[^\]]+\]/.test(segment.ref.sheet ?? '') : /\[\d+\](?:[^"\s(),;]*!|$)/.test(segment.text.replace(/"(?:[^"]|"")*"/g, '""')),
  );
}

/** Collects findings for many cells; `add` is called with each formula. */
export class UnsupportedFunctionCollector {
  private readonly found: UnsupportedFunction[] = [];
  private count = 0;
  /** Formulas reading another workbook (each also a finding, kind `syntax`). */
  externalReferences = 0;
  /** The workbook's defined names (upper case): formulas using them compute. */
  private readonly names: ReadonlySet<string>;
  /** The defined names holding a LAMBDA (upper case): called by name (`=Dobbelt(4)`), they compute (engine/lambdaNames.ts). */
  private readonly lambdas: ReadonlySet<string>;

  constructor(definedNames: readonly string[] = [], lambdaNames: readonly string[] = []) {
    this.names = new Set(definedNames.map((name) => name.toUpperCase()));
    this.lambdas = new Set(lambdaNames.map((name) => name.toUpperCase()));
  }

  add(formula: string, sheet: string, cell: string): void {
    if (refersToOtherWorkbook(formula)) {
      this.externalReferences++;
      this.note({ function: formula.length > SHOWN_FORMULA ? `${formula.slice(0, SHOWN_FORMULA - 1)}…` : formula, kind: 'syntax', sheet, cell });
      return;
    }
    // Quoted text as Excel writes it (`"0 ""kr."""`) and a LAMBDA called where it is written
    // (`LAMBDA(x,x*2)(3)`, no call HyperFormula can parse) are read as the engine is given them.
    // A LET name holding a LAMBDA is called by that name (`LET(f,LAMBDA(x,x*2),f(3))`): no function of its own.
    // The spilled range operator (`A1#`) is read by the engine as the block it names (engine/spilledRangeReferences.ts).
    // A sheet's name read after its sheet (`'Ark 1'!Rente`) is computed (engine/qualifiedNames.ts): read here as the name.
    const unqualified = formula.includes('!') ? renameNameQualifiers(formula, (sheet) => sheet, (_sheet, name) => name) : formula;
    const letFree = expandLet(unqualified.includes('#') ? replaceSpilledRanges(unqualified, formatReference) : unqualified);
    const readable = engineStringLiterals(expandLambda(letFree, undefined, engineFunction));
    if (!isParsableFormula(readable)) {
      if (!failsOnlyOnOffset(readable)) {
        this.note({ function: formula.length > SHOWN_FORMULA ? `${formula.slice(0, SHOWN_FORMULA - 1)}…` : formula, kind: 'syntax', sheet, cell });
        return;
      }
      if (!computesOffset(formula)) this.note({ function: 'OFFSET', kind: 'function', sheet, cell });
    }
    // A LAMBDA's parameter called by its name (`LAMBDA(f,f(2))`) is no function: the engine is given no call of it.
    const called = new Set(functionNames(readable));
    for (const name of functionNames(letFree)) if (called.has(name) && !isSupportedFunction(name) && !this.lambdas.has(name.toUpperCase())) this.note({ function: name, kind: 'function', sheet, cell });
    for (const name of unknownNames(unqualified)) if (!this.names.has(name)) this.note({ function: name, kind: 'name', sheet, cell });
  }

  private note(finding: UnsupportedFunction): void {
    this.count++;
    if (this.found.length < MAX_LISTED_FINDINGS) this.found.push(finding);
  }

  report(): UnsupportedFunctionReport {
    return { found: [...this.found], count: this.count };
  }
}
