/**
 * `npm run --silent import -- IN.xlsx OUT.json`: converts an .xlsx (from Excel, LibreOffice or
 * Fremskriv) — or a .csv — to a fremskriv.workbook v1 file, without a server. Functions Fremskriv
 * cannot compute are listed on stderr as warnings (exit code 0). Bad input (unreadable, not a
 * workbook, hostile, beyond the limits): one line on stderr, exit code 2.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { WorkbookFileError } from '../../models/format/workbookFile.js';
import { importCsv } from '../../models/interchange/csvImport.js';
import { checkedFileKind } from '../../models/interchange/fileKind.js';
import { importedWorkbookFile, type ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { InterchangeError, MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';
import type { UnsupportedKind } from '../../models/interchange/unsupportedFunctions.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';

/** How the warning names each kind of finding (the function's wording is the one scripts already read). */
const UNSUPPORTED: Record<UnsupportedKind, string> = {
  function: 'Fremskriv cannot compute',
  name: 'Fremskriv does not know the name',
  syntax: 'Fremskriv cannot read the formula',
};

const USAGE = 'usage: npm run --silent import -- IN.xlsx OUT.json';

function fail(message: string): never {
  process.stderr.write(`import: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function readInput(path: string): Uint8Array {
  try {
    // The size is checked before the file is read, so a huge file is never loaded.
    if (statSync(path).size > MAX_IMPORT_FILE_BYTES) fail(`${path}: the file is larger than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MiB`);
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.length !== 2) fail(USAGE);
  const [input, output] = argv as [string, string];
  const bytes = readInput(input);
  const fileName = basename(input);
  let imported: ImportedWorkbook;
  let json: string;
  try {
    const kind = checkedFileKind(bytes, fileName);
    imported = kind === 'xlsx' ? await importXlsx(bytes, { fileName }) : importCsv(bytes, { fileName });
    json = `${JSON.stringify(importedWorkbookFile(imported), null, 2)}\n`;
  } catch (error) {
    if (error instanceof InterchangeError || error instanceof WorkbookFileError) fail(`${input}: ${error.message}`);
    throw error;
  }
  try {
    writeFileSync(output, json);
  } catch (error) {
    fail(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const { function: name, kind, sheet, cell } of imported.unsupported.found) {
    process.stderr.write(`import: warning: ${UNSUPPORTED[kind]} ${name} (${sheet}!${cell})\n`);
  }
  const unlisted = imported.unsupported.count - imported.unsupported.found.length;
  if (unlisted > 0) process.stderr.write(`import: warning: ${unlisted} more uses of functions, names or formulas Fremskriv cannot compute\n`);
  for (const warning of imported.warnings) process.stderr.write(`import: warning: ${warning.message}\n`);
}

await main(process.argv.slice(2));
