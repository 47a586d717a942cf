/**
 * A formula evaluated against the workbook without being put in a cell, e.g. a goal's target or
 * trajectory: a plain reference read straight from the engine (ReferenceReader.ts), anything
 * else through HyperFormula's calculateFormula; `A1#` names the block A1 spills now. Errors come back as values, never thrown.
 */
import type { HyperFormula } from 'hyperformula';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { withShortSignRuns } from '../formula/signRuns.js';
import { withLowerCaseExponents } from '../formula/numberExponents.js';
import type { CellValue } from './cellValue.js';
import { toCellValue } from './engineValue.js';
import type { ReferenceReader } from './ReferenceReader.js';
import { formatReference, splitFormula } from '../formula/a1References.js';
import { RangeTooLargeError, type RangeCutter } from './rangeBound.js';

/** The engine a formula is evaluated in: `sheet` is any of its sheets (the formula's references name theirs). */
export interface FormulaEngine {
  hf: HyperFormula;
  references: ReferenceReader;
  sheet: number | undefined;
  /** The formula with each `A1#` naming the block spilled now (spilledRangeReferences.ts `blocksNamed`). */
  spilled?: (formula: string) => { text: string; lifted: boolean };
  /** Cuts a range to the workbook's data as a cell's are (rangeBound.ts). */
  cut?: RangeCutter;
}

/**
 * The formula with its ranges cut to the data, as a cell's formula is given to the engine: a goal
 * over `Ark1!A1:XFD40000` (or `SUM` of it) took the memory of every engine that judged it.
 * Throws RangeTooLargeError when a range is too large even cut.
 */
function withRangesCut(engine: FormulaEngine, formula: string): string {
  const { cut } = engine;
  if (!cut || !formula.includes(':')) return formula;
  return splitFormula(formula).map((s) => (s.kind === 'text' ? s.text : formatReference(cut(s.ref)))).join('');
}

/** What a formula whose range is too large even cut gives, as a cell's does. */
const NOT_COMPUTABLE: CellValue = { error: '#NUM!', message: 'a range is larger than the engine computes' };

/**
 * The formula with each `A1#` naming its block; one whose block makes several values (`=A1#*2`) is
 * computed as an array formula, as the same formula in a cell, unless it is the block alone.
 */
function withBlocks(engine: FormulaEngine, formula: string): string {
  if (!engine.spilled || !formula.includes('#')) return formula;
  const { text, lifted } = engine.spilled(formula);
  if (!lifted || engine.references.read(engine.hf, text) !== undefined) return text;
  // `+`: ARRAYFORMULA takes no range on its own (`=(A1#)`), only a computed one.
  return `=ARRAYFORMULA(+(${text.replace(/^=/, '')}))`;
}

/** The formula as the engine computes it: its ranges cut, each `A1#` naming its block; null when a range is too large even cut. */
function prepared(engine: FormulaEngine, written: string): string | null {
  try {
    return withBlocks(engine, withRangesCut(engine, written));
  } catch (error) {
    if (error instanceof RangeTooLargeError) return null;
    throw error;
  }
}

/** An A1 formula's value (canonical); a range gives its values row by row. */
export function calculateFormula(engine: FormulaEngine, written: string): CellValue | CellValue[][] {
  const { hf, references, sheet } = engine;
  const formula = prepared(engine, written);
  if (formula === null) return NOT_COMPUTABLE;
  const direct = references.read(hf, formula);
  if (direct !== undefined) return direct;
  if (sheet === undefined) return { error: '#REF!', message: 'the workbook has no sheets' };
  try {
    const text = withShortSignRuns(formula);
    if (!formulaFitsEngine(text)) return { error: '#NUM!', message: 'the formula is longer or nested deeper than Excel allows' };
    const raw: unknown = hf.calculateFormula(withLowerCaseExponents(text), sheet);
    if (Array.isArray(raw)) return raw.map((row: unknown[]) => row.map(toCellValue));
    return toCellValue(raw);
  } catch (error) {
    return { error: '#ERROR!', message: error instanceof Error ? error.message : String(error) };
  }
}

/** An A1 formula's values in reading order: a range row by row, one value as a list of one. */
export function calculateFormulaList(engine: FormulaEngine, written: string): CellValue[] {
  const formula = prepared(engine, written);
  if (formula === null) return [NOT_COMPUTABLE];
  const direct = engine.references.readList(engine.hf, formula);
  if (direct !== undefined) return direct;
  const result = calculateFormula({ ...engine, spilled: undefined, cut: undefined }, formula);
  return Array.isArray(result) ? result.flat() : [result];
}
