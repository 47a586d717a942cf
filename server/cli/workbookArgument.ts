/**
 * The CLIs' FILE.json argument: read, checked as a v1 workbook and opened as a document brought
 * up to date as the server brings a stored workspace (models/templates/workbookUpgrade.ts).
 */
import { readFileSync } from 'node:fs';
import type * as Y from 'yjs';
import { parseWorkbookJson, WorkbookFileError } from '../../models/format/workbookFile.js';
import { openWorkbookFile } from '../../models/templates/workbookUpgrade.js';

export function readWorkbookArgument(path: string, fail: (message: string) => never): Y.Doc {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return openWorkbookFile(parseWorkbookJson(text));
  } catch (error) {
    if (error instanceof WorkbookFileError) fail(`${path}: ${error.message}`);
    throw error;
  }
}
