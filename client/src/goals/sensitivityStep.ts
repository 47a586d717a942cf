/**
 * The step the browser's sensitivity uses: ±10 %, the default (DEFAULT_STEP in
 * models/analysis/sensitivity.ts). Its own module so the dashboard can name it without loading
 * the analysis (and with it the engine) on the page.
 */
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatGoalNumber } from '../../../models/format/goalNumbers.js';

export const SENSITIVITY_STEP = 0.1;

/**
 * The step in words for the texts that describe it: `step` the share of an assumption's value it
 * moves ("10,0 %"), `absolute` the amount an assumption at 0 moves instead ("0,10"), which a
 * share of 0 cannot give.
 */
export function stepWords(locale: WorkbookLocale, step: number = SENSITIVITY_STEP): { step: string; absolute: string } {
  return { step: formatGoalNumber(step, 'percent', locale), absolute: formatGoalNumber(step, 'number', locale) };
}
