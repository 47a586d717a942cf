/** The workspace a file makes, as the v1 file Fremskriv serves for it (what a round trip must give back). */
import { exportWorkbookFile } from '../../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { documentFromFile } from '../../../models/templates/templates.js';

export function normalised(file: WorkbookFile): WorkbookFile {
  const doc = documentFromFile(file);
  try {
    return exportWorkbookFile(doc);
  } finally {
    doc.destroy();
  }
}
