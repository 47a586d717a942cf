/**
 * A workspace made from the template before the twenty-second session keeps MM5's actual months
 * typed on Fremskrivning row 8 (2022-07 … 2022-12), so next month's figure had to be typed over
 * its formula. Where it is safe, MM5 gets the template's layout, as one change: the sheet
 * "Jobindsats MM5" seeded with exactly the figures typed in E8:J8, row 8 reading it month by
 * month, row 2 naming the indicators with a figure, MM5's newest actual month
 * (`Forudsætninger!A8:D8`) and `Fremskrivning!D8` saying it:
 *
 * - E8:J8 hold exactly the template's typed figures (9720 … 9540) and K8:AT8 exactly its
 *   projection (`=J8+$B8-$C8*J8`, …): a planner's own figure or formula is left alone;
 * - row 1 holds the template's months and row 2 exactly the nineteenth session's status formulas
 *   (LM2 only), and D8 the template's text;
 * - `Forudsætninger!A8:D8` are empty and there is no sheet "Jobindsats MM5";
 * - no scenario overrides a cell the upgrade writes.
 *
 * The new sheet holds the figures row 8 held, so every value and verdict stays as it was (as
 * actualMonthUpgrade.ts's conditions keep them). Once made, row 8 holds formulas and the sheet
 * exists, so the check never matches again.
 *
 * @example if (upgradeMm5Actuals(doc, origin)) logEvent('workspace.template.mm5Actuals', …)
 */
import type * as Y from 'yjs';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type CellEdit, type WorkbookOperation } from '../operations/workbookOperation.js';
import { columnLabel, parseCellAddress } from '../workbook/cellAddress.js';
import { newIdentity } from '../workbook/identities.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { beskaeftigelsesplanTemplate } from './templates.js';
import { applyUpgrade, scenarioOverrides, templateCellEdits, typedSheetIds, type TypedCells } from './typedTemplateCells.js';

const SETTINGS = 'Forudsætninger';
const PROJECTION = 'Fremskrivning';
export const MM5_ACTUALS_SHEET = 'Jobindsats MM5';

/** Fremskrivning's month columns, E (2022-07) to AT (2025-12), 0-based. */
const FIRST_MONTH_COL = 4;
const MONTHS = 42;
const monthColumns = Array.from({ length: MONTHS }, (_, i) => columnLabel(FIRST_MONTH_COL + i));

function monthLabel(i: number): string {
  const m = 6 + i;
  return `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** What the template held before MM5 read its sheet (models/templates/beskaeftigelsesplan-2023.json at 70364f1). */
export const TYPED_MM5: TypedCells = {
  [SETTINGS]: { A8: null, B8: null, C8: null, D8: null },
  [PROJECTION]: {
    D8: 'Bestand: næste = nu + tilgang − afgangsrate × nu. Faktiske tal illustrative',
    ...Object.fromEntries(monthColumns.map((c, i) => [`${c}1`, monthLabel(i)])),
    ...Object.fromEntries(
      monthColumns.map((c) => {
        const lm2 = `ISNUMBER(INDEX(Jobindsats!$B$2:$CZ$99,MATCH("Roskilde",Jobindsats!$A$2:$A$99,0),MATCH(${c}$1,Jobindsats!$B$1:$CZ$1,0)))`;
        return [`${c}2`, `=IF(${lm2},IF(${c}$1<="2022-12","Faktisk","Faktisk (LM2)"),IF(${c}$1<="2022-12","Delvis faktisk (LM2 fremskrevet)","Fremskrevet"))`];
      }),
    ),
    ...Object.fromEntries([9720, 9690, 9650, 9610, 9570, 9540].map((figure, i) => [`${monthColumns[i]!}8`, figure])),
    ...Object.fromEntries(monthColumns.slice(6).map((c, i) => [`${c}8`, `=${monthColumns[5 + i]!}8+$B8-$C8*${monthColumns[5 + i]!}8`])),
  },
};

/** The edits that give a workspace the template's MM5 layout, or null where that is not safe. */
export function mm5ActualsUpgrade(doc: Y.Doc): WorkbookOperation[] | null {
  const grid = workbookGrid(doc);
  if (grid.sheetIdByName(MM5_ACTUALS_SHEET) !== undefined) return null;
  const ids = typedSheetIds(doc, TYPED_MM5);
  if (!ids) return null;
  const template = beskaeftigelsesplanTemplate();
  const { sheets, written } = templateCellEdits(template, TYPED_MM5);
  if (scenarioOverrides(doc, written)) return null;

  const ops: WorkbookOperation[] = sheets.map(({ sheet, cells }) => ({ type: 'setCells', sheetId: ids.get(sheet)!, cells }));
  const b8 = parseCellAddress('B8')!;
  ops.push({ type: 'setFormat', sheetId: ids.get(SETTINGS)!, row: b8.row, col: b8.col, format: 'text' });
  const sheetId = newIdentity(doc);
  const after = grid.listSheets().findIndex((s) => s.name === 'Jobindsats');
  const seededCells = template.sheets.find((s) => s.name === MM5_ACTUALS_SHEET)!.cells;
  const seeded: CellEdit[] = Object.entries(seededCells).map(([address, input]) => ({ ...parseCellAddress(address)!, input }));
  ops.unshift(
    { type: 'addSheet', sheetId, name: MM5_ACTUALS_SHEET, rows: NEW_SHEET_ROWS, cols: NEW_SHEET_COLUMNS, ...(after >= 0 ? { index: after + 1 } : {}) },
    { type: 'setCells', sheetId, cells: seeded },
  );
  return ops;
}

/** Performs mm5ActualsUpgrade as one change; whether it did. */
export function upgradeMm5Actuals(doc: Y.Doc, origin: unknown = null): boolean {
  return applyUpgrade(doc, mm5ActualsUpgrade(doc), origin);
}
