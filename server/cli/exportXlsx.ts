/**
 * `npm run --silent export -- IN.json OUT.xlsx [--scenario NAME] [--plan PLAN.json]`: converts a
 * fremskriv.workbook v1 file to .xlsx (formulas with Fremskriv's results cached, goals and
 * scenarios sheets, and the hidden part that `npm run import` reads back). With `--plan`, PLAN.json
 * (the adopted plan as it was saved) gives the follow-up sheet ("Opfølgning") the REST export takes
 * from the workspace's adopted version. Without a server. Bad input: one line on stderr, exit code 2.
 */
import { writeFileSync } from 'node:fs';
import { UnknownScenarioError, exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import type { AdoptedPlanSource } from '../../models/evaluation/evaluationWithPlan.js';
import { readPlanArgument } from './planArgument.js';
import { readWorkbookArgument } from './workbookArgument.js';

const USAGE = 'usage: npm run --silent export -- IN.json OUT.xlsx [--scenario NAME] [--plan PLAN.json]';

function fail(message: string): never {
  process.stderr.write(`export: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

interface ExportArguments {
  input: string;
  output: string;
  scenario?: string;
  planPath?: string;
}

function parseArguments(argv: readonly string[]): ExportArguments {
  const positional: string[] = [];
  let scenario: string | undefined;
  let planPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--scenario') {
      scenario = argv[++i];
      if (!scenario) fail(USAGE);
    } else if (arg === '--plan') {
      planPath = argv[++i];
      if (!planPath) fail(`--plan needs a file; ${USAGE}`);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) fail(USAGE);
  return { input: positional[0]!, output: positional[1]!, scenario, planPath };
}

async function main(argv: readonly string[]): Promise<void> {
  const { input, output, scenario, planPath } = parseArguments(argv);
  const doc = readWorkbookArgument(input, fail);
  let bytes: Uint8Array;
  try {
    const adoptedPlan: AdoptedPlanSource | null = planPath === undefined ? null : readPlanArgument(planPath, fail);
    bytes = await exportWorkbookXlsx(doc, { ...(scenario === undefined ? {} : { scenario }), adoptedPlan });
  } catch (error) {
    if (error instanceof UnknownScenarioError) fail(`${input}: ${error.message}`);
    throw error;
  } finally {
    doc.destroy();
  }
  try {
    writeFileSync(output, bytes);
  } catch (error) {
    fail(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

await main(process.argv.slice(2));
