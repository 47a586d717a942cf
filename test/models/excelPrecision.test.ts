/**
 * Numbers at the edge of Excel's 15 significant digits, exactly as Excel shows them
 * (https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f):
 * a formula whose last operation is a sum or difference of numbers equal in 15 digits is 0
 * ("Example when a value reaches zero"), one where that operation sits inside another keeps the
 * binary remainder, and comparisons read 15 digits (models/engine/excelCloseToZero.ts,
 * excelComparison.ts). The table of excelCompatibility.test.ts compares to 12 decimals, too
 * coarse for 5.55E-17, so these are exact.
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const MS = 'https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f';
const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

describe('a sum that is zero in Excel’s 15 digits', () => {
  it.each([
    ['=0.5-0.4-0.1', 0, `${MS}: corrected to 0`],
    ['=1*(0.5-0.4-0.1)', 0.5 - 0.4 - 0.1, `${MS}: not the last operation, so not corrected`],
    ['=0.1+0.2-0.3', 0, MS],
    ['=B1-B2', 0, `${MS}: a planner's difference of 0.1+0.2 and 0.3`],
    ['=B2-B1', 0, MS],
    ['=-B1+B2', 0, MS],
    ['=(B1-B2)*1', 0.1 + 0.2 - 0.3, `${MS}: inside another operation`],
    ['=10.01-10-0.01', 10.01 - 10 - 0.01, `${MS}: 10.01-10 is 0.00999999999999979 to 15 digits, not 0.01`],
    ['=B1-B1', 0, 'equal doubles'],
    ['=B3-B4', 1.00000000000001 - 1, 'a real difference in the 15th digit stays'],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    // Exact: the binary remainder (5.55E-17) and 0 differ in what the grid shows.
    const doc = open.document(workbookFile({ Ark: { B1: '=0.1+0.2', B2: 0.3, B3: 1.00000000000001, B4: 1, C1: formula } }));
    const value = plain(open.value(doc, 'Ark!C1'));
    expect(value).toBe(expected);
  });

  it('a cell reading such a difference sees 0, as in Excel', () => {
    const doc = open.document(workbookFile({ Ark: { B1: '=0.1+0.2', B2: 0.3, C1: '=B1-B2', D1: '=IF(C1=0,"ingen afvigelse","afvigelse")' } }));
    expect(plain(open.value(doc, 'Ark!D1'))).toBe('ingen afvigelse');
  });
});
