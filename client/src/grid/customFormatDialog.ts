/**
 * The cell menu's "Brugerdefineret …": asks for an Excel number format code (`0%`,
 * `#,##0.0 "kr."`, `0.0;[Red]-0.0`, `mmm yyyy`) and gives it to the selected cells. The code is
 * written as in an English Excel and in the .xlsx file (`.` the decimal point, `,` thousands), and
 * shown in the workbook's locale (models/format/formatCodeText.ts). A code Fremskriv cannot use is
 * refused with a notice, never stored.
 */
import i18next from 'i18next';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import { isCellFormat } from '../../../models/workbook/workbookReader.js';
import { isNamedCellFormat } from '../../../models/workbook/cellFormats.js';
import { ask } from '../ui/dialogs.js';
import type { GridController } from './GridController.js';
import { formatSelection } from './gridCommands.js';

export async function editCustomFormat(controller: GridController): Promise<void> {
  const { session, sheetId } = controller;
  const { row, col } = session.selection.get().active;
  const current = cellFormatAt(session.doc, sheetId, row, col);
  const code = await ask({
    title: i18next.t('format.customTitle'),
    message: i18next.t('format.customHint'),
    label: i18next.t('format.customLabel'),
    initial: current !== undefined && !isNamedCellFormat(current) ? current : '',
    confirmLabel: i18next.t('common.save'),
  });
  if (code === null) return;
  // A name typed here is a code that spells it ("text" is no Excel code): only codes are offered.
  if (isCellFormat(code) && !isNamedCellFormat(code)) formatSelection(controller, code);
  else session.tell('format.customInvalid');
  session.focusGrid.set(session.focusGrid.get() + 1);
}
