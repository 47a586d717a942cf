/**
 * A goal's indicator month by month under each scenario, read from the engines: the values of its
 * `series` cells, the month labels of its `periods`, and which months are actual figures rather
 * than projected: a number typed into the cell, or a formula reading another sheet in a month
 * whose status cell (the cell right below its period label, row 2 of the template's Fremskrivning)
 * reads "Faktisk…" (naming the goal, where it names indicators: statusReading) — the template's LM2
 * and MM5 take actual months from their Jobindsats sheets (issue 14).
 * Pure and shared: the card's chart, the report, the adopted plan's months (planTrajectories.ts)
 * and the evaluation report (evaluationWithPlan.ts) read actual months alike.
 */
import type * as Y from 'yjs';
import type { CellValue } from '../engine/cellValue.js';
import { splitFormula } from '../formula/a1References.js';
import { cellInputAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import { deadlineIndex } from './goalJudging.js';
import { readGoals, type GoalDefinition } from './goalModel.js';

interface CellRef {
  sheetId: string;
  row: number;
  col: number;
}

export interface Trajectory {
  labels: string[];
  actual: boolean[];
  scenarios: Array<{ id: string; name: string; values: Array<number | null> }>;
  deadlineIndex: number;
}

/** The cells of a one-row or one-column range such as `Fremskrivning!E6:AT6`, in order. */
export function rangeCells(doc: Y.Doc, reference: string): CellRef[] {
  const segments = splitFormula(`=${reference.replace(/^=/, '')}`).filter((s) => s.kind === 'ref');
  const only = segments[0];
  if (segments.length !== 1 || only?.kind !== 'ref') return [];
  const { ref } = only;
  const grid = workbookGrid(doc);
  const sheetId = ref.sheet === undefined ? grid.listSheets()[0]?.id : grid.sheetIdByName(ref.sheet);
  const start = ref.start;
  const end = ref.end ?? ref.start;
  if (!sheetId || !start.row || !start.col || !end.row || !end.col) return [];
  const out: CellRef[] = [];
  const [top, bottom] = [Math.min(start.row.index, end.row.index), Math.max(start.row.index, end.row.index)];
  const [left, right] = [Math.min(start.col.index, end.col.index), Math.max(start.col.index, end.col.index)];
  if ((bottom - top + 1) * (right - left + 1) > 5_000) return [];
  for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) out.push({ sheetId, row, col });
  return out;
}

/** The goal ids a status names in its parentheses: "MM5, LM2", "LM2 og MM5". */
function namedIds(list: string): string[] {
  return list.split(/,|\s+og\s+|\s+and\s+/).map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
}

/**
 * What a month's status cell (the template's Fremskrivning row 2) says of one goal's formula month,
 * the goal known by its id and by its row's label up to ":" ("MM5: Borgere …" is MM5's row, also
 * after the goal is renamed):
 * "Faktisk (MM5, LM2)" names the indicators whose month is actual (others are projected);
 * "Delvis faktisk (LM2 fremskrevet)" names those projected in an otherwise actual month; a plain
 * "Faktisk" names none, so a formula month is actual where it reads another sheet. Parentheses
 * that name no indicator of the workbook (`isIndicator`: "Faktisk (pr. 30. juni)" in a planner's
 * own workbook) are read as a plain "Faktisk".
 *
 * @example statusReading('Faktisk (LM2)', ['MM5']) // → 'projected'
 */
export function statusReading(status: string, names: readonly string[], isIndicator: (name: string) => boolean = () => true): 'actual' | 'projected' | 'readsAnotherSheet' {
  const text = status.trim();
  const ours = (list: string): boolean => namedIds(list).some((id) => names.some((name) => name.toLowerCase() === id));
  const partly = /^(?:delvis faktisk|partly actual)\s*\((.*)\s+(?:fremskrevet|projected)\)/i.exec(text);
  if (partly) return ours(partly[1]!) ? 'projected' : 'readsAnotherSheet';
  if (!/^(faktisk|actual)\b/i.test(text)) return 'projected';
  const named = /^(?:faktisk|actual)\s*\(([^)]*)\)/i.exec(text);
  if (!named) return 'readsAnotherSheet';
  if (ours(named[1]!)) return 'actual';
  return namedIds(named[1]!).some(isIndicator) ? 'projected' : 'readsAnotherSheet';
}

/** A goal's names a status may use: its id, and its row's label up to ":" (column A of `first`, its first month). */
function goalNames(goal: GoalDefinition, first: CellRef | undefined, value: (sheetId: string, row: number, col: number) => CellValue): string[] {
  const rowLabel = first ? value(first.sheetId, first.row, 0) : null;
  return [goal.id, ...(typeof rowLabel === 'string' && rowLabel.includes(':') ? [rowLabel.slice(0, rowLabel.indexOf(':')).trim()] : [])];
}

/** What a trajectory reads: the scenarios and a cell's value under each (the models' ScenarioEngines and the browser's worker engines both fit). */
export interface TrajectoryEngines {
  scenarios(): ReadonlyArray<{ id: string; name: string }>;
  engine(scenarioId: string): { value(sheetId: string, row: number, col: number): CellValue };
}

/** A goal's trajectory under every scenario; null for a goal without `series` and `periods`. */
export function goalTrajectory(doc: Y.Doc, engines: TrajectoryEngines, goal: GoalDefinition): Trajectory | null {
  if (!goal.series || !goal.periods) return null;
  const series = rangeCells(doc, goal.series);
  const periods = rangeCells(doc, goal.periods);
  const n = Math.min(series.length, periods.length);
  if (n === 0) return null;
  const scenarios = engines.scenarios();
  const base = engines.engine(scenarios[0]!.id);
  const labels = periods.slice(0, n).map((p) => {
    const v = base.value(p.sheetId, p.row, p.col);
    return v === null || typeof v === 'object' ? '' : String(v);
  });
  const value = base.value.bind(base);
  const names = goalNames(goal, series[0], value);
  // Every goal's names, read only when a status names indicators other than this goal's.
  let indicators: Set<string> | null = null;
  const isIndicator = (name: string): boolean => {
    indicators ??= new Set(readGoals(goalsArray(doc), workbookGrid(doc)).flatMap((g) => goalNames(g, g.series ? rangeCells(doc, g.series)[0] : undefined, value)).map((n) => n.toLowerCase()));
    return indicators.has(name);
  };
  const status = (p: CellRef): string => {
    const v = base.value(p.sheetId, p.row + 1, p.col);
    return typeof v === 'string' ? v : '';
  };
  // A formula month is actual where its status names the goal as actual, or, where the status
  // names no indicators, where the formula reads another sheet (where the actual figures are): the
  // status row speaks for every indicator, and "Faktisk (LM2)" must not make MM2's or MM5's
  // projected months actual (found in the browser test).
  const actualMonth = (c: CellRef, i: number): boolean => {
    const input = cellInputAt(doc, c.sheetId, c.row, c.col);
    if (typeof input === 'number') return true;
    if (typeof input !== 'string' || !input.startsWith('=')) return false;
    const reading = statusReading(status(periods[i]!), names, isIndicator);
    return reading === 'actual' || (reading === 'readsAnotherSheet' && input.includes('!'));
  };
  const actual = series.slice(0, n).map(actualMonth);
  return {
    labels,
    actual,
    // The month the goal is judged on, found as the judgement finds it (labels may be dates).
    deadlineIndex: goal.deadline ? deadlineIndex(labels, goal.deadline) : -1,
    scenarios: scenarios.map((scenario) => {
      const engine = engines.engine(scenario.id);
      return {
        id: scenario.id,
        name: scenario.name,
        values: series.slice(0, n).map((c) => {
          const v = engine.value(c.sheetId, c.row, c.col);
          return typeof v === 'number' ? v : null;
        }),
      };
    }),
  };
}

/**
 * The last actual month of a trajectory and its figure (the same under every scenario: actual
 * figures are not assumptions), or null when every month is projected. The goal card shows it
 * beside the projection, so a planner sees where the projection starts from.
 */
export function latestActual(trajectory: Trajectory): { label: string; value: number } | null {
  return actualMonths(trajectory).at(-1) ?? null;
}

/** Every actual month of a trajectory with its figure, oldest first (what the adopted plan is compared with, month by month). */
export function actualMonths(trajectory: Trajectory): Array<{ label: string; value: number }> {
  const out: Array<{ label: string; value: number }> = [];
  trajectory.actual.forEach((isActual, i) => {
    const value = trajectory.scenarios[0]?.values[i];
    if (isActual && typeof value === 'number') out.push({ label: trajectory.labels[i]!, value });
  });
  return out;
}
