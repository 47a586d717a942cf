/**
 * The check that an exported workbook's defined names compute in another spreadsheet program:
 * LibreOffice Calc opens the export with full recalculation forced (support/libreOffice.ts), and
 * every value it computed from formulas using names equals Fremskriv's. Fails (never skips)
 * without LibreOffice. A workbook and a sheet with a name of the same spelling compute alike too,
 * except where LibreOffice departs from Excel: `Ark2!Rente` on a sheet without a Rente of its own
 * is the workbook's Rente in Excel (Microsoft KB Q107197) and Fremskriv, #NAME? in LibreOffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { namedWorkbook } from './support/namedWorkbook.js';
import { workbookFile } from '../support/workbookFixtures.js';
import { storedValues } from './support/rawXlsx.js';
import { fremskrivValues, sameResult, type PlainValue } from './support/xlsxValues.js';

/** The values Fremskriv computes for a workbook, and those LibreOffice computes from its .xlsx export. */
async function computedByBoth(file: WorkbookFile): Promise<{ ours: Map<string, PlainValue>; theirs: Map<string, PlainValue> }> {
  const doc = documentFromFile(file);
  try {
    const ours = fremskrivValues(doc);
    const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    return { ours, theirs: await storedValues(recalculated!) };
  } finally {
    doc.destroy();
  }
}

describe('LibreOffice computes the exported formulas that use defined names as Fremskriv does', () => {
  let ours = new Map<string, PlainValue>();
  let theirs = new Map<string, PlainValue>();

  beforeAll(async () => {
    ({ ours, theirs } = await computedByBoth(namedWorkbook()));
  }, 120_000);

  it.each([...Array.from({ length: 25 }, (_, i) => `A${i + 1}`), 'C1'])('Beregning!%s', (cell) => {
    const key = `Beregning!${cell}`;
    const fremskriv = ours.get(key) ?? null;
    const lo = theirs.get(key) ?? null;
    expect(fremskriv).not.toBeNull();
    expect(sameResult(fremskriv, lo), `Fremskriv ${JSON.stringify(fremskriv)}, LibreOffice ${JSON.stringify(lo)}`).toBe(true);
  });
});

/** Ark1 has a Rente and a Dobbelt of its own; the workbook's Rente is on Ark2; Ark2 and Ark3 have none of their own. */
function scopedWorkbook(): WorkbookFile {
  return workbookFile(
    {
      Ark1: { A1: 0.05, B1: '=Rente*100', B2: '=Ark1!Rente*100', B3: '=Dobbelt', B4: '=Ark2!Rente*100' },
      Ark2: { A1: 0.02, B1: '=Rente*100', B2: '=Ark1!Rente*100', B3: '=Dobbelt', B4: '=Ark1!Dobbelt' },
      Ark3: { B1: '=Rente*100', B2: '=Ark1!Rente*100', B3: '=Ark3!Rente*100' },
    },
    {
      names: [
        { name: 'Rente', formula: '=Ark1!$A$1', sheet: 'Ark1' },
        { name: 'Rente', formula: '=Ark2!$A$1' },
        { name: 'Dobbelt', formula: '=Rente*2', sheet: 'Ark1' },
        { name: 'Dobbelt', formula: '=Rente*3' },
      ],
    },
  );
}

describe("LibreOffice computes a workbook's and a sheet's name of the same spelling as Fremskriv does", () => {
  let ours = new Map<string, PlainValue>();
  let theirs = new Map<string, PlainValue>();

  beforeAll(async () => {
    ({ ours, theirs } = await computedByBoth(scopedWorkbook()));
  }, 120_000);

  it.each(['Ark1!B1', 'Ark1!B2', 'Ark1!B3', 'Ark2!B1', 'Ark2!B2', 'Ark2!B3', 'Ark2!B4', 'Ark3!B1', 'Ark3!B2'])('%s', (key) => {
    const fremskriv = ours.get(key) ?? null;
    expect(fremskriv).not.toBeNull();
    expect(sameResult(fremskriv, theirs.get(key) ?? null), `Fremskriv ${JSON.stringify(fremskriv)}, LibreOffice ${JSON.stringify(theirs.get(key))}`).toBe(true);
  });

  it.each([
    ['Ark1!B4', 2],
    ['Ark3!B3', 2],
  ])("%s, a sheet's name where the sheet has none, is the workbook's (Excel), #NAME? in LibreOffice", (key, excel) => {
    expect(Number(ours.get(key))).toBeCloseTo(excel);
    expect(theirs.get(key)).toEqual({ error: '#NAME?' });
  });
});
