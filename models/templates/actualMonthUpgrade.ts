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
import type { WorkbookOperation } from '../operations/workbookOperation.js';
import { cellInputAt } from '../workbook/readCells.js';
import { beskaeftigelsesplanTemplate } from './templates.js';
import { applyUpgrade, inputAt, scenarioOverrides, templateCellEdits, typedSheetIds } from './typedTemplateCells.js';

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

function readsJobindsats(input: unknown): boolean {
  return typeof input === 'string' && input.startsWith('=') && JOBINDSATS_LAYOUT.every((part) => input.includes(part));
}

/** The edits that bring a workspace to the template's formulas, or null where that is not safe. */
export function actualMonthUpgrade(doc: Y.Doc): WorkbookOperation[] | null {
  const ids = typedSheetIds(doc, TYPED_ACTUAL_MONTH, [ACTUALS]);
  if (!ids) return null;
  const projection = ids.get(PROJECTION)!;
  if (!readsJobindsats(inputAt(doc, projection, 'E12')) || !readsJobindsats(inputAt(doc, projection, 'E2'))) return null;
  const actuals = ids.get(ACTUALS)!;
  const hasRoskilde = Array.from({ length: 98 }, (_, i) => cellInputAt(doc, actuals, i + 1, 0)).some((input) => input === 'Roskilde');
  if (!hasRoskilde) return null;
  if (scenarioOverrides(doc, new Set(['B4', 'D2'].flatMap((address) => [`${SETTINGS}!${address}`, `${PROJECTION}!${address}`])))) return null;
  return templateCellEdits(beskaeftigelsesplanTemplate(), TYPED_ACTUAL_MONTH).sheets.map(({ sheet, cells }) => ({ type: 'setCells', sheetId: ids.get(sheet)!, cells }));
}

/** Performs actualMonthUpgrade as one change; whether it did. */
export function upgradeActualMonthFormulas(doc: Y.Doc, origin: unknown = null): boolean {
  return applyUpgrade(doc, actualMonthUpgrade(doc), origin);
}
