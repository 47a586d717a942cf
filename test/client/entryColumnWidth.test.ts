import { describe, expect, it } from 'vitest';
import { widenedForEntry } from '../../client/src/grid/entryColumnWidth.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { COLUMN_WIDTH } from '../../models/workbook/sheetLayout.js';

// 7 px a character: "05-12-2026 14:30" (16 characters) needs 112 px + the cell's inset, more than the standard 96.
const measure = (text: string): number => text.length * 7;
const dateTime = { value: 46361 + 14.5 / 24, format: 'dateTime' } as const;

function withSheet(test: (doc: ReturnType<typeof documentFromFile>, sheetId: string) => void, columnWidths?: Record<string, number>): void {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Bredde', locale: 'da-DK', sheets: [{ name: 'Ark', cells: {}, ...(columnWidths ? { columnWidths } : {}) }] });
  try {
    test(doc, workbookGrid(doc).listSheets()[0]!.id);
  } finally {
    doc.destroy();
  }
}

describe('a typed date or time too wide for its column widens a standard column, as Excel does', () => {
  it('a date with a time in a standard column widens it to fit', () => {
    withSheet((doc, sheetId) => {
      const op = widenedForEntry(doc, sheetId, 3, dateTime, 'da-DK', measure);
      expect(op).toEqual({ type: 'setColumnWidth', sheetId, col: 3, width: 16 * 7 + 13 });
      expect(16 * 7 + 13).toBeGreaterThan(COLUMN_WIDTH);
    });
  });

  it('what fits, a column whose width was set, column A and a percent leave the width alone', () => {
    withSheet((doc, sheetId) => {
      expect(widenedForEntry(doc, sheetId, 3, { value: 14.5 / 24, format: 'time12' }, 'da-DK', measure)).toBeNull();
      expect(widenedForEntry(doc, sheetId, 0, dateTime, 'da-DK', measure)).toBeNull();
      expect(widenedForEntry(doc, sheetId, 3, { value: 123456789, format: 'percent' }, 'da-DK', measure)).toBeNull();
    });
    withSheet((doc, sheetId) => expect(widenedForEntry(doc, sheetId, 3, dateTime, 'da-DK', measure)).toBeNull(), { D: 60 });
  });
});
