/**
 * What the name box does with what a planner typed that is no cell address, as Excel's does: a
 * defined name that stands for cells selects them (on their sheet; the active sheet's own name
 * before the workbook's of the same spelling, `Ark1!Rente` Ark1's); a new name names the current
 * selection (`=Data!$B$2:$B$4`, an undoable edit every colleague receives), `Ark1!Ny` a new name of
 * Ark1's own (Excel's way to make a sheet's name from the name box). A name that stands for
 * a value or formula, or text that can be no name, is told in a notice.
 */
import { definedNameProblem } from '../../../models/workbook/definedNames.js';
import { nameFormulaTarget, nameTyped, selectionNameFormula, splitTypedName } from '../../../models/workbook/nameTargets.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { clampPosition } from './selection.js';

export function nameBoxEntry(session: WorkbookSession, sheetId: string, text: string): void {
  const name = text.trim();
  const grid = workbookGrid(session.doc);
  const sheetName = grid.sheetName(sheetId);
  const found = nameTyped(session.doc, name, sheetName);
  const target = found ? nameFormulaTarget(session.doc, found.formula) : null;
  if (target) {
    const bounds = { rows: grid.rowIds(target.sheetId).length, cols: grid.colIds(target.sheetId).length };
    session.showSheet(target.sheetId);
    session.selection.set({ active: clampPosition(target.start, bounds), corner: clampPosition(target.end, bounds) });
    return;
  }
  if (found) {
    session.tell('nameBox.notCells', { name });
    return;
  }
  const typed = splitTypedName(session.doc, name);
  if (typed.sheet === null || definedNameProblem(typed.name) !== null) {
    session.tell('nameBox.invalid', { name });
    return;
  }
  if (sheetName === undefined) return;
  const { active, corner, anchor } = session.selection.get();
  const formula = selectionNameFormula(sheetName, anchor ?? active, corner);
  const scope = typed.sheet ? { sheetId: typed.sheet.id } : {};
  if (session.apply({ type: 'defineName', name: typed.name, formula, ...scope })) session.tell('nameBox.defined', { name });
}
