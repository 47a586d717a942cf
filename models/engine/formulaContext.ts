/**
 * What the engine's functions may know of the workbook beyond its cells: its locale, which
 * decides how TEXT reads format codes (Danish Excel's "0,0%" and "åååå" in a da-DK workbook).
 * Carried by HyperFormula's config `context`, the documented place for a function plugin's data.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';

export interface FormulaContext {
  locale: WorkbookLocale;
}

/** English unless the engine was built for a Danish workbook (tests and tools build plain engines). */
export function engineLocale(context: unknown): WorkbookLocale {
  return typeof context === 'object' && context !== null && (context as Partial<FormulaContext>).locale === 'da-DK' ? 'da-DK' : 'en-GB';
}
