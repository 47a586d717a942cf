/**
 * Excel's point mode, the step both the mouse (GridPointer) and the keys (GridController.pickByKey)
 * take: put a range of the grid's sheet into the formula being typed, where its caret may take a
 * reference, replacing the reference picked last while the caret still sits after it.
 *
 * @example
 *   // '=SUM(' typed in the cell editor, B2:B5 dragged over on the same sheet:
 *   pickIntoFormula(session, sheetId, { row: 1, col: 1 }, { row: 4, col: 1 }); // true, text '=SUM(B2:B5'
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { followPick, pickedAddress } from './crossSheetPointing.js';
import { carriedPick, focusedInput, pickOn } from './interactionState.js';
import { insertReference, referenceSlot } from './referencePicking.js';
import { selectionRange } from './selection.js';

/** Puts the range `anchor`:`corner` of `sheetId` into the formula being typed; false when no reference may go there. */
export function pickIntoFormula(session: WorkbookSession, sheetId: string, anchor: CellPosition, corner: CellPosition): boolean {
  const state = session.interaction.state.get();
  const input = focusedInput(state);
  if (!input) return false;
  const { value, selectionStart, selectionEnd } = input.element;
  const last = pickOn(state, sheetId)?.ref ?? carriedPick(state);
  const slot = referenceSlot(value, selectionStart ?? value.length, selectionEnd ?? value.length, last, session.locale.get());
  if (!slot) return false;
  const range = selectionRange({ active: anchor, corner });
  const { text, picked } = insertReference(value, slot, pickedAddress(session, sheetId, range));
  input.replace(text, picked.end);
  session.interaction.send({ type: 'picked', ref: picked, sheetId, anchor, corner });
  followPick(session, sheetId, { active: anchor, corner });
  return true;
}
