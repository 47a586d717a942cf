/**
 * The cell menu's "Tilladte værdier …": asks for the active cell's smallest and largest allowed
 * value (each may be left empty) and stores them as its bounds (Excel's data validation). Bounds
 * are typed as the cell's values are, so in a percent cell `5` is 5 % (percentEntry.ts).
 */
import i18next from 'i18next';
import { assumptionBounds, type AssumptionBounds } from '../../../models/workbook/assumptionBounds.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { ask } from '../ui/dialogs.js';
import type { GridController } from './GridController.js';
import { numberEditText, typedEntry } from './percentEntry.js';

/** A typed bound → a number, undefined for no bound, or null when the text is not a number. */
export function parseBound(text: string, locale: WorkbookLocale, format: CellFormat | undefined): number | undefined | null {
  if (text.trim() === '') return undefined;
  const { input } = typedEntry(text, locale, format);
  return typeof input === 'number' ? input : null;
}

/** Two typed bounds → bounds to store (null removes them), or 'invalid'. */
export function boundsFromText(min: string, max: string, locale: WorkbookLocale, format: CellFormat | undefined): AssumptionBounds | null | 'invalid' {
  const low = parseBound(min, locale, format);
  const high = parseBound(max, locale, format);
  if (low === null || high === null) return 'invalid';
  if (low !== undefined && high !== undefined && low > high) return 'invalid';
  if (low === undefined && high === undefined) return null;
  return { ...(low !== undefined ? { min: low } : {}), ...(high !== undefined ? { max: high } : {}) };
}

export async function editActiveCellBounds(controller: GridController): Promise<void> {
  const { session, sheetId } = controller;
  const { row, col } = session.selection.get().active;
  const locale = session.locale.get();
  const format = cellFormatAt(session.doc, sheetId, row, col);
  const current = assumptionBounds(session.doc, sheetId, row, col);
  const shown = (n: number | undefined): string => (n === undefined ? '' : numberEditText(n, locale, format));
  const label = i18next.t('safeEdits.bounds.valueLabel');
  const confirmLabel = i18next.t('common.save');
  const min = await ask({ title: i18next.t('safeEdits.bounds.minTitle'), label, initial: shown(current?.min), confirmLabel });
  if (min === null) return;
  const max = await ask({ title: i18next.t('safeEdits.bounds.maxTitle'), label, initial: shown(current?.max), confirmLabel });
  if (max === null) return;
  const bounds = boundsFromText(min, max, locale, format);
  if (bounds === 'invalid') session.tell('safeEdits.bounds.invalid');
  else session.apply({ type: 'setAssumptionBounds', sheetId, row, col, bounds });
  session.focusGrid.set(session.focusGrid.get() + 1);
}
