/**
 * A small plan that uses defined names the ways a spreadsheet expert does: a named assumption on
 * a sheet whose name needs quotes, a named range, a named constant and a named formula, used in
 * sums, products, conditions and lookups.
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
      },
    },
    {
      names: [
        { name: 'Vækst', formula: "='Antagelser 2025'!$B$1" },
        { name: 'Loft', formula: "='Antagelser 2025'!$B$2" },
        { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
        { name: 'Rente', formula: '=0.05' },
        { name: 'Gennemsnit', formula: '=AVERAGE(Data!$B$2:$B$4)' },
      ],
    },
  );
}
