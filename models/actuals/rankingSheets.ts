/**
 * The benchmark rankings a workbook holds, and which rank goal each serves (issue 14).
 *
 * A ranking sheet is an actuals sheet (actualsSheet.ts layout: A1 the rows' dimension, row 1 the
 * periods from B1, column A the municipalities) that holds Jobindsats' "Placering på
 * benchmarkranglisten": its data link names that measure, or, for a sheet without a link (written
 * by `npm run jobindsats`), every figure is a whole rank from 1 to the number of municipalities
 * ranked in its period, for at least 10 municipalities (a count or a share never is).
 *
 * A ranking serves the rank goals whose id its sheet name contains ("Benchmark LM1a"); a workbook
 * with one ranking whose name names no goal has it serve every rank goal. The municipality is the
 * one the workbook's other actuals are about: a data link's `Område` filter, else a row of an
 * actuals sheet with the same first column (the template's `Jobindsats` sheet has `Roskilde`),
 * never "Hele landet".
 */
import type * as Y from 'yjs';
import { benchmarkStanding, rankGoalShare, type BenchmarkStanding, type RankingTable } from '../goals/benchmarkRank.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { cellInputAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { filterValue } from './actualsPivot.js';
import { readDataLinks } from './dataLink.js';

export const RANK_MEASURE = 'Placering på benchmarkranglisten';
const AREA_DIMENSION = 'Område';
const NOT_A_MUNICIPALITY = /^(hele landet|rar\b)/i;
const MIN_RANKED = 10;
/** Jobindsats ranks 98 municipalities; a sheet is read no further than this (a ranking is never larger). */
const MAX_ROWS = 400;
const MAX_PERIODS = 240;

interface LaidOut {
  sheetId: string;
  sheetName: string;
  dimension: string;
  table: RankingTable;
}

/** A label as shown: text without Excel's apostrophe, or a number's digits. */
function labelText(input: unknown): string | null {
  if (typeof input === 'number') return String(input);
  if (typeof input !== 'string' || input.startsWith('=')) return null;
  const text = (input.startsWith("'") ? input.slice(1) : input).trim();
  return text === '' ? null : text;
}

/** A sheet in the actuals layout, or null. Read cell by cell from the corner: a large data sheet costs no more than its first rows. */
function readLayout(doc: Y.Doc, sheetId: string, sheetName: string): LaidOut | null {
  const at = (row: number, col: number): unknown => cellInputAt(doc, sheetId, row, col);
  const dimension = labelText(at(0, 0));
  if (dimension === null) return null;
  const periods: string[] = [];
  for (let col = 1; col <= MAX_PERIODS && labelText(at(0, col)) !== null; col++) periods.push(labelText(at(0, col))!);
  const rows: RankingTable['rows'] = [];
  for (let row = 1; row <= MAX_ROWS && labelText(at(row, 0)) !== null; row++) {
    const ranks = periods.map((_, i) => {
      const value = at(row, i + 1);
      return typeof value === 'number' ? value : null;
    });
    rows.push({ label: labelText(at(row, 0))!, ranks });
  }
  return { sheetId, sheetName, dimension, table: { sheetName, periods, rows } };
}

/** Every figure a whole rank from 1 to the number ranked in its period. */
function looksLikeRanks(table: RankingTable): boolean {
  if (table.periods.length === 0) return false;
  return table.periods.every((_, col) => {
    const ranks = table.rows.map((r) => r.ranks[col]).filter((v): v is number => typeof v === 'number');
    return ranks.length === 0 || (ranks.length >= MIN_RANKED && ranks.every((v) => Number.isInteger(v) && v >= 1 && v <= ranks.length));
  }) && table.rows.some((r) => r.ranks.some((v) => v !== null));
}

function laidOutSheets(doc: Y.Doc): LaidOut[] {
  return workbookGrid(doc)
    .listSheets()
    .map((s) => readLayout(doc, s.id, s.name))
    .filter((s): s is LaidOut => s !== null);
}

/** The municipality the workbook's actuals are about, among the ranking's rows; null when none is found. */
function municipalityOf(doc: Y.Doc, ranking: LaidOut, sheets: LaidOut[]): string | null {
  const ranked = new Set(ranking.table.rows.map((r) => r.label.toLowerCase()));
  const candidates: string[] = [];
  for (const { link } of readDataLinks(doc)) {
    // Own keys only: a dimension named `constructor` read Object.prototype's function here.
    const area = filterValue(link.filters, AREA_DIMENSION) ?? filterValue(link.filters, ranking.dimension);
    if (area) candidates.push(area);
  }
  for (const sheet of sheets) {
    if (sheet.sheetId === ranking.sheetId || sheet.dimension !== ranking.dimension) continue;
    candidates.push(...sheet.table.rows.map((r) => r.label));
  }
  return candidates.find((name) => !NOT_A_MUNICIPALITY.test(name) && ranked.has(name.toLowerCase())) ?? null;
}

/**
 * Each rank goal's standing on the ranking that serves it, by goal id (goals without one are absent).
 *
 * @example benchmarkStandings(doc, goals).get('LM1a') // → { municipality: 'Roskilde', rank: 14, of: 98, best: 19, met: true, … }
 */
export function benchmarkStandings(doc: Y.Doc, goals: readonly GoalDefinition[]): Map<string, BenchmarkStanding> {
  const out = new Map<string, BenchmarkStanding>();
  const rankGoals = goals.map((goal) => ({ goal, share: rankGoalShare(goal) })).filter((g): g is { goal: GoalDefinition; share: number } => g.share !== null);
  if (rankGoals.length === 0) return out;
  const linked = new Map(readDataLinks(doc).map(({ sheetId, link }) => [sheetId, link.measure]));
  const sheets = laidOutSheets(doc);
  const rankings = sheets.filter((s) => (linked.has(s.sheetId) ? linked.get(s.sheetId) === RANK_MEASURE : looksLikeRanks(s.table)));
  const names = (sheet: LaidOut, goal: GoalDefinition): boolean => new RegExp(`(^|[^\\p{L}\\p{N}])${goal.id.replace(/[.]/g, '\\.')}($|[^\\p{L}\\p{N}])`, 'iu').test(sheet.sheetName);
  const generic = rankings.filter((sheet) => !rankGoals.some(({ goal }) => names(sheet, goal)));
  for (const { goal, share } of rankGoals) {
    const ranking = rankings.find((sheet) => names(sheet, goal)) ?? (rankings.length === 1 && generic.length === 1 ? generic[0] : undefined);
    if (!ranking) continue;
    const municipality = municipalityOf(doc, ranking, sheets);
    const standing = municipality === null ? null : benchmarkStanding(ranking.table, municipality, share);
    if (standing) out.set(goal.id, standing);
  }
  return out;
}
