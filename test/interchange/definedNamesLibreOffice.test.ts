/**
 * The check that an exported workbook's defined names compute in another spreadsheet program:
 * LibreOffice Calc opens the export with full recalculation forced (support/libreOffice.ts), and
 * every value it computed from formulas using names equals Fremskriv's. Fails (never skips)
 * without LibreOffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { recalculateInLibreOffice } from './support/libreOffice.js';
import { namedWorkbook } from './support/namedWorkbook.js';
import { storedValues } from './support/rawXlsx.js';
import { fremskrivValues, sameResult, type PlainValue } from './support/xlsxValues.js';

describe('LibreOffice computes the exported formulas that use defined names as Fremskriv does', () => {
  let ours = new Map<string, PlainValue>();
  let theirs = new Map<string, PlainValue>();

  beforeAll(async () => {
    const doc = documentFromFile(namedWorkbook());
    try {
      ours = fremskrivValues(doc);
      const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
      theirs = await storedValues(recalculated!);
    } finally {
      doc.destroy();
    }
  }, 120_000);

  it.each(Array.from({ length: 22 }, (_, i) => `A${i + 1}`))('Beregning!%s', (cell) => {
    const key = `Beregning!${cell}`;
    const fremskriv = ours.get(key) ?? null;
    const lo = theirs.get(key) ?? null;
    expect(fremskriv).not.toBeNull();
    expect(sameResult(fremskriv, lo), `Fremskriv ${JSON.stringify(fremskriv)}, LibreOffice ${JSON.stringify(lo)}`).toBe(true);
  });
});
