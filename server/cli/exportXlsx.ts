/**
 * `npm run --silent export -- IN.json OUT.xlsx [--scenario NAME]`: converts a fremskriv.workbook
 * v1 file to .xlsx (formulas with Fremskriv's results cached, goals and scenarios sheets, and the
 * hidden part that `npm run import` reads back). Without a server. Bad input: one line on stderr,
 * exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { WorkbookFileError, parseWorkbookJson } from '../../models/format/workbookFile.js';
import { UnknownScenarioError, exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';

const USAGE = 'usage: npm run --silent export -- IN.json OUT.xlsx [--scenario NAME]';

function fail(message: string): never {
  process.stderr.write(`export: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function parseArguments(argv: readonly string[]): { input: string; output: string; scenario?: string } {
  const positional: string[] = [];
  let scenario: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scenario') {
      scenario = argv[++i];
      if (!scenario) fail(USAGE);
    } else positional.push(argv[i]!);
  }
  if (positional.length !== 2) fail(USAGE);
  return { input: positional[0]!, output: positional[1]!, scenario };
}

async function main(argv: readonly string[]): Promise<void> {
  const { input, output, scenario } = parseArguments(argv);
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let bytes: Uint8Array;
  try {
    const doc = documentFromFile(parseWorkbookJson(text));
    try {
      bytes = await exportWorkbookXlsx(doc, scenario === undefined ? {} : { scenario });
    } finally {
      doc.destroy();
    }
  } catch (error) {
    if (error instanceof WorkbookFileError) fail(`${input}: ${error.message}`);
    if (error instanceof UnknownScenarioError) fail(`${input}: ${error.message}`);
    throw error;
  }
  try {
    writeFileSync(output, bytes);
  } catch (error) {
    fail(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

await main(process.argv.slice(2));
