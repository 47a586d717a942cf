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

/** The engine a formula is evaluated in: `sheet` is any of its sheets (the formula's references name theirs). */
export interface FormulaEngine {
  hf: HyperFormula;
  references: ReferenceReader;
  sheet: number | undefined;
  /** The formula with each `A1#` naming the block spilled now (spilledRangeReferences.ts `blocksNamed`). */
  spilled?: (formula: string) => { text: string; lifted: boolean };
}

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

/** An A1 formula's value (canonical); a range gives its values row by row. */
export function calculateFormula(engine: FormulaEngine, written: string): CellValue | CellValue[][] {
  const { hf, references, sheet } = engine;
  const formula = withBlocks(engine, written);
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
  const formula = withBlocks(engine, written);
  const direct = engine.references.readList(engine.hf, formula);
  if (direct !== undefined) return direct;
  const result = calculateFormula({ ...engine, spilled: undefined }, formula);
  return Array.isArray(result) ? result.flat() : [result];
}
