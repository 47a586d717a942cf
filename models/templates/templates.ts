/** The built-in workbook templates, as v1 files. */
import * as Y from 'yjs';
import { importWorkbookFile } from '../format/importWorkbookFile.js';
import { parseWorkbookFile, type WorkbookFile } from '../format/workbookFile.js';
import beskaeftigelsesplan2023 from './beskaeftigelsesplan-2023.json' with { type: 'json' };

/** Beskæftigelsesplan 2023 (Roskilde Kommune): the demo workspace and the default for new ones. */
export function beskaeftigelsesplanTemplate(): WorkbookFile {
  return parseWorkbookFile(structuredClone(beskaeftigelsesplan2023));
}

/** A fresh document holding a workbook file (for the CLI, tests and one-off evaluation). */
export function documentFromFile(file: WorkbookFile): Y.Doc {
  const doc = new Y.Doc();
  importWorkbookFile(doc, file);
  return doc;
}
