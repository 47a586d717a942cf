/**
 * `npm run --silent evaluate -- FILE`: reads a fremskriv.workbook v1 file and prints every goal
 * under every scenario as one JSON object. A file that cannot be read or is not a valid v1
 * workbook gets one line on stderr and exit code 2.
 */
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { readWorkbookArgument } from './workbookArgument.js';

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

function main(argv: readonly string[]): void {
  const path = argv[0];
  if (!path || argv.length > 1) fail('usage: npm run --silent evaluate -- FILE');
  const doc = readWorkbookArgument(path, fail);
  try {
    process.stdout.write(`${JSON.stringify(evaluateWorkbook(doc), null, 2)}\n`);
  } catch (error) {
    // Not the file's fault: one line all the same, and a different exit code.
    process.stderr.write(`evaluate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  } finally {
    doc.destroy();
  }
}

main(process.argv.slice(2));
