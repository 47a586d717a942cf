/**
 * Text read as a number in the workbook's locale, wherever Excel turns text into a number: VALUE,
 * `+ - * / ^` on text (`="1,5"+1`), a number argument given text (`=ROUND("2,25";1)`), a
 * criterion (`COUNTIF(A:A;">1,5")`) and NUMBERVALUE without separators. Excel reads such text
 * with the computer's separators ("Text can be in any of the constant number, date, or time
 * formats recognized by Microsoft Excel", VALUE; "If the Decimal_separator and Group_separator
 * arguments are not specified, separators from the current locale are used", NUMBERVALUE), so a
 * Danish planner's Excel reads "1,5" as 1,5, "1.234,5" as 1234,5 and "12,0 %" as 0,12, and a
 * British one "1,234.5" as 1234.5. Fremskriv takes the workbook's locale for the computer's.
 *
 * HyperFormula reads such text with its config's `decimalSeparator`/`thousandSeparator`, but
 * those also decide how a formula's number literals are parsed (and must differ from the argument
 * separator): the formulas the engine sees are canonical English (`=ROUND(A1,2)`, `1.5`), so a
 * Danish config would misread them. Instead each engine's arithmetic helper, the one place its
 * text-to-number coercion goes through, gets a number reader with the workbook locale's
 * separators; the parser and the reading of typed cells keep HyperFormula's.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { substituteHelperField } from './arithmeticHelperFields.js';
import { engineLocale } from './formulaContext.js';
import { mixedFraction } from './fractionText.js';

/** The separators a locale writes numbers with (Windows' defaults for da-DK and en-GB). */
export interface NumberSeparators {
  decimal: string;
  group: string;
}

export const NUMBER_SEPARATORS: Readonly<Record<WorkbookLocale, NumberSeparators>> = {
  'da-DK': { decimal: ',', group: '.' },
  'en-GB': { decimal: '.', group: ',' },
};

/**
 * The currency symbols text may carry before or after its number wherever text becomes a number
 * (`VALUE("1.000 kr.")`, `"kr. 1.000"+0`, `-1.000 kr.`). Excel reads the computer's currency
 * symbol: Microsoft's localized VALUE pages show it, `=TEXTNUM("1 000 kr")` (sv-SE),
 * `=WERT("1.000 €")` (de-DE), `=WARTOŚĆ("1000 zł")` (pl-PL), `=WAARDE("€ 1.000")` (nl-NL), and
 * LibreOffice 7.4 set to da-DK reads "1.000 kr." and "kr. 1.000", set to en-GB "£1,000".
 * Denmark's symbol is "kr." in CLDR (LibreOffice, recent Windows) and "kr" in the Danish
 * Standard's locale and older Windows (.NET's da-DK wrote 100 as "kr100,00"); a planner's Excel
 * reads the one its Windows has, so a Danish workbook reads both. "$" stays read in both locales
 * (HyperFormula's default; Microsoft's Danish and English pages: `=VÆRDI("$1.000")` is 1000).
 * Other currencies ("€" in da-DK) stay text: LibreOffice in da-DK does not read them and nothing
 * documents that Danish Excel does. Longer symbols first: HyperFormula tries them in order.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<WorkbookLocale, readonly string[]>> = {
  'da-DK': ['kr.', 'kr', '$'],
  'en-GB': ['£', '$'],
};

/** HyperFormula's number reader: its class is not exported, its constructor reads only these. */
interface NumberReader {
  numericStringToMaybeNumber(text: string): number | undefined;
}
type NumberReaderClass = new (config: { decimalSeparator: string; thousandSeparator: string }) => NumberReader;

let installed = false;

/**
 * Makes every engine built afterwards read text as numbers in the locale its config's `context`
 * names (English without one), by giving its arithmetic helper a number reader with that
 * locale's separators (arithmeticHelperFields.ts).
 */
export function registerLocaleNumberText(): void {
  if (installed) return;
  installed = true;
  const readers = new Map<WorkbookLocale, NumberReader>();
  substituteHelperField<NumberReader>('numberLiteralsHelper', (given, config) => {
    const locale = engineLocale(config.context);
    let reader = readers.get(locale);
    if (reader === undefined) {
      const { decimal, group } = NUMBER_SEPARATORS[locale];
      const plain = new (given.constructor as NumberReaderClass)({ decimalSeparator: decimal, thousandSeparator: group });
      // "3 1/2" is 3.5 before HyperFormula reads it as a date (fractionText.ts).
      const withFractions: NumberReader = Object.create(plain) as NumberReader;
      withFractions.numericStringToMaybeNumber = (text) => plain.numericStringToMaybeNumber(text) ?? mixedFraction(text);
      reader = withFractions;
      readers.set(locale, reader);
    }
    return reader;
  });
}
