/**
 * `npm run --silent solve -- FILE.json --goal ID --input 'Sheet!A1' [--scenario NAME] [--min X] [--max Y]`
 *
 * Prints one JSON object: the value the input must take for the goal to be just met at its
 * deadline under the scenario (models/analysis/goalSeek.ts): `{ goal, scenario, input, status,
 * current, required, direction, reachedAt, bestMargin, message }`. Without --scenario, the first
 * scenario. Bad arguments (an unknown goal, scenario or input named): one line on stderr, exit 2.
 */
import { parseArgs } from 'node:util';
import { AnalysisRequestError, findAssumption, findGoal, findScenario, parseNumberOption } from '../../models/analysis/analysisRequest.js';
import { seekGoal } from '../../models/analysis/goalSeek.js';
import { readWorkbookArgument } from './workbookArgument.js';

const USAGE = "usage: npm run --silent solve -- FILE.json --goal ID --input 'Sheet!A1' [--scenario NAME] [--min X] [--max Y]";

function fail(message: string): never {
  process.stderr.write(`solve: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { goal: { type: 'string' }, input: { type: 'string' }, scenario: { type: 'string' }, min: { type: 'string' }, max: { type: 'string' } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || values.goal === undefined || values.input === undefined) fail(USAGE);
  const doc = readWorkbookArgument(positionals[0]!, fail);
  try {
    const goal = findGoal(doc, values.goal);
    const scenario = findScenario(doc, values.scenario);
    const assumption = findAssumption(doc, values.input);
    const min = parseNumberOption('--min', values.min);
    const max = parseNumberOption('--max', values.max);
    if (min !== undefined && max !== undefined && min > max) fail(`--min ${min} is above --max ${max}`);
    const answer = seekGoal(doc, goal, scenario, assumption, { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  } catch (error) {
    if (error instanceof AnalysisRequestError) fail(error.message);
    throw error;
  } finally {
    doc.destroy();
  }
}

main(process.argv.slice(2));
