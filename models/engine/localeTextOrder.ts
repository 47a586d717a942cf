/**
 * The order `<`, `>`, SORT, COUNTIF's `"<x"` criteria and the lookups that need no exact match
 * (orderedSearch.ts: MATCH 1/-1, VLOOKUP TRUE, XLOOKUP -1/1) give text, in the workbook's alphabet.
 * Excel compares text with the computer's collation; a Danish planner's Excel puts Æ, Ø and Å
 * after Z, in that order, and reads "aa" as "å" (`="Ø"<"Z"` is FALSE, `="Aalborg">"Zealand"`
 * TRUE). Microsoft documents only the English order ("Default sort orders"); the evidence is
 * Excel's sort following the Windows display language (Microsoft Q&A 5161121: Norwegian puts
 * "Haakon" after "Helen") and LibreOffice 7.4, which compares with its locale's collation (in
 * da_DK `="Ø"<"Z"` FALSE, `="aa">"z"` TRUE; in en_US TRUE and FALSE).
 *
 * Only the order of unequal text changes: which texts are equal stays the English rule (case
 * ignored, accents not: `="Århus"="Arhus"` FALSE) in both locales, so `="Aarhus"="Århus"` stays
 * FALSE though Danish collation ranks them alike (Excel's answer there is not documented);
 * such a pair is ordered as in English.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { substituteHelperField, type HelperConfig } from './arithmeticHelperFields.js';
import { engineLocale } from './formulaContext.js';

/** What HyperFormula asks of its collator. */
export interface TextOrder {
  compare(a: string, b: string): number;
}

let danishCollator: Intl.Collator | undefined;

/** Case ignored, accents not, as Excel; Danish order adds its alphabet on top of English equality. */
export function localeTextOrder(locale: WorkbookLocale, english: TextOrder): TextOrder {
  if (locale !== 'da-DK') return english;
  // One collator per process: every Danish engine (and each scenario's) would otherwise build its own.
  const danish = (danishCollator ??= new Intl.Collator('da', { sensitivity: 'accent' }));
  return { compare: (a, b) => (english.compare(a, b) === 0 ? 0 : danish.compare(a, b) || english.compare(a, b)) };
}

let installed = false;

/** Makes every engine built afterwards order text in the alphabet of the locale its config's `context` names. */
export function registerLocaleTextOrder(): void {
  if (installed) return;
  installed = true;
  substituteHelperField<TextOrder>('collator', (given, config: HelperConfig) => localeTextOrder(engineLocale(config.context), given));
}

/** The order an engine's arithmetic helper gives text (for functions comparing text themselves). */
export function helperTextOrder(arithmeticHelper: unknown): TextOrder {
  return (arithmeticHelper as { collator: TextOrder }).collator;
}
