/** Keeping an actuals import's choices with its sheet (actuals/dataLink.ts). */
import { dataLinkSchema, dataLinksMap, type DataLink } from '../actuals/dataLink.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';

export function putDataLink(grid: WorkbookGrid, sheetId: string, link: DataLink): void {
  requireSheet(grid, sheetId);
  const parsed = dataLinkSchema.safeParse(link);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkbookOperationError(`data link: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim(), 'invalid-input');
  }
  // A plain JSON object: the link is replaced whole, never merged field by field.
  dataLinksMap(grid.doc).set(sheetId, parsed.data);
}
