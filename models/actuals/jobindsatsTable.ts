/**
 * A Jobindsats table in one shape, whichever way it arrived (API v2 or v3 JSON, CSV, a planner's
 * .xlsx): the area and period columns, the table's dimensions (e.g. "Ydelsesgrupper", "Køn") and
 * its measures (e.g. "Antal personer"), with names kept as Jobindsats writes them, and one record
 * per data row. Figures are numbers (or null where Jobindsats has none); periods are labels
 * (see jobindsatsValues.ts).
 */
import { isJobindsatsPeriodCode, jobindsatsNumber, jobindsatsPeriodLabel } from './jobindsatsValues.js';

export interface JobindsatsRecord {
  /** The value of every dimension, the area and the period (as a label) included, by name. */
  dimensions: Record<string, string>;
  /** Every measure's figure, by name. */
  measures: Record<string, number | null>;
}

export interface JobindsatsTable {
  /** The area dimension's name as the data writes it ("Område", "Area"). */
  area: string;
  /** The period dimension's name ("Periode", "Period"). */
  period: string;
  /** Every dimension, the area and the period first. */
  dimensions: string[];
  measures: string[];
  records: JobindsatsRecord[];
}

/** Data that is not a Jobindsats table, a refused API answer, or a choice that names nothing. */
export class JobindsatsError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'JobindsatsError';
  }
}

export type RawCell = string | number | boolean | null | undefined;

/** A column, with the API's code where the data has one (v2's `Name`). */
export interface RawColumn {
  label: string;
  code?: string;
}

const AREA_NAMES = new Set(['area', 'område', 'omraade', 'kommune', 'geografi']);
const PERIOD_NAMES = new Set(['period', 'periode', 'tid', 'time']);

function text(cell: RawCell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function isMeasureColumn(column: RawColumn, values: readonly RawCell[]): boolean {
  // v2 names its dimensions' codes with a leading "_" (e.g. "_kon", "_ygrp_y30r21").
  if (column.code?.startsWith('_')) return false;
  let figures = 0;
  for (const value of values) {
    const number = jobindsatsNumber(typeof value === 'boolean' ? String(value) : value);
    if (number === undefined) return false;
    if (number !== null) figures++;
  }
  return figures > 0 || values.length === 0;
}

function findColumn(columns: readonly RawColumn[], names: Set<string>, fallback: (i: number) => boolean): number {
  const named = columns.findIndex((c) => names.has(c.label.toLowerCase()) || names.has((c.code ?? '').toLowerCase()));
  return named >= 0 ? named : columns.findIndex((_, i) => fallback(i));
}

/**
 * Builds the table from a header and rows of raw cells. The area and period columns are found by
 * name (Area/Område, Periode/Period), else the period is the first column holding period codes
 * and the area the first column before it; every other column is a measure when all its values
 * are figures (numbers, decimal-comma text or Jobindsats' missing marks), else a dimension.
 */
export function jobindsatsTable(columns: readonly RawColumn[], rows: readonly (readonly RawCell[])[]): JobindsatsTable {
  if (columns.length < 3) throw new JobindsatsError(`a Jobindsats table has an area, a period and at least one measure; this data has ${columns.length} column(s)`);
  const labels = columns.map((c, i) => c.label.trim() || `Kolonne ${i + 1}`);
  const duplicate = labels.find((label, i) => labels.indexOf(label) !== i);
  if (duplicate !== undefined) throw new JobindsatsError(`the column "${duplicate}" appears twice`);
  // A record's fields are keyed by column name, and "__proto__" cannot be a key a choice names
  // (JSON readers drop it); other names of Object.prototype's (`constructor`) are ordinary.
  if (labels.includes('__proto__')) throw new JobindsatsError('a column may not be named "__proto__"');
  const valuesOf = (i: number): RawCell[] => rows.map((row) => row[i]);
  const holdsPeriods = (i: number): boolean => rows.length > 0 && rows.every((row) => isJobindsatsPeriodCode(text(row[i])));
  const periodIndex = findColumn(columns, PERIOD_NAMES, holdsPeriods);
  if (periodIndex < 0) throw new JobindsatsError(`no period column (Periode, e.g. 2023M12) among: ${labels.join(', ')}`);
  const areaIndex = findColumn(columns, AREA_NAMES, (i) => i !== periodIndex && !isMeasureColumn(columns[i]!, valuesOf(i)));
  if (areaIndex < 0 || areaIndex === periodIndex) throw new JobindsatsError(`no area column (Område) among: ${labels.join(', ')}`);

  const dimensionIndexes = [areaIndex, periodIndex];
  const measureIndexes: number[] = [];
  columns.forEach((column, i) => {
    if (i === areaIndex || i === periodIndex) return;
    (isMeasureColumn(column, valuesOf(i)) ? measureIndexes : dimensionIndexes).push(i);
  });
  if (measureIndexes.length === 0) throw new JobindsatsError(`no measure column (a column of figures) among: ${labels.join(', ')}`);

  const records = rows
    .filter((row) => row.some((cell) => text(cell) !== ''))
    .map((row): JobindsatsRecord => {
      const dimensions = Object.fromEntries(dimensionIndexes.map((i) => [labels[i]!, i === periodIndex ? jobindsatsPeriodLabel(text(row[i])) : text(row[i])]));
      const measures = Object.fromEntries(measureIndexes.map((i) => [labels[i]!, jobindsatsNumber(row[i] as RawCell) ?? null]));
      return { dimensions, measures };
    });
  return {
    area: labels[areaIndex]!,
    period: labels[periodIndex]!,
    dimensions: dimensionIndexes.map((i) => labels[i]!),
    measures: measureIndexes.map((i) => labels[i]!),
    records,
  };
}
