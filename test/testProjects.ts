/**
 * Which Vitest project runs each test file (vite.config.ts reads these lists). `unit` is every
 * test file that is in neither of the other two, so a new file always runs somewhere;
 * test/architecture.test.ts checks that each file belongs to exactly one project, that no entry
 * below is stale, and that no unit test starts a server, a browser, LibreOffice or a process.
 */

/** Every test file. */
export const ALL_TESTS = ['test/**/*.test.ts', 'test/**/*.test.tsx'];

/** Tests that start the real server, a CLI process or LibreOffice. */
export const SERVER_TESTS = [
  'test/server/**/*.test.ts',
  'test/models/evaluateCli.test.ts',
  'test/interchange/cli.test.ts',
  'test/interchange/cliUpgrade.test.ts',
  'test/interchange/cliDuplicateKeys.test.ts',
  'test/interchange/interchangeRest.test.ts',
  'test/interchange/libreOfficeRecalculation.test.ts',
  'test/interchange/dynamicArraysLibreOffice.test.ts',
  'test/interchange/definedNamesLibreOffice.test.ts',
  'test/interchange/planningWorkbookDifferential.test.ts',
  'test/interchange/xlsxImportLibreOffice.test.ts',
  'test/interchange/legacyIntersectionLibreOffice.test.ts',
  'test/interchange/alignmentLibreOffice.test.ts',
  'test/models/excelCompatibilityLibreOffice.test.ts',
  'test/models/plannerFormulasLibreOffice.test.ts',
  'test/models/workbookLocaleLibreOffice.test.ts',
  'test/models/spillingOperands.test.ts',
  'test/models/lookupArrays.test.ts',
  'test/actuals/jobindsatsCli.test.ts',
  'test/actuals/actualsRest.test.ts',
  'test/actuals/actualsMergeRest.test.ts',
  'test/actuals/mm5ActualsRest.test.ts',
  'test/analysis/analysisContracts.test.ts',
];

/** Tests that drive a real Chromium. */
export const BROWSER_TESTS = ['test/e2e/**/*.test.ts', 'test/interchange/goalReportPdf.test.tsx', 'test/interchange/importExportBrowser.test.ts'];
