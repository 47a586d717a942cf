/**
 * What the name box does with what a planner typed that is no cell address, as Excel's does: a
 * defined name that stands for cells selects them (on their sheet); a new name names the current
 * selection (`=Data!$B$2:$B$4`, an undoable edit every colleague receives). A name that stands for
 * a value or formula, or text that can be no name, is told in a notice.
 */
import { definedNameProblem, nameKey, readDefinedNames } from '../../../models/workbook/definedNames.js';
import { definedNameTarget, selectionNameFormula } from '../../../models/workbook/nameTargets.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { clampPosition } from './selection.js';

export function nameBoxEntry(session: WorkbookSession, sheetId: string, text: string): void {
  const name = text.trim();
  const target = definedNameTarget(session.doc, name);
  if (target) {
    const grid = workbookGrid(session.doc);
    const bounds = { rows: grid.rowIds(target.sheetId).length, cols: grid.colIds(target.sheetId).length };
    session.showSheet(target.sheetId);
    session.selection.set({ active: clampPosition(target.start, bounds), corner: clampPosition(target.end, bounds) });
    return;
  }
  if (readDefinedNames(session.doc).some((n) => nameKey(n.name) === nameKey(name))) {
    session.tell('nameBox.notCells', { name });
    return;
  }
  if (definedNameProblem(name) !== null) {
    session.tell('nameBox.invalid', { name });
    return;
  }
  const sheetName = workbookGrid(session.doc).sheetName(sheetId);
  if (sheetName === undefined) return;
  const { active, corner } = session.selection.get();
  if (session.apply({ type: 'defineName', name, formula: selectionNameFormula(sheetName, active, corner) })) session.tell('nameBox.defined', { name });
}
