/** The template as a workspace created before the twenty-second session holds it: MM5's months typed, no sheet "Jobindsats MM5". */
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { MM5_ACTUALS_SHEET, TYPED_MM5 } from '../../models/templates/mm5ActualsUpgrade.js';

/** Changes `file` (the current template) back to MM5's typed months and returns it. */
export function withTypedMm5(file: WorkbookFile): WorkbookFile {
  file.sheets = file.sheets.filter((s) => s.name !== MM5_ACTUALS_SHEET);
  for (const [name, cells] of Object.entries(TYPED_MM5)) {
    const sheet = file.sheets.find((s) => s.name === name)!;
    for (const [address, typed] of Object.entries(cells)) {
      if (typed === null) delete sheet.cells[address];
      else sheet.cells[address] = typed;
    }
  }
  delete file.sheets.find((s) => s.name === 'Forudsætninger')!.formats!.B8;
  return file;
}
