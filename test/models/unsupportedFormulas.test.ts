/**
 * The import's report of what cannot be computed (issue 11): every formula that would show
 * #NAME? or cannot be parsed is listed by cell, whether for a function, a name or its syntax.
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedFunctionCollector, type UnsupportedKind } from '../../models/interchange/unsupportedFunctions.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';

function findings(formula: string): Array<[string, UnsupportedKind]> {
  const collector = new UnsupportedFunctionCollector();
  collector.add(formula, 'Ark', 'B2');
  return collector.report().found.map((f) => [f.function, f.kind]);
}

describe('the import report of what Fremskriv cannot compute', () => {
  it.each<[string, Array<[string, UnsupportedKind]>]>([
    ['=VLOOKUP(A1,A1:B9,2,FALSE)', []],
    ['=IF(TRUE,1,#N/A)+IFERROR(A1,#DIV/0!)', []],
    ['=SUM(Budget!A1:A3)*1.5', []],
    ['=FORECAST.ETS(A1,A1:A2,A1:A2)', [['FORECAST.ETS', 'function']]],
    ['=Budgetramme*2', [['BUDGETRAMME', 'name']]],
    ['=SUM(Tabel1)+FOO(1)', [['FOO', 'function'], ['TABEL1', 'name']]],
    ['=Tabel1[Beløb]*2', [['=Tabel1[Beløb]*2', 'syntax']]],
    ['=A1:A3 B2', [['=A1:A3 B2', 'syntax']]],
    ['=SUM(A1:A3', [['=SUM(A1:A3', 'syntax']]],
    // A sheet's own name read from another sheet computes (LibreOffice 7.4 too); one no sheet defines is a name.
    ["='Kvinders mål'!Lokal*2+Ark2!Lokal", [['LOKAL', 'name']]],
  ])('%s is reported as %j', (formula, expected) => {
    expect(findings(formula)).toEqual(expected);
  });

  it('does not list a sheet-scoped name read after its sheet, which computes', () => {
    const collector = new UnsupportedFunctionCollector(['Lokal']);
    collector.add("='Kvinders mål'!Lokal*2", 'Beregning', 'A1');
    expect(collector.report().found).toEqual([]);
  });

  it('lists an imported workbook’s unknown names by cell, and its logical literals compute', async () => {
    const cells = { A1: 1, A2: 2, B1: '=VLOOKUP(1,A1:A2,1,FALSE)', B2: '=Indbyggertal/1000' };
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'X', locale: 'da-DK', sheets: [{ name: 'Ark', cells }], goals: [], scenarios: [] });
    try {
      const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'x.xlsx' });
      expect(imported.unsupported.found).toEqual([{ function: 'INDBYGGERTAL', kind: 'name', sheet: 'Ark', cell: 'B2' }]);
      expect(imported.unsupported.count).toBe(1);
    } finally {
      doc.destroy();
    }
  });
});
