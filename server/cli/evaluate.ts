/**
 * `npm run --silent evaluate -- FILE [--plan PLAN]`: reads a fremskriv.workbook v1 file and prints
 * every goal under every scenario as one JSON object, with a rank goal's place on the benchmark
 * ranking. With `--plan`, PLAN (a v1 file of the adopted plan as it was saved, e.g. the version's
 * workbook.json) is what each goal's actual months are compared with — the same report
 * `GET …/evaluation` serves with the workspace's adopted version (models/FORMAT.md). A file that
 * cannot be read or is not a valid v1 workbook gets one line on stderr and exit code 2.
 */
import { evaluateWithPlan } from '../../models/evaluation/evaluationWithPlan.js';
import { readPlanArgument } from './planArgument.js';
import { readWorkbookArgument } from './workbookArgument.js';

const USAGE = 'usage: npm run --silent evaluate -- FILE [--plan PLAN]';

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

function parseArguments(argv: readonly string[]): { path: string; planPath: string | null } {
  const rest = [...argv];
  let planPath: string | null = null;
  const at = rest.indexOf('--plan');
  if (at >= 0) {
    planPath = rest[at + 1] ?? fail(`--plan needs a file; ${USAGE}`);
    rest.splice(at, 2);
  }
  const unknown = rest.find((arg) => arg.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}; ${USAGE}`);
  if (rest.length !== 1) fail(USAGE);
  return { path: rest[0]!, planPath };
}

function main(argv: readonly string[]): void {
  const { path, planPath } = parseArguments(argv);
  const doc = readWorkbookArgument(path, fail);
  try {
    const plan = planPath === null ? null : readPlanArgument(planPath, fail);
    const report = evaluateWithPlan(doc, plan);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    // Not the file's fault: one line all the same, and a different exit code.
    process.stderr.write(`evaluate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  } finally {
    doc.destroy();
  }
}

main(process.argv.slice(2));
