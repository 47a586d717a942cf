/**
 * A cell with an Excel number format code shows its number as Excel shows it with that code in
 * the workbook's locale (Microsoft: "Number format codes", "Review guidelines for customizing a
 * number format"); a code Fremskriv cannot use is refused where it enters, and never breaks a cell.
 */
import { describe, expect, it } from 'vitest';
import { cellLook } from '../../models/format/cellLook.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { fitNumberText } from '../../models/format/numberFit.js';
import { parseWorkbookFile } from '../../models/format/workbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { checkOperation } from '../../models/operations/operationChecks.js';
import { MAX_FORMAT_CODE_LENGTH, type FormatCode } from '../../models/workbook/formatCode.js';
import { cellFormatAt } from '../../models/workbook/readCells.js';
import { slotAt } from '../../models/workbook/schemaRules.js';
import { isCellFormat, type CellFormat } from '../../models/workbook/workbookSchema.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A code as a cell carries it, checked as every entry checks it. */
function code(text: string): CellFormat {
  if (!isCellFormat(text)) throw new Error(`not a format: ${text}`);
  return text;
}

describe('a cell with an Excel format code shows what Excel shows', () => {
  it.each([
    ['0%', 0.12, '12%', '12%'],
    ['0.00%', 0.1234, '12,34%', '12.34%'],
    ['#,##0', 1234567.8, '1.234.568', '1,234,568'],
    ['#,##0.0 "kr."', 1234.56, '1.234,6 kr.', '1,234.6 kr.'],
    ['0.0;[Red]-0.0', -3.21, '-3,2', '-3.2'],
    ['0.0;[Red]-0.0', 3.21, '3,2', '3.2'],
    ['0.0;-0.0;"nul"', 0, 'nul', 'nul'],
    ['#,##0;(#,##0)', -1234, '(1.234)', '(1,234)'],
    ['#,##0,,"M"', 1234567890, '1.235M', '1,235M'],
    ['mmm yyyy', 45366, 'mar 2024', 'Mar 2024'],
    ['d. mmmm yyyy', 45366, '15. marts 2024', '15. March 2024'],
    ['0.00E+00', 12345, '1,23E+04', '1.23E+04'],
    ['0.00E+00', -0.000123, '-1,23E-04', '-1.23E-04'],
    ['# ?/?', 1.25, '1 1/4', '1 1/4'],
    ['General', 1234.5, '1.234,5', '1,234.5'],
  ])('%s shows %s as %s in Danish and %s in English', (format, value, danish, english) => {
    expect(formatCellValue(value, code(format), 'da-DK')).toBe(danish);
    expect(formatCellValue(value, code(format), 'en-GB')).toBe(english);
  });

  it("text is shown through the code's text section", () => {
    expect(formatCellValue('Ole', code('0;-0;0;"Navn: "@'), 'da-DK')).toBe('Navn: Ole');
    expect(formatCellValue('Ole', code('0.00'), 'da-DK')).toBe('Ole');
  });

  it('a colour in the code colours the section it stands in ([Red] for negative numbers)', () => {
    expect(cellLook(-3.21, code('0.0;[Red]-0.0'), 'da-DK').colour).toBe('#FF0000');
    expect(cellLook(3.21, code('0.0;[Red]-0.0'), 'da-DK').colour).toBeNull();
    expect(cellLook(5, code('[Blue]0'), 'da-DK').colour).toBe('#0000FF');
    expect(cellLook(5, 'percent', 'da-DK').colour).toBeNull();
  });

  /** A Danish cell's number fitted to `room` px, every character 7 px wide, as the grid fits it. */
  const fittedIn = (value: number, format: CellFormat, room: number): string =>
    fitNumberText(value, format, 'da-DK', room, (text) => text.length * 7, formatCellValue(value, format, 'da-DK'));

  it('a number in a code that does not fit its column shows # across the cell, as in an explicit format', () => {
    expect(fittedIn(1234567, code('#,##0'), 35)).toBe('#####');
    expect(fittedIn(12, code('#,##0'), 35)).toBe('12');
    // General as a code fits as the named General does (numberFit.ts): rounded to the decimals that fit.
    expect(fittedIn(1021.1201234, code('General'), 49)).toBe('1.021,1');
  });

  it("a date code's number outside Excel's dates fills the cell with # (Excel: a negative date)", () => {
    expect(fittedIn(-5, code('yyyy-mm-dd'), 70)).toBe('##########');
  });
});

describe('a format code Fremskriv cannot use is refused where it enters', () => {
  const hostile = ['0'.repeat(MAX_FORMAT_CODE_LENGTH + 1), '[[[[', '0;0;0;0;0', '"unterminated', '0.0\u0000', ''];

  it.each(hostile.map((text) => [text.length > 30 ? `${text.slice(0, 30)}…` : JSON.stringify(text), text]))('setFormat with %s is refused with a reason', (_, text) => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const op = { type: 'setFormat', sheetId: sheetId(doc, 'Data'), row: 0, col: 0, format: text as FormatCode } as const;
    const problem = checkOperation(doc, op);
    expect(problem?.message).toMatch(/format code/);
    expect(() => applyOperation(doc, op)).toThrow(/format code/);
    expect(cellFormatAt(doc, sheetId(doc, 'Data'), 0, 0)).toBeUndefined();
  });

  it('a sound code is stored and read back; a name stays a name', () => {
    const doc = open.document(workbookFile({ Data: { A1: 0.12 } }));
    const data = sheetId(doc, 'Data');
    applyOperation(doc, { type: 'setFormat', sheetId: data, row: 0, col: 0, format: code('0%') });
    expect(cellFormatAt(doc, data, 0, 0)).toBe('0%');
    applyOperation(doc, { type: 'setFormat', sheetId: data, row: 0, col: 0, format: 'percent' });
    expect(cellFormatAt(doc, data, 0, 0)).toBe('percent');
  });

  it("a peer's update may store a sound code in a cell's format, never a hostile one", () => {
    const slot = slotAt('formats', 'r1:c1');
    if (slot?.kind !== 'value') throw new Error('formats holds values');
    expect(slot.accepts('0.0;[Red]-0.0')).toBe(true);
    expect(slot.accepts('percent')).toBe(true);
    for (const text of hostile) expect(slot.accepts(text)).toBe(false);
  });

  it('a file with a code longer than Excel allows is refused, saying why', () => {
    const file = { ...workbookFile({ Data: { A1: 1 } }), sheets: [{ name: 'Data', cells: { A1: 1 }, formats: { A1: '0'.repeat(300) } }] };
    expect(() => parseWorkbookFile(file)).toThrow(/sheets\[0\]\.formats\["A1"\]: the format code is 300 characters long; at most 255 are allowed/);
  });

  it('a file with codes and names reads them both', () => {
    const file = { ...workbookFile({ Data: { A1: 1 } }), sheets: [{ name: 'Data', cells: { A1: 0.12, A2: 0.12 }, formats: { A1: '0%', A2: 'percent' } }] };
    expect(parseWorkbookFile(file).sheets[0]!.formats).toEqual({ A1: '0%', A2: 'percent' });
  });

  it('a garbage format that reached a cell anyway shows the value, never throws', () => {
    const garbage = '[[[[' as FormatCode;
    expect(formatCellValue(1234.5, garbage, 'da-DK')).toBe('1.234,5');
    expect(cellLook(-1, garbage, 'da-DK').colour).toBeNull();
  });
});
