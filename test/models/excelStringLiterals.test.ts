/**
 * Text in quotes as Excel writes it: a quote inside is two quotes, a backslash is itself
 * (https://support.microsoft.com/office/text-function-20d5ac4d-7b94-49fd-bb38-93d29371225c writes
 * `=TEXT(A1,"$#,##0.00")`; a literal text in a format code is quoted inside the quoted argument).
 * HyperFormula read both differently and showed #ERROR! (models/engine/excelStringLiterals.ts);
 * LibreOffice 7.4 computes the same formulas alike (plannerFormulasLibreOffice.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { engineStringLiterals } from '../../models/engine/excelStringLiterals.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { inputAt, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

const DATA = { A1: 1000, A2: 'Bo', A3: 'Han sagde "ja"', A4: 'C:\\data' };

describe('quoted text with quotes and backslashes computes as in Excel', () => {
  it.each([
    ['=TEXT(A1,"0 ""kr.""")', '1000 kr.', 'a literal text inside a format code'],
    ['=LEN("""")', 1, 'two quotes are one quote'],
    ['="Han sagde ""ja"""', 'Han sagde "ja"', 'quotes around a word'],
    ['=A3="Han sagde ""ja"""', true, 'compared with a cell holding quotes'],
    ['=SUBSTITUTE(A3,"""","")', 'Han sagde ja', 'a quote as SUBSTITUTE’s old text'],
    ['=COUNTIF(A2:A3,"*""*")', 1, 'a quote in a wildcard criterion'],
    ['="C:\\"&A2', 'C:\\Bo', 'a backslash before the closing quote'],
    ['=A4="C:\\data"', true, 'a backslash inside the text'],
    ['=FIND("\\",A4)', 3, 'a backslash on its own'],
    ['=IF(A2="","",A2&"!")', 'Bo!', 'empty texts stay as they are'],
  ])('%s is %j (%s)', (formula, expected, _why) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, B1: formula } }));
    expect(plain(open.value(doc, 'Ark!B1'))).toEqual(expected);
  });

  it('a defined name’s formula with quoted quotes computes too', () => {
    const doc = open.document({ ...workbookFile({ Ark: { A1: 1000, B1: '=TEXT(A1,Format)' } }), names: [{ name: 'Format', formula: '="0 ""kr."""' }] });
    expect(plain(open.value(doc, 'Ark!B1'))).toBe('1000 kr.');
  });

  it('only the engine’s text changes: the quoted sheet names and plain texts are kept', () => {
    expect(engineStringLiterals("='Bo''s ark'!A1&\"x\"")).toBe("='Bo''s ark'!A1&\"x\"");
    expect(engineStringLiterals('=LEN("a""b")')).toBe('=LEN(("a"&CHAR(34)&"b"))');
  });

  it('the .xlsx keeps the planner’s formula and an import computes it again', async () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1000, B1: '=TEXT(A1,"0 ""kr.""")' } }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'quotes.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!B1')).toBe('=TEXT(A1,"0 ""kr.""")');
    expect(plain(open.value(back, 'Ark!B1'))).toBe('1000 kr.');
  });
});
