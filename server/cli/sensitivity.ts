/**
 * `npm run --silent sensitivity -- FILE.json [--scenario NAME] [--step 0.1]`
 *
 * Prints one JSON object: every goal's margin with each assumption moved down and up by the step
 * (models/analysis/sensitivity.ts): `{ scenario, step, goals: [ { id, margin, inputs: [ { input,
 * value, low, high, marginLow, marginHigh } ] } ] }`. Bad arguments: one line on stderr, exit 2.
 */
import { parseArgs } from 'node:util';
import { AnalysisRequestError, findScenario, parseStep } from '../../models/analysis/analysisRequest.js';
import { sensitivity } from '../../models/analysis/sensitivity.js';
import { readWorkbookArgument } from './workbookArgument.js';

const USAGE = 'usage: npm run --silent sensitivity -- FILE.json [--scenario NAME] [--step 0.1]';

function fail(message: string): never {
  process.stderr.write(`sensitivity: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' }, step: { type: 'string' } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(USAGE);
  const doc = readWorkbookArgument(positionals[0]!, fail);
  try {
    const report = sensitivity(doc, findScenario(doc, values.scenario), parseStep(values.step));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    if (error instanceof AnalysisRequestError) fail(error.message);
    throw error;
  } finally {
    doc.destroy();
  }
}

main(process.argv.slice(2));
