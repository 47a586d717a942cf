/** A sheet whose cells are aligned left, centred and right, one of them merged and one wrapped (cellAlignment.ts): for the .xlsx round trips. */
import type { WorkbookFile } from '../../../models/format/workbookFile.js';

export const ALIGNED: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Justering',
  locale: 'da-DK',
  sheets: [
    {
      name: 'Data',
      cells: { A1: 'Overskrift', A2: 'Tekst', B2: 12, C2: 'Linje 1\nLinje 2', D1: 'Fri' },
      alignment: { A1: 'center', A2: 'right', B2: 'left', C2: 'center' },
      wrapText: ['C2'],
      merges: ['A1:C1'],
    },
  ],
};
