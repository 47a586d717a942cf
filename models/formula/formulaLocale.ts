/**
 * Formulas as planners type and read them in their workspace's locale. The document and the
 * engine keep the canonical form (English function names, `.` decimals, `,` between arguments, as
 * in an .xlsx file); a da-DK workspace shows Danish Excel's form: `=HVIS(A1>0,5;1;0)`.
 * Function names come from HyperFormula's Danish language pack plus our rank functions,
 * conditional aggregates (AVERAGEIFS is ours), trend functions (FORECAST, TREND, …) and the
 * functions of engine/addedFunctionNames.ts (LOOKUP, XMATCH, AGGREGATE, TEXTSPLIT, …).
 * Error literals take Danish Excel's names (`#REF!` ↔ `#REFERENCE!`, `#N/A` ↔ `#I/T`,
 * workbook/errorValueNames.ts), outside string literals only: `="#REF!"` stays text.
 * Array literals (`{1,2;3,4}`) are passed through untranslated. Excel 365's `@` is shown and read
 * for `SINGLE(…)` in both languages (intersectionOperator.ts).
 */
// The language pack alone (a dictionary): translating a formula never loads the engine itself.
import daDK from 'hyperformula/i18n/languages/daDK';
import { ADDED_DANISH_NAMES } from '../engine/addedFunctionNames.js';
import { CONDITIONAL_AGGREGATE_TRANSLATIONS } from '../engine/conditionalAggregateNames.js';
import { RANK_FUNCTION_TRANSLATIONS } from '../engine/rankFunctionNames.js';
import { TREND_FUNCTION_TRANSLATIONS } from '../engine/trendFunctionNames.js';
import { DANISH_ERROR_NAMES } from '../workbook/errorValueNames.js';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { formatReference, splitFormula } from './a1References.js';
import { rewriteFormulaText } from './formulaText.js';
import { EtaPlaces } from './etaNames.js';
import { withIntersectionOperator, withoutIntersectionOperator } from './intersectionOperator.js';

// A number's exponent may follow in the same word (`1.5E3`) or after a sign (`1.5E` `+3`); both
// get the Danish decimal comma (formulaLocale.test.ts found `1.5E3` left with its point).
const NUMBER = /^(\d+\.?\d*|\.\d+)(E\d*)?$/i;
/** The logical values, translated though never called (TRUE ↔ SAND, FALSE ↔ FALSK). */
const LOGICAL = new Set(['TRUE', 'FALSE', 'SAND', 'FALSK']);

/** Canonical English name → Danish Excel name, and back (both upper case). */
function danishDictionary(): { toDanish: Map<string, string>; toCanonical: Map<string, string> } {
  const toDanish = new Map<string, string>();
  const entries: Array<[string, string]> = [
    ...Object.entries(daDK.functions as Record<string, string>),
    ...Object.entries(RANK_FUNCTION_TRANSLATIONS['daDK'] ?? {}),
    ...Object.entries(CONDITIONAL_AGGREGATE_TRANSLATIONS['daDK'] ?? {}),
    ...Object.entries(TREND_FUNCTION_TRANSLATIONS['daDK'] ?? {}),
    ...Object.entries(ADDED_DANISH_NAMES),
    ['TRUE', 'SAND'],
    ['FALSE', 'FALSK'],
  ];
  for (const [canonical, danish] of entries) toDanish.set(canonical.toUpperCase(), danish.toUpperCase());
  const toCanonical = new Map<string, string>();
  for (const [canonical, danish] of toDanish) if (!toCanonical.has(danish)) toCanonical.set(danish, canonical);
  return { toDanish, toCanonical };
}

let dictionary: ReturnType<typeof danishDictionary> | null = null;

type Direction = 'toDanish' | 'toCanonical';

/** Translates the text between references: names, numbers and separators; strings untouched. */
function translateText(text: string, direction: Direction, places: EtaPlaces): string {
  dictionary ??= danishDictionary();
  const names = dictionary[direction];
  let arrayDepth = 0;
  return rewriteFormulaText(text, {
    word(word, beforeParen, next) {
      const translated = names.get(word.toUpperCase());
      // A function given as a LAMBDA (`=BYCOL(A1:C3;MAKS)`), typed in capitals or in lower case
      // (`maks`: Excel reads a function's name in any case): a word in mixed case is a defined
      // name's spelling (`Rente`, `MinFunktion`) and is kept, even when a function shares it.
      const eta = places.word(word, beforeParen, next) && (word === word.toUpperCase() || word === word.toLowerCase());
      // Only a called word is a function, or one given as a LAMBDA; TRUE and FALSE are values. Any other word is a
      // defined name, kept as spelt even when a function shares it (a name `Rente` is no RENTE, Excel's RATE).
      const translates = beforeParen || eta || LOGICAL.has(word.toUpperCase());
      if (translated !== undefined && translates && !NUMBER.test(word)) return translated;
      if (direction === 'toDanish' && arrayDepth === 0 && NUMBER.test(word)) return word.replace('.', ',');
      return word;
    },
    // Inside an array literal too: `{1,#N/A}` is `{1,#I/T}` in Danish Excel.
    error: ({ canonical }) => (direction === 'toDanish' ? (DANISH_ERROR_NAMES.get(canonical) ?? canonical) : canonical),
    char(ch) {
      places.char(ch);
      if (ch === '{') arrayDepth++;
      if (ch === '}') arrayDepth = Math.max(0, arrayDepth - 1);
      if (arrayDepth > 0) return ch;
      if (direction === 'toDanish' && ch === ',') return ';';
      if (direction === 'toCanonical' && ch === ';') return ',';
      if (direction === 'toCanonical' && ch === ',') return '.';
      return ch;
    },
  });
}

function translate(formula: string, direction: Direction): string {
  const places = new EtaPlaces();
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'text' ? translateText(segment.text, direction, places) : formatReference(segment.ref)))
    .join('');
}

/**
 * The function names a planner in `locale` types (Danish Excel's in da-DK), sorted; for the
 * formula editors' suggestions (formulaCompletion.ts). TRUE and FALSE are values, not functions.
 */
export function functionNames(locale: WorkbookLocale): string[] {
  dictionary ??= danishDictionary();
  const names = new Set<string>();
  for (const [canonical, danish] of dictionary.toDanish) {
    if (canonical === 'TRUE' || canonical === 'FALSE' || canonical.startsWith('FREMSKRIV.')) continue;
    names.add(locale === 'da-DK' ? danish : canonical);
  }
  return [...names].sort();
}

/** Canonical formula → how a planner in `locale` reads it (`SINGLE(A1:A3)` as Excel 365's `@A1:A3`). */
export function toDisplayFormula(canonical: string, locale: WorkbookLocale): string {
  return withIntersectionOperator(locale === 'da-DK' ? translate(canonical, 'toDanish') : canonical);
}

/** Which language a typed formula is evidently written in, from its function names and separators. */
interface LanguageEvidence {
  danish: boolean;
  english: boolean;
  /** A Danish error literal (`#I/T`): rewritten even in a formula kept as typed. */
  danishError: boolean;
}

function languageEvidence(formula: string): LanguageEvidence {
  dictionary ??= danishDictionary();
  const { toDanish, toCanonical } = dictionary;
  const evidence: LanguageEvidence = { danish: false, english: false, danishError: false };
  let arrayDepth = 0;
  for (const segment of splitFormula(formula)) {
    if (segment.kind !== 'text') continue;
    rewriteFormulaText(segment.text, {
      word(word, beforeParen) {
        const upper = word.toUpperCase();
        // Names both languages share (SUM, MAX) say nothing; HVIS is only Danish, IF only English.
        if (beforeParen && toCanonical.has(upper) && !toDanish.has(upper)) evidence.danish = true;
        if (beforeParen && toDanish.has(upper) && !toCanonical.has(upper)) evidence.english = true;
        return word;
      },
      error(literal) {
        if (literal.language === 'danish') evidence.danish = evidence.danishError = true;
        if (literal.language === 'english') evidence.english = true;
        return literal.written;
      },
      char(ch) {
        if (ch === '{') arrayDepth++;
        if (ch === '}') arrayDepth = Math.max(0, arrayDepth - 1);
        // Outside an array literal `;` separates arguments only in Danish.
        if (ch === ';' && arrayDepth === 0) evidence.danish = true;
        return ch;
      },
    });
  }
  return evidence;
}

/** A formula kept as typed, but for its error literals: `#I/T` means `#N/A` in either language. */
function canonicalErrors(formula: string): string {
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'text' ? rewriteFormulaText(segment.text, { word: (word) => word, error: ({ canonical }) => canonical }) : formatReference(segment.ref)))
    .join('');
}

/**
 * What a planner typed → the canonical formula. A formula is read in the language of the
 * planner's interface (`locale`), except when it is evidently written in the other one and not at
 * all in this one: `=IF(B2>5,"yes","no")` in a Danish interface is canonical English and is kept
 * as typed, `=HVIS(B2>5;"ja";"nej")` in an English one is Danish and is translated. Translating
 * a formula written in the other language is what broke it (issue 12: `=IF(B2>5,"yes","no")`
 * became `=HVIS(B2>5,"yes"."no")`). A formula that mixes both is read in `locale`.
 *
 * @example fromDisplayFormula('=HVIS(A1>0,5;1;0)', 'da-DK') // '=IF(A1>0.5,1,0)'
 * @example fromDisplayFormula('=IF(A1>0.5,1,0)', 'da-DK') // '=IF(A1>0.5,1,0)'
 */
export function fromDisplayFormula(written: string, locale: WorkbookLocale): string {
  // Excel 365's `@` is SINGLE to the document and the engine, in either language.
  const typed = withoutIntersectionOperator(written);
  const evidence = languageEvidence(typed);
  const danish = locale === 'da-DK' ? !(evidence.english && !evidence.danish) : evidence.danish && !evidence.english;
  if (danish) return translate(typed, 'toCanonical');
  return evidence.danishError ? canonicalErrors(typed) : typed;
}
