/**
 * A formula evaluated against the workbook without being put in a cell, e.g. a goal's target or
 * trajectory: a plain reference read straight from the engine (ReferenceReader.ts), anything
 * else through HyperFormula's calculateFormula. Errors come back as values, never thrown.
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
}

/** An A1 formula's value (canonical); a range gives its values row by row. */
export function calculateFormula({ hf, references, sheet }: FormulaEngine, formula: string): CellValue | CellValue[][] {
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
export function calculateFormulaList(engine: FormulaEngine, formula: string): CellValue[] {
  const direct = engine.references.readList(engine.hf, formula);
  if (direct !== undefined) return direct;
  const result = calculateFormula(engine, formula);
  return Array.isArray(result) ? result.flat() : [result];
}
