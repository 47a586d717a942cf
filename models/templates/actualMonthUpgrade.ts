/**
 * A workspace made from the template before the nineteenth session keeps a typed newest actual
 * month (`Forudsætninger!B4` "2022-12") and a typed `Fremskrivning!D2`, so importing next month
 * left them saying 2022-12 while LM2 moved on. Where it is safe, they become the template's
 * formulas over the Jobindsats sheet (with A4's and D4's texts that explain them), as one change:
 *
 * - every one of those cells still holds exactly what the template typed (a planner's own edit,
 *   even the same month retyped differently, is left alone);
 * - the workspace reads LM2's months from the Jobindsats sheet in the template's layout
 *   (`Fremskrivning!E12` and `E2` look up the Roskilde row of `Jobindsats!$B$2:$CZ$99` by the
 *   months in `Jobindsats!$B$1:$CZ$1`), and that sheet has a Roskilde row: a workspace from before
 *   the Jobindsats sheet (third session's template) would otherwise read "ingen";
 * - no scenario overrides B4 or D2.
 *
 * Nothing reads B4 but D2, so no goal's value or verdict changes; the month shown is the Jobindsats
 * sheet's newest for Roskilde, which is 2022-12 until a newer month is imported. Once upgraded the
 * cells are formulas, so the check never matches again (no marker needed).
 *
 * @example if (upgradeActualMonthFormulas(doc, origin)) logEvent('workspace.template.actualMonth', …)
 */
import type * as Y from 'yjs';
import { applyOperations } from '../operations/applyOperation.js';
import type { CellEdit, WorkbookOperation } from '../operations/workbookOperation.js';
import { readScenarios } from '../scenarios/scenarioModel.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { cellInputAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { scenariosArray } from '../workbook/workbookSchema.js';
import { beskaeftigelsesplanTemplate } from './templates.js';

const SETTINGS = 'Forudsætninger';
const PROJECTION = 'Fremskrivning';
const ACTUALS = 'Jobindsats';

/** What the template typed before the nineteenth session (models/templates/beskaeftigelsesplan-2023.json at 02b4959). */
export const TYPED_ACTUAL_MONTH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [SETTINGS]: {
    A4: 'Sidste måned med faktiske tal (til orientering; formlerne læser ikke cellen – ret række 2 på Fremskrivning, når der kommer nye tal)',
    B4: '2022-12',
    C4: 'ÅÅÅÅ-MM',
    D4: 'Faktiske tal jul.–dec. 2022 er illustrative (undtagen MM4 juli 2022)',
  },
  [PROJECTION]: {
    D2: 'Faktiske tal til og med 2022-12 (se Forudsætninger!B4)',
  },
};

/** The ranges LM2's months and row 2 read in the template since it read the Jobindsats sheet. */
const JOBINDSATS_LAYOUT = ['Jobindsats!$B$2:$CZ$99', 'Jobindsats!$A$2:$A$99', 'Jobindsats!$B$1:$CZ$1', '"Roskilde"'];

function inputAt(doc: Y.Doc, sheetId: string, address: string): unknown {
  const at = parseCellAddress(address)!;
  return cellInputAt(doc, sheetId, at.row, at.col);
}

function readsJobindsats(input: unknown): boolean {
  return typeof input === 'string' && input.startsWith('=') && JOBINDSATS_LAYOUT.every((part) => input.includes(part));
}

/** The edits that bring a workspace to the template's formulas, or null where that is not safe. */
export function actualMonthUpgrade(doc: Y.Doc): WorkbookOperation[] | null {
  const grid = workbookGrid(doc);
  const ids = new Map([SETTINGS, PROJECTION, ACTUALS].map((name) => [name, grid.sheetIdByName(name)]));
  if ([...ids.values()].some((id) => id === undefined)) return null;
  for (const [sheet, cells] of Object.entries(TYPED_ACTUAL_MONTH)) {
    for (const [address, typed] of Object.entries(cells)) if (inputAt(doc, ids.get(sheet)!, address) !== typed) return null;
  }
  const projection = ids.get(PROJECTION)!;
  if (!readsJobindsats(inputAt(doc, projection, 'E12')) || !readsJobindsats(inputAt(doc, projection, 'E2'))) return null;
  const actuals = ids.get(ACTUALS)!;
  const hasRoskilde = Array.from({ length: 98 }, (_, i) => cellInputAt(doc, actuals, i + 1, 0)).some((input) => input === 'Roskilde');
  if (!hasRoskilde) return null;
  const overridden = new Set(['B4', 'D2'].flatMap((address) => [`${SETTINGS}!${address}`, `${PROJECTION}!${address}`]));
  if (readScenarios(scenariosArray(doc), grid).some((scenario) => Object.keys(scenario.inputs).some((address) => overridden.has(address)))) return null;

  const template = beskaeftigelsesplanTemplate();
  return Object.entries(TYPED_ACTUAL_MONTH).map(([sheet, cells]) => {
    const now = template.sheets.find((s) => s.name === sheet)!.cells;
    const edits: CellEdit[] = Object.keys(cells)
      .filter((address) => now[address] !== cells[address])
      .map((address) => ({ ...parseCellAddress(address)!, input: now[address] ?? null }));
    return { type: 'setCells', sheetId: ids.get(sheet)!, cells: edits };
  });
}

/** Performs actualMonthUpgrade as one change; whether it did. */
export function upgradeActualMonthFormulas(doc: Y.Doc, origin: unknown = null): boolean {
  const ops = actualMonthUpgrade(doc);
  if (!ops) return false;
  doc.transact(() => applyOperations(doc, ops, origin), origin);
  return true;
}
