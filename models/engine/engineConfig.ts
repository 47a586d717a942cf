/**
 * How Fremskriv configures HyperFormula, in one place.
 * - `licenseKey: 'gpl-v3'`: Fremskriv is GPL-3.0-or-later.
 * - `smartRounding: false`: HyperFormula would otherwise round results to 10 significant digits,
 *   so values would differ from Excel and LibreOffice; we round only for display.
 * - `undoLimit: 0`: undo belongs to Yjs, and HyperFormula's own undo stack makes batches slow.
 * - `useArrayArithmetic: false`: a formula is one value unless the binding gives it inside
 *   ARRAYFORMULA (a typed formula with a range where one value is expected, `=ABS(A1:A3)`, spills
 *   as in Excel 365; a legacy formula from .xlsx holds SINGLE, Excel's `@`: engineFormula.ts);
 *   functions whose arguments Excel reads as arrays say so themselves (SUMPRODUCT, and SUM, MAX,
 *   MATCH … in arrayArguments.ts), so `=SUM(A1:A9*B1:B9)` computes as in Excel 365.
 * - `evaluateNullToZero: true`: a formula whose result is a blank (`=Z1` with Z1 empty,
 *   `=INDEX(B1:B9,3)` on a blank) holds 0, as in Excel: the grid and the .xlsx cached value show 0
 *   and every formula reading that cell sees a number (`AND(E1:F1)` is FALSE, `COUNT` counts it,
 *   `ISBLANK` is FALSE). Inside a formula a blank stays blank (`=Z1&"x"` is "x"). HyperFormula
 *   does this for one value only; a spilled result's blanks are 0 by spilledBlanks.ts.
 *   https://support.microsoft.com/office/display-or-hide-zero-values-3ec7a433-46b8-4916-8c81-b1f0a5ed3f9b
 * - `accentSensitive: true`: Excel ignores case but not accents when it compares text (`="Århus"="Arhus"`
 *   is FALSE, `COUNTIF(A:A,"Arhus")` does not count "Århus"); HyperFormula's default strips them.
 *   Its lookups strip accents whatever this says; lookupWildcards.ts searches text as Excel does.
 *   `<` and `>` order text in the workbook's alphabet (Æ, Ø, Å after Z in da-DK, localeTextOrder.ts).
 * - `leapYear1900` and `nullDate` 31 Dec 1899: dates are numbered as Excel numbers them, from
 *   1 = 1900-01-01 through the fictitious 60 = 1900-02-29 (DATE, DATEVALUE, text read as a date);
 *   HyperFormula's default (day 0 = 30 Dec 1899) agrees with Excel only from 1 March 1900 on.
 *   Fremskriv's own date functions read serials through format/excelDate.ts, the one calendar.
 * - `dateFormats`: text read as a date (`YEAR("2024-03-15")`, `"15-03-2024"+1`): day first as in
 *   Danish and British Excel, and ISO year-month-day, which Excel reads in every locale;
 *   `parseDateTime` reads no date from text with an empty part ("-1.5", dateText.ts).
 *   Text read as a number takes the workbook locale's separators ("1,5" in da-DK), not the
 *   config's `decimalSeparator`, which would also change how formulas parse (localeNumberText.ts),
 *   and its currency symbol (`currencySymbol`, set per engine by `buildEngine`: "1.000 kr.").
 * - `chooseAddressMappingPolicy`: the default (always dense) mapping, built for a sheet whose one
 *   value sits in XFD40000, walked 655 million places and never finished (issue 15). A sheet
 *   filled below 5 % of its extent is built sparse (costs what its cells cost); the others
 *   dense as before (always sparse made the engine fuzz tests about 1.6× slower; the threshold
 *   costs them nothing measurable, models/README.md).
 * - `maxRows`: Excel's 1,048,576, so a formula may name any row Excel has (`=SUM(A1:A1048576)`,
 *   `=A65536`); the grid holds cells in the first 40,000 (cellAddress.ts), the rows past them are
 *   empty, and a range over them is cut to the data like any other (rangeBound.ts). With
 *   HyperFormula's default (40,000) such a reference was an unknown name, `#NAME?`.
 * The engine always speaks canonical English; Danish is a display concern (formula/formulaLocale.ts).
 */
import { DenseSparseChooseBasedOnThreshold, HyperFormula, type ConfigParams } from 'hyperformula';
import { EXCEL_ROWS } from '../workbook/cellAddress.js';
import { enableArrayArguments } from './arrayArguments.js';
import { answerEmptySequences } from './emptySequence.js';
import { answerBlankInputs } from './blankInputs.js';
import { boundResultArrays } from './arrayBound.js';
import { boundElementwiseArithmetic } from './elementwiseBound.js';
import { registerArrayReshapeFunctions } from './arrayReshapeFunctions.js';
import { registerArrayShapeFunctions } from './arrayShapeFunctions.js';
import { registerConditionalAggregates } from './conditionalAggregates.js';
import { registerErrorLiterals } from './errorLiterals.js';
import { registerErrorFunctions } from './errorFunctions.js';
import { registerCellFunction } from './cellFunction.js';
import { registerStepAndInfoFunctions } from './stepAndInfoFunctions.js';
import { registerErrorType } from './errorTypeFunction.js';
import { registerValueType } from './valueTypeFunction.js';
import { registerExcelDateDifference } from './excelDateDifference.js';
import { registerExcelCloseToZero } from './excelCloseToZero.js';
import { registerExcelComparison } from './excelComparison.js';
import { registerExcelDayCounts } from './excelDayCounts.js';
import { registerExcelWorkdays } from './excelWorkdays.js';
import { registerExcelLoanPayments } from './excelLoanPayments.js';
import { registerExcelXirr } from './excelXirr.js';
import { registerExcelCorrelation } from './excelCorrelation.js';
import { registerDistributionFunctions } from './distributionFunctions.js';
import { registerHypothesisTests } from './hypothesisTests.js';
import { registerConvertFunction } from './convertFunction.js';
import { registerDepreciationFunctions } from './depreciationFunctions.js';
import { registerAreasFunction } from './areasFunction.js';
import { registerBondFunctions } from './bondFunctions.js';
import { registerExcelIndex } from './excelIndex.js';
import { registerNameShapes } from './nameShapes.js';
import { registerExcelInt } from './excelIntFunction.js';
import { registerExcelLogical } from './excelLogical.js';
import { registerExcelParity } from './excelParity.js';
import { registerExcelRoman } from './excelRoman.js';
import { registerRadixConversion } from './radixConversion.js';
import { registerExcelChoose } from './excelChoose.js';
import { registerExcelAddress } from './excelAddress.js';
import { registerLegacyStandardNormal } from './legacyStandardNormal.js';
import { registerMatrixFunctions } from './matrixFunctions.js';
import { registerExcelConditions } from './excelConditions.js';
import { registerExcelCountBlank } from './excelCountBlank.js';
import { registerExcelMonths } from './excelMonths.js';
import { registerExcelDateParts } from './excelDateParts.js';
import { registerExcelNumberText } from './excelNumberText.js';
import { registerExcelRounding } from './excelRounding.js';
import { registerExcelSumproduct } from './excelSumproduct.js';
import { registerExcelText } from './excelText.js';
import { registerEmptyTextArithmetic } from './emptyTextArithmetic.js';
import { readNegativeInParentheses } from './negativeInParentheses.js';
import { registerExcelTextPieces } from './excelTextPieces.js';
import { registerSingle } from './implicitIntersection.js';
import { showSpilledBlanksAsZero } from './spilledBlanks.js';
import { spillWithinSheetEdges } from './sheetEdgeSpills.js';
import { copyNamedArrays } from './namedArrays.js';
import { resizeSpillsToResults } from './spillResizing.js';
import { markVolatileSpills } from './volatileSpills.js';
import { registerOffset } from './offsetFunction.js';
import { containFormulaFailures } from './liftedCalls.js';
import { flattenOperatorChains } from './operatorChains.js';
import { engineLocale, type FormulaContext } from './formulaContext.js';
import { CURRENCY_SYMBOLS, registerLocaleNumberText } from './localeNumberText.js';
import { registerLocaleTextOrder } from './localeTextOrder.js';
import { registerLookupWildcards } from './lookupWildcards.js';
import { registerLambdaFunctions } from './lambdaFunctions.js';
import { registerLazyChoices } from './lazyChoices.js';
import { registerLetValues } from './letValues.js';
import { registerLookupFunctions } from './lookupFunctions.js';
import { registerRandomArray } from './randomArray.js';
import { registerRankFunctions } from './rankFunctions.js';
import { registerRegressionFunctions } from './regressionFunctions.js';
import { parseDateText } from './dateText.js';
import { registerStatisticsFunctions } from './statisticsFunctions.js';
import { registerSubtotal } from './subtotalFunction.js';
import { registerTextFunctions } from './textFunctions.js';
import { registerTrendFunctions } from './trendFunctions.js';

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  maxRows: EXCEL_ROWS,
  smartRounding: false,
  undoLimit: 0,
  language: 'enGB',
  useArrayArithmetic: false,
  evaluateNullToZero: true,
  accentSensitive: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY/MM/DD'],
  parseDateTime: parseDateText,
  chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.05),
};

let registered = false;

/** Registers our plugins once per process (safe to call from every engine constructor). */
export function prepareEngine(): void {
  if (registered) return;
  // First: a lifted call's array result and any throw stay in their cell (liftedCalls.ts).
  containFormulaFailures();
  flattenOperatorChains();
  boundElementwiseArithmetic();
  registerRankFunctions();
  registerExcelInt();
  registerConditionalAggregates();
  registerTrendFunctions();
  registerExcelRounding();
  registerExcelIndex();
  registerNameShapes();
  registerExcelLogical();
  registerExcelParity();
  registerExcelRoman();
  registerRadixConversion();
  registerExcelChoose();
  registerExcelAddress();
  registerLegacyStandardNormal();
  registerMatrixFunctions();
  registerExcelConditions();
  registerExcelCountBlank();
  registerExcelMonths();
  registerExcelDateParts();
  registerExcelDateDifference();
  registerExcelDayCounts();
  registerExcelWorkdays();
  registerExcelLoanPayments();
  registerExcelXirr();
  registerExcelCorrelation();
  registerDistributionFunctions();
  registerHypothesisTests();
  registerConvertFunction();
  registerDepreciationFunctions();
  registerAreasFunction();
  registerBondFunctions();
  registerExcelComparison();
  registerExcelCloseToZero();
  registerExcelSumproduct();
  registerLookupWildcards();
  registerExcelNumberText();
  registerLocaleNumberText();
  registerEmptyTextArithmetic();
  readNegativeInParentheses();
  registerLocaleTextOrder();
  registerExcelText();
  registerExcelTextPieces();
  registerLookupFunctions();
  registerStatisticsFunctions();
  registerSubtotal();
  registerRegressionFunctions();
  registerTextFunctions();
  registerArrayShapeFunctions();
  registerArrayReshapeFunctions();
  registerRandomArray();
  registerErrorType();
  registerErrorFunctions();
  registerCellFunction();
  registerStepAndInfoFunctions();
  registerErrorLiterals();
  registerValueType();
  registerLetValues();
  registerLambdaFunctions();
  // After IF, IFS, IFERROR, CHOOSE and SWITCH are registered: their lazy twins take their arguments.
  registerLazyChoices();
  registerSingle();
  registerOffset();
  showSpilledBlanksAsZero();
  resizeSpillsToResults();
  copyNamedArrays();
  spillWithinSheetEdges();
  markVolatileSpills();
  answerEmptySequences();
  answerBlankInputs();
  // After every plugin: bounds the array functions each registers (arrayBound.ts).
  boundResultArrays();
  // Last: it marks whichever implementation of SUM, MATCH, AND … is registered by then.
  enableArrayArguments();
  registered = true;
}

/**
 * Excel's logical literals. HyperFormula knows only the functions TRUE() and FALSE() and reads a
 * bare TRUE as an unknown name (#NAME?), so `=VLOOKUP(x,A1:B9,2,FALSE)`, `=IF(FALSE,1,2)` and an
 * imported workbook full of them failed (issue 11). As workbook-wide names they evaluate to the
 * logical value everywhere a formula can name them, and the formula's text stays Excel's.
 */
export const LOGICAL_LITERALS = [
  { name: 'TRUE', expression: '=TRUE()' },
  { name: 'FALSE', expression: '=FALSE()' },
];

/** An engine for the given sheets; `context` tells the functions the workbook's locale (TEXT's format codes, text read as numbers, its currency symbol). */
export function buildEngine(sheets: Record<string, Array<Array<unknown>>>, context?: FormulaContext): HyperFormula {
  prepareEngine();
  // Text read as a number takes the locale's currency symbol ("1.000 kr.", localeNumberText.ts).
  const currencySymbol = [...CURRENCY_SYMBOLS[engineLocale(context)]];
  const config = context ? { ...ENGINE_CONFIG, context, currencySymbol } : { ...ENGINE_CONFIG, currencySymbol };
  return HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], config, LOGICAL_LITERALS);
}
