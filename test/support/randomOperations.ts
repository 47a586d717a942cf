/**
 * Random workbook operations for randomized tests: cell values, formulas over cells and ranges on
 * any sheet, blocks of cells moved within a sheet or to another, structural edits, sheet edits and
 * scenario inputs, merged areas, hidden rows and columns, on a deliberately small grid so that
 * edits collide often.
 */
import * as Y from 'yjs';
import { columnLabel } from '../../models/workbook/cellAddress.js';
import { sheetPrefix } from '../../models/formula/a1References.js';
import { newIdentity } from '../../models/workbook/identities.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenarioRecords } from '../../models/workbook/workbookReader.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import type { SeededRandom } from './seededRandom.js';

export const SMALL_ROWS = 8;
export const SMALL_COLS = 6;

/** A small starting workbook: two sheets with numbers and formulas, one scenario with an input. */
export function smallWorkbookFile(): WorkbookFile {
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Fuzz',
    locale: 'da-DK',
    sheets: [
      { name: 'Ark1', cells: { A1: 1, A2: 2, A3: 3, B1: '=A1*2', B2: '=SUM(A1:A3)', C1: '=Ark2!A1+1' } },
      { name: 'Ark2', cells: { A1: 10, A2: '=Ark1!B2*2', B1: 'tekst' } },
    ],
    goals: [{ id: 'g1', title: 'Mål', value: '=Ark1!B2', comparator: '<=', target: 10, series: 'Ark1!A1:A3', periods: 'Ark1!A1:A3' }],
    scenarios: [
      { name: 'Basis', inputs: {} },
      { name: 'Høj', inputs: { 'Ark1!A1': 5 } },
    ],
  };
}

function randomRef(random: SeededRandom, sheets: string[], rows: number, cols: number): string {
  const cell = (): string =>
    `${random.chance(0.2) ? '$' : ''}${columnLabel(random.int(cols))}${random.chance(0.2) ? '$' : ''}${random.int(rows) + 1}`;
  const sheet = random.chance(0.3) ? sheetPrefix(random.pick(sheets)) : '';
  return random.chance(0.35) ? `${sheet}${cell()}:${cell()}` : `${sheet}${cell()}`;
}

function randomInput(random: SeededRandom, sheets: string[], rows: number, cols: number): number | string | boolean | null {
  const roll = random.next();
  if (roll < 0.1) return null;
  if (roll < 0.35) return random.int(100) - 20;
  if (roll < 0.4) return random.pick(['x', 'tekst', '12%', true]);
  const ref = (): string => randomRef(random, sheets, rows, cols);
  return random.pick([
    `=SUM(${ref()})`,
    `=${ref().split(':')[0]}*2+1`,
    `=${ref().split(':')[0]}/${ref().split(':')[0]}`,
    `=IF(${ref().split(':')[0]}>3,${ref().split(':')[0]},0)`,
    `=AVERAGE(${ref()})+COUNT(${ref()})`,
    `=SUBTOTAL(${random.pick([9, 109, 103])},${ref()})`,
    `=Nope!A1`,
  ]);
}

/** How often an operation is a cut and paste, and how often a cut is pasted on another sheet. */
const MOVE_SHARE = 0.07;
const OTHER_SHEET_SHARE = 0.35;

/** A sheet's grid in the terms randomMove needs: the small area edits aim at, and the whole grid. */
interface MoveArea {
  id: string;
  rows: number;
  cols: number;
  gridRows: number;
  gridCols: number;
}

/**
 * A block of 1–3 × 1–3 cells moved within its sheet or to another: a third of the time onto an
 * overlapping place (a line or two away), a third to the grid's edge (its first or last line, the
 * block then partly beyond it, which grows the grid), a third anywhere in the small area.
 */
function randomMove(random: SeededRandom, from: MoveArea, to: MoveArea): WorkbookOperation {
  const rows = 1 + random.int(3);
  const cols = 1 + random.int(3);
  const row = random.int(from.rows);
  const col = random.int(from.cols);
  const nearby = (at: number): number => Math.max(0, at + random.int(5) - 2);
  const edge = (length: number): number => (random.chance(0.5) ? 0 : Math.max(0, length - 1 - random.int(2)));
  const where = random.int(3);
  const toRow = where === 0 ? nearby(row) : where === 1 ? edge(to.gridRows) : random.int(to.rows);
  const toCol = where === 0 ? nearby(col) : where === 1 ? edge(to.gridCols) : random.int(to.cols);
  const op: WorkbookOperation = { type: 'moveCells', sheetId: from.id, row, col, rows, cols, toRow, toCol };
  return to.id === from.id ? op : { ...op, toSheetId: to.id };
}

export interface RandomOperationOptions {
  /** Whether restoreVersion is among the operations (back to the document's first state). */
  restores: boolean;
}

/** One random operation valid-looking for the document's current state (it may still be rejected). */
export function randomOperation(doc: Y.Doc, random: SeededRandom, options: RandomOperationOptions = { restores: true }): WorkbookOperation {
  savedVersion(doc);
  const grid = workbookGrid(doc);
  const sheets = grid.listSheets();
  const sheet = random.pick(sheets);
  const area = (id: string): MoveArea => {
    const [gridRows, gridCols] = [grid.rowIds(id).length, grid.colIds(id).length];
    return { id, rows: Math.max(1, Math.min(gridRows, SMALL_ROWS + 2)), cols: Math.max(1, Math.min(gridCols, SMALL_COLS + 2)), gridRows, gridCols };
  };
  const { rows, cols } = area(sheet.id);
  const names = sheets.map((s) => s.name);
  if (random.chance(MOVE_SHARE)) {
    const others = sheets.filter((s) => s.id !== sheet.id);
    const to = others.length > 0 && random.chance(OTHER_SHEET_SHARE) ? random.pick(others).id : sheet.id;
    return randomMove(random, area(sheet.id), area(to));
  }
  const roll = random.next();
  if (roll < 0.04) {
    // Merged areas of 1–3 × 1–3 cells (mergedCells.ts): colleagues merge over each other's areas and over deleted lines.
    const block = { row: random.int(rows), col: random.int(cols), rows: 1 + random.int(3), cols: 1 + random.int(3) };
    return { type: random.chance(0.75) ? 'mergeCells' : 'unmergeCells', sheetId: sheet.id, ...block };
  }
  if (roll < 0.06) {
    // Hidden rows and columns (hiddenLines.ts): colleagues hide and show over each other's lines and over deleted ones.
    const onRows = random.chance(0.5);
    const hide = random.chance(0.65);
    const type = onRows ? (hide ? 'hideRows' : 'unhideRows') : hide ? 'hideColumns' : 'unhideColumns';
    return { type, sheetId: sheet.id, index: random.int(onRows ? rows : cols), count: 1 + random.int(2) };
  }
  if (roll < 0.55) {
    const count = random.chance(0.8) ? 1 : 3;
    const cells = Array.from({ length: count }, () => ({
      row: random.int(rows),
      col: random.int(cols),
      input: randomInput(random, names, rows, cols),
    }));
    return { type: 'setCells', sheetId: sheet.id, cells };
  }
  if (roll < 0.63) return { type: 'insertRows', sheetId: sheet.id, index: random.int(rows), count: 1 + random.int(2) };
  if (roll < 0.71) return { type: 'deleteRows', sheetId: sheet.id, index: random.int(rows), count: 1 + random.int(2) };
  if (roll < 0.76) return { type: 'insertColumns', sheetId: sheet.id, index: random.int(cols), count: 1 };
  if (roll < 0.81) return { type: 'deleteColumns', sheetId: sheet.id, index: random.int(cols), count: 1 };
  if (roll < 0.84) return { type: 'renameSheet', sheetId: sheet.id, name: random.pick(['Ark1', 'Ark2', 'Ark3', 'Budget', 'Mål']) };
  if (roll < 0.86) return { type: 'addSheet', sheetId: newIdentity(doc), name: `Ark${3 + random.int(4)}`, rows: SMALL_ROWS, cols: SMALL_COLS };
  if (roll < 0.875) return { type: 'deleteSheet', sheetId: sheet.id };
  if (roll < 0.89) return { type: 'moveSheet', sheetId: sheet.id, index: random.int(sheets.length) };
  if (roll < 0.91) {
    const cell = (): string => randomRef(random, names, rows, cols).split(':')[0]!;
    const qualified = (): string => `${sheetPrefix(sheet.name)}${cell().replace(/^.*!/, '')}`;
    return {
      type: 'putGoal',
      goal: {
        id: random.pick(['g1', 'g2']),
        title: 'Mål',
        value: `=${qualified()}`,
        comparator: random.pick(['<=', '>=', '<', '>'] as const),
        target: random.chance(0.5) ? random.int(40) : `=AVERAGE(${qualified()}:${cell().replace(/^.*!/, '')})`,
        series: `${qualified()}:${cell().replace(/^.*!/, '')}`,
        periods: `${qualified()}:${cell().replace(/^.*!/, '')}`,
      },
    };
  }
  if (roll >= 0.95) return randomRareOperation(doc, random, sheet.id, rows, cols, names, options);
  const scenario = random.pick(scenarioRecords(doc));
  return {
    type: 'setScenarioInput',
    scenarioId: String(scenario?.get('id') ?? 'none'),
    sheetId: sheet.id,
    row: random.int(rows),
    col: random.int(cols),
    input: random.chance(0.2) ? null : random.int(50),
  };
}

/**
 * The version a restoreVersion goes back to: the document's state when it was first asked for a
 * random operation (as a planner saves a version, edits, then restores it). Keyed by document, so
 * the run stays a function of its seed.
 */
const savedVersions = new WeakMap<Y.Doc, Uint8Array>();

function savedVersion(doc: Y.Doc): Uint8Array {
  let state = savedVersions.get(doc);
  if (!state) {
    state = Y.encodeStateAsUpdate(doc);
    savedVersions.set(doc, state);
  }
  return state;
}

/** The operations a planner uses seldom, so that every type of the union is exercised. */
function randomRareOperation(doc: Y.Doc, random: SeededRandom, sheetId: string, rows: number, cols: number, names: string[], options: RandomOperationOptions): WorkbookOperation {
  const goalId = random.pick(['g1', 'g2']);
  const scenarioId = String(random.pick(scenarioRecords(doc))?.get('id') ?? 'none');
  const sheet = random.pick(names);
  switch (random.int(11)) {
    case 0:
      return { type: 'setFormat', sheetId, row: random.int(rows), col: random.int(cols), rows: 1 + random.int(2), cols: 1, format: random.pick(['number', 'percent', 'integer', 'text', null] as const) };
    case 1:
      return { type: 'putScenario', scenario: { id: random.chance(0.5) ? scenarioId : undefined, name: random.pick(['Lav', 'Høj', 'Midt']), inputs: { [`${sheetPrefix(sheet)}A${1 + random.int(rows)}`]: random.int(9) } } };
    case 2:
      return { type: 'deleteScenario', scenarioId };
    case 3:
      return { type: 'deleteGoal', goalId };
    case 4:
      return { type: 'moveGoal', goalId, index: random.int(3) };
    case 5:
      return { type: 'setTitle', title: random.pick(['Plan', 'Beskæftigelsesplan']) };
    case 6: {
      const min = random.chance(0.7) ? random.int(10) : undefined;
      const bounds = random.chance(0.2) ? null : { min, max: random.chance(0.7) || min === undefined ? (min ?? 0) + random.int(50) : undefined };
      return { type: 'setAssumptionBounds', sheetId, row: random.int(rows), col: random.int(cols), bounds };
    }
    case 7:
      return { type: 'setColumnWidth', sheetId, col: random.int(cols), width: random.chance(0.2) ? null : 40 + random.int(200) };
    case 8:
      return {
        type: 'putDataLink',
        sheetId,
        link: { measure: random.pick(['Antal', 'Andel']), filters: { Område: 'Roskilde' }, source: 'file', periods: ['2024M01', '2024M02'], updatedAt: '2026-12-01T00:00:00Z' },
      };
    case 9:
      if (!options.restores) return { type: 'setTitle', title: 'Plan' };
      return { type: 'restoreVersion', state: savedVersion(doc) };
    default:
      return { type: 'setLocale', locale: random.pick(['da-DK', 'en-GB'] as const) };
  }
}

/**
 * Applies a random operation, as a planner's edit would be: one the workbook refuses (a sheet's
 * last row deleted, a name's target gone) changes nothing and is passed over; any other error fails.
 */
export function applyUnlessRefused(doc: Y.Doc, op: WorkbookOperation, origin?: unknown): void {
  try {
    applyOperation(doc, op, origin);
  } catch (error) {
    if (!(error instanceof WorkbookOperationError)) throw error;
  }
}
