/**
 * `npm run --silent jobindsats -- DATA(.json|.csv|.xlsx) IN.json OUT.json --measure NAME
 *     [--filter 'DIMENSION=VALUE']... [--rows DIMENSION] [--sheet NAME] [--scenario NAME] [--replace]`
 *
 * Writes OUT.json: IN.json with the sheet NAME (default "Jobindsats") created, or the measure's
 * figures merged into it (months and rows the data does not have are kept; `--replace`: the sheet
 * becomes the data's table), one row per value of the rows' dimension (default the area) and one column per
 * period (models/actuals/). Prints on stdout what the import dialog previews, in the REST dry
 * run's words: `{ sheet, scenario, warnings, goalsMoved }` (the rows that are totals or jump, and
 * the goals the figures move under the scenario, default the first). Data that is not a Jobindsats
 * table, a wrong-key answer, an unknown measure, dimension, filter value or scenario: one line on
 * stderr saying which (with the names that exist), exit code 2, OUT.json not written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { pivotActuals, type ActualsPivot, type PivotChoice } from '../../models/actuals/actualsPivot.js';
import { mergeRefusal, type ActualsMode } from '../../models/actuals/actualsMerge.js';
import { DEFAULT_ACTUALS_SHEET, fileSheetFigures, withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { actualsWarnings, type ActualsWarning } from '../../models/actuals/actualsWarnings.js';
import { AnalysisRequestError, findScenario } from '../../models/analysis/analysisRequest.js';
import { goalsMovedBetween, type GoalMoved } from '../../models/analysis/goalsMoved.js';
import { readJobindsatsFile } from '../../models/actuals/jobindsatsReaders.js';
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';
import { parseWorkbookJson, WorkbookFileError, type WorkbookFile } from '../../models/format/workbookFile.js';
import { InterchangeError, MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';
import { openWorkbookFile, upgradedWorkbookFile } from '../../models/templates/workbookUpgrade.js';
import { sameSheetName, sheetNameProblem } from '../../models/workbook/sheetNames.js';

const USAGE = "usage: npm run --silent jobindsats -- DATA(.json|.csv|.xlsx) IN.json OUT.json --measure NAME [--filter 'DIMENSION=VALUE']... [--rows DIMENSION] [--sheet NAME] [--scenario NAME] [--replace]";

function fail(message: string): never {
  process.stderr.write(`jobindsats: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function readInput(path: string, limit: number): Uint8Array {
  try {
    if (statSync(path).size > limit) fail(`${path}: the file is larger than ${limit / (1024 * 1024)} MiB`);
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

interface Arguments {
  data: string;
  input: string;
  output: string;
  sheet: string;
  choice: PivotChoice;
  scenario: string | undefined;
  mode: ActualsMode;
}

/** What the import dialog's preview shows, as a dry run of `POST …/actuals` answers it. */
interface ImportPreview {
  sheet: string;
  scenario: string;
  warnings: ActualsWarning[];
  goalsMoved: GoalMoved[];
}

/**
 * The warnings for writing `pivot` into IN.json's sheet, and the goals moved judged on IN.json and
 * on OUT.json each opened fresh (what a planner opening OUT.json sees, also for a formula that
 * named the sheet before the import created it), brought up to date as the server opens them.
 */
function previewOf(input: WorkbookFile, output: WorkbookFile, pivot: ActualsPivot, args: Arguments): ImportPreview {
  const before = openWorkbookFile(input);
  const after = openWorkbookFile(output);
  try {
    const scenario = findScenario(before, args.scenario);
    return {
      sheet: args.sheet,
      scenario: scenario.name,
      warnings: actualsWarnings(before, args.sheet, pivot),
      goalsMoved: goalsMovedBetween(before, scenario, after, findScenario(after, scenario.name)),
    };
  } finally {
    before.destroy();
    after.destroy();
  }
}

function readArguments(argv: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        measure: { type: 'string' },
        filter: { type: 'string', multiple: true },
        rows: { type: 'string' },
        sheet: { type: 'string' },
        scenario: { type: 'string' },
        replace: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 3) fail(USAGE);
  if (values.measure === undefined) fail(`--measure is required; ${USAGE}`);
  const filters: Record<string, string> = {};
  for (const filter of values.filter ?? []) {
    const at = filter.indexOf('=');
    if (at <= 0) fail(`--filter '${filter}' is not DIMENSION=VALUE`);
    const dimension = filter.slice(0, at).trim();
    if (Object.hasOwn(filters, dimension)) fail(`--filter names ${dimension} twice`);
    filters[dimension] = filter.slice(at + 1).trim();
  }
  const sheet = values.sheet ?? DEFAULT_ACTUALS_SHEET;
  if (sheetNameProblem(sheet) !== null) fail(`--sheet "${sheet}" is not an allowed sheet name (${sheetNameProblem(sheet)})`);
  const [data, input, output] = positionals as [string, string, string];
  const choice: PivotChoice = { measure: values.measure, filters };
  if (values.rows !== undefined) choice.rows = values.rows;
  return { data, input, output, sheet, choice, scenario: values.scenario, mode: values.replace === true ? 'replace' : 'merge' };
}

async function main(argv: string[]): Promise<void> {
  const args = readArguments(argv);
  const data = readInput(args.data, MAX_IMPORT_FILE_BYTES);
  const workbookText = new TextDecoder().decode(readInput(args.input, 256 * 1024 * 1024));
  let json: string;
  let preview: ImportPreview;
  try {
    // Brought up to date as the server loads a workspace (workbookUpgrade.ts): a file from the
    // template before the nineteenth session gets the newest-actual-month formulas, so the month
    // imported here moves Forudsætninger!B4 and Fremskrivning!D2 in OUT.json.
    const workbook = upgradedWorkbookFile(parseWorkbookJson(workbookText));
    const table = await readJobindsatsFile(data, basename(args.data));
    const pivot = pivotActuals(table, args.choice);
    const sheet = workbook.sheets.find((s) => sameSheetName(s.name, args.sheet));
    const refusal = args.mode === 'merge' && sheet ? mergeRefusal(args.sheet, fileSheetFigures(sheet), pivot, args.choice.filters ?? {}, null) : null;
    if (refusal !== null) fail(refusal.replace('send mode "replace"', 'add --replace'));
    const written = withActualsSheet(workbook, pivot, args.sheet, args.mode);
    json = `${JSON.stringify(written, null, 2)}\n`;
    preview = previewOf(workbook, written, pivot, args);
  } catch (error) {
    if (error instanceof WorkbookFileError) fail(`${args.input}: ${error.message}`);
    if (error instanceof JobindsatsError || error instanceof InterchangeError) fail(`${args.data}: ${error.message}`);
    if (error instanceof AnalysisRequestError) fail(error.message);
    throw error;
  }
  try {
    writeFileSync(args.output, json);
  } catch (error) {
    fail(`cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  process.stdout.write(`${JSON.stringify(preview, null, 2)}\n`);
}

await main(process.argv.slice(2));
