/**
 * A small plan that uses defined names the ways a spreadsheet expert does: a named assumption on
 * a sheet whose name needs quotes, a named range, a named constant and a named formula, used in
 * sums, products, conditions and lookups; names read for their shape (`ROWS`, `COLUMNS`) and
 * names whose formula computes an array (`Dobbelt`), which Excel computes as an array formula, and
 * names reaching a range or array through another name (`Alle`, `AlleDobbelt`), spilled (`=Alle*2`).
 */
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { workbookFile } from '../../support/workbookFixtures.js';

export function namedWorkbook(): WorkbookFile {
  return workbookFile(
    {
      'Antagelser 2025': { A1: 'Vækst', B1: 0.02, A2: 'Loft', B2: 250 },
      Data: { A2: 'jan', A3: 'feb', A4: 'mar', B2: 100, B3: 200, B4: 300 },
      Beregning: {
        A1: '=SUM(Udgifter)',
        A2: '=A1*(1+Vækst)',
        A3: '=Rente*A1',
        A4: '=Gennemsnit-1',
        A5: '=COUNTIF(Udgifter,">"&Loft)',
        A6: '=INDEX(Udgifter,2)',
        A7: '=SUMPRODUCT(Udgifter,Udgifter)',
        A8: '=IF(A1>Loft,"over","under")',
        A9: '=ROWS(Udgifter)',
        A10: '=COLUMNS(Måneder)',
        A11: '=ROWS(Måneder)*COLUMNS(Udgifter)',
        A12: '=MATCH(200,Udgifter,0)',
        A13: '=SUMIF(Udgifter,">150")',
        A14: '=COUNTIF(Måneder,"feb")+SUMIF(Data!$A$2:$A$4,"feb",Udgifter)',
        A15: '=SUM(Dobbelt)',
        A16: '=INDEX(Dobbelt,2)',
        A17: '=ROWS(Dobbelt)',
        A18: '=MAX(Dobbelt)+MIN(Dobbelt)',
        A19: '=SUMPRODUCT(Dobbelt,Udgifter)',
        A20: '=MATCH(400,Dobbelt,0)',
        A21: '=SUM(Store)',
        A22: '=VLOOKUP("mar",Måneder,2,FALSE)',
        A23: '=SUM(AlleDobbelt)',
        A24: '=INDEX(AlleDobbelt,3)',
        A25: '=SUM(Alle)+ROWS(Alle)',
        C1: '=Alle*2',
      },
    },
    {
      names: [
        { name: 'Vækst', formula: "='Antagelser 2025'!$B$1" },
        { name: 'Loft', formula: "='Antagelser 2025'!$B$2" },
        { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
        { name: 'Rente', formula: '=0.05' },
        { name: 'Gennemsnit', formula: '=AVERAGE(Data!$B$2:$B$4)' },
        { name: 'Måneder', formula: '=Data!$A$2:$B$4' },
        { name: 'Dobbelt', formula: '=Data!$B$2:$B$4*2' },
        { name: 'Store', formula: '=IF(Data!$B$2:$B$4>150,Data!$B$2:$B$4,0)' },
        // A range and an array reached only through another name.
        { name: 'Alle', formula: '=Udgifter' },
        { name: 'AlleDobbelt', formula: '=Alle*2' },
      ],
    },
  );
}
