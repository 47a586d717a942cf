import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { zipParts } from './support/zipBuilder.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { randomWorkbookFile } from './support/randomWorkbook.js';
import { sheetFrozenPanes } from '../../models/workbook/frozenPanes.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { loadXlsx, shownValue } from './support/xlsxValues.js';
import { normalised } from './support/normalisedWorkbook.js';

async function roundTrip(file: WorkbookFile): Promise<WorkbookFile> {
  const doc = documentFromFile(file);
  try {
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'export.xlsx' });
    expect(imported.fromFremskriv).toBe(true);
    expect(imported.unsupported.count).toBe(0);
    return normalised(importedWorkbookFile(imported));
  } finally {
    doc.destroy();
  }
}

describe('v1 → xlsx → v1', () => {
  it('gives back the Beskæftigelsesplan template unchanged: sheets, cells, formats, goals and scenarios', async () => {
    const template = beskaeftigelsesplanTemplate();
    expect(await roundTrip(template)).toEqual(normalised(template));
  });

  it('keeps a line break typed with Alt+Enter inside its cell', async () => {
    const file: WorkbookFile = { format: 'fremskriv.workbook', version: 1, title: 'Linjer', locale: 'da-DK', sheets: [{ name: 'Data', cells: { A1: 'Linje 1\nLinje 2', A2: 'Linje 1\n\nLinje 3' } }] };
    expect((await roundTrip(file)).sheets[0]!.cells).toEqual({ A1: 'Linje 1\nLinje 2', A2: 'Linje 1\n\nLinje 3' });
  });

  it('keeps assumption bounds as Excel data validation and column widths', async () => {
    const template = beskaeftigelsesplanTemplate();
    const [first, ...rest] = template.sheets;
    const file: WorkbookFile = {
      ...template,
      sheets: [{ ...first!, validations: { C16: { min: 0, max: 1 }, B5: { min: 0.5 }, B7: { max: 1 } }, columnWidths: { A: 320, C: 96 } }, ...rest],
    };
    const doc = documentFromFile(file);
    try {
      const workbook = await loadXlsx(await exportWorkbookXlsx(doc));
      // What Excel reads: a decimal rule with a Stop alert on C16.
      const rules = (workbook.getWorksheet('Forudsætninger') as unknown as { dataValidations: { model: Record<string, { type: string; operator: string; formulae: unknown[]; errorStyle?: string }> } }).dataValidations.model;
      expect(rules['C16']).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1] });
    } finally {
      doc.destroy();
    }
    const after = await roundTrip(file);
    expect(after.sheets[0]?.validations).toEqual({ B5: { min: 0.5 }, B7: { max: 1 }, C16: { min: 0, max: 1 } });
    expect(after.sheets[0]?.columnWidths).toEqual({ A: 320, C: 96 });
  });

  it('keeps frozen panes: the stored ones, an explicit unfreeze, and the suggestion where none is stored', async () => {
    const template = beskaeftigelsesplanTemplate();
    const [first, second, ...rest] = template.sheets;
    const file: WorkbookFile = { ...template, sheets: [{ ...first!, frozenPanes: { rows: 3, cols: 2 } }, { ...second!, frozenPanes: { rows: 0, cols: 0 } }, ...rest] };
    const doc = documentFromFile(file);
    try {
      const workbook = await loadXlsx(await exportWorkbookXlsx(doc));
      // What Excel opens: Freeze Panes below row 3 and right of column B.
      expect(workbook.getWorksheet(first!.name)!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
      expect((workbook.getWorksheet(second!.name)!.views ?? []).filter((v) => v.state === 'frozen')).toEqual([]);
      const shown = sheetFrozenPanes(doc, workbookGrid(doc).listSheets()[2]!.id);
      if (shown.rows + shown.cols > 0) expect(workbook.getWorksheet(rest[0]!.name)!.views[0]).toMatchObject({ state: 'frozen', xSplit: shown.cols, ySplit: shown.rows });
    } finally {
      doc.destroy();
    }
    const after = await roundTrip(file);
    expect(after.sheets[0]?.frozenPanes).toEqual({ rows: 3, cols: 2 });
    expect(after.sheets.map((s) => s.frozenPanes)).toEqual(normalised(file).sheets.map((s) => s.frozenPanes));
  });

  it('keeps date cells as dates: Excel\'s short date in the file, the date format back', async () => {
    const template = beskaeftigelsesplanTemplate();
    const [first, ...rest] = template.sheets;
    const file: WorkbookFile = {
      ...template,
      sheets: [{ ...first!, cells: { ...first!.cells, H1: 45366, H2: '=H1+30' }, formats: { ...first!.formats, H1: 'date', H2: 'date' } }, ...rest],
    };
    const doc = documentFromFile(file);
    try {
      const workbook = await loadXlsx(await exportWorkbookXlsx(doc));
      const cell = workbook.getWorksheet('Forudsætninger')!.getCell('H1');
      expect(cell.numFmt).toBe('mm-dd-yy');
      expect(cell.value).toBe(45366);
    } finally {
      doc.destroy();
    }
    const after = await roundTrip(file);
    expect(after.sheets[0]?.cells.H1).toBe(45366);
    expect(after.sheets[0]?.formats).toMatchObject({ H1: 'date', H2: 'date' });
  });

  it('keeps time cells as times: Excel\'s h:mm and h:mm:ss in the file, the time formats back', async () => {
    const template = beskaeftigelsesplanTemplate();
    const [first, ...rest] = template.sheets;
    const fourteenFive = (14 * 60 + 5) / 1440;
    const file: WorkbookFile = {
      ...template,
      sheets: [{ ...first!, cells: { ...first!.cells, H1: fourteenFive, H2: '=H1+30/86400' }, formats: { ...first!.formats, H1: 'time', H2: 'timeSeconds' } }, ...rest],
    };
    const doc = documentFromFile(file);
    try {
      const sheet = (await loadXlsx(await exportWorkbookXlsx(doc))).getWorksheet('Forudsætninger')!;
      expect(sheet.getCell('H1').numFmt).toBe('h:mm');
      expect(sheet.getCell('H1').value).toBe(fourteenFive);
      expect(sheet.getCell('H2').numFmt).toBe('h:mm:ss');
    } finally {
      doc.destroy();
    }
    const after = await roundTrip(file);
    expect(after.sheets[0]?.cells.H1).toBe(fourteenFive);
    expect(after.sheets[0]?.formats).toMatchObject({ H1: 'time', H2: 'timeSeconds' });
  });

  it.each(fuzzSeeds(5, 7001))('gives back a random workbook unchanged (seed %i)', async (seed) => {
    const file = randomWorkbookFile(new SeededRandom(seed));
    const after = await roundTrip(file);
    expect(after, `seed ${seed}`).toEqual(normalised(file));
  });
});

describe('the exported workbook', () => {
  it('stores formulas in Excel syntax with the results Fremskriv computed, and formats as number formats', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const bytes = await exportWorkbookXlsx(doc);
      const workbook = await loadXlsx(bytes);
      const projection = workbook.getWorksheet('Fremskrivning')!;
      const cell = projection.getCell('K5');
      expect(cell.formula).toBe('J5+$B5-$C5*J5');
      expect(typeof shownValue(cell)).toBe('number');
      expect(projection.getCell('V7').numFmt).toBe('0.0%');
      expect(zipParts(bytes).get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
      const visible = workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
      expect(visible).toEqual(['Forudsætninger', 'Fremskrivning', 'Benchmark', 'Budget', 'Jobindsats', 'Jobindsats MM5', 'Mål', 'Scenarier']);
    } finally {
      doc.destroy();
    }
  });

  it('writes functions newer than Excel 2007 with the _xlfn. prefix Excel expects', async () => {
    const doc = documentFromFile({
      format: 'fremskriv.workbook',
      version: 1,
      title: 'Rang',
      locale: 'en-GB',
      sheets: [{ name: 'S', cells: { A1: 3, A2: 5, B1: '=RANK.EQ(A1,A1:A2)', B2: '=PERCENTRANK.INC(A1:A2,A1)+STDEV.S(A1:A2)', B3: '=PERCENTILE(A1:A2,0.5)' } }],
    });
    try {
      const sheet = (await loadXlsx(await exportWorkbookXlsx(doc))).getWorksheet('S')!;
      expect(sheet.getCell('B1').formula).toBe('_xlfn.RANK.EQ(A1,A1:A2)');
      expect(sheet.getCell('B2').formula).toBe('_xlfn.PERCENTRANK.INC(A1:A2,A1)+_xlfn.STDEV.S(A1:A2)');
      expect(sheet.getCell('B3').formula).toBe('PERCENTILE(A1:A2,0.5)');
    } finally {
      doc.destroy();
    }
  });

  it('has a goals sheet with each goal under each scenario: value, target, met or missed, margin, month reached', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const goals = (await loadXlsx(await exportWorkbookXlsx(doc))).getWorksheet('Mål')!;
      const header = (row: number): unknown[] => Array.from({ length: 19 }, (_, i) => shownValue(goals.getCell(row, i + 1)));
      expect([5, 10, 15].map((col) => shownValue(goals.getCell(1, col)))).toEqual(['Basis', 'Styrket indsats', 'Lavkonjunktur']);
      expect(header(2).slice(0, 9)).toEqual(['Id', 'Mål', 'Krav', 'Frist', 'Værdi', 'Målværdi', 'Status', 'Margin', 'Nået']);
      const rows = Array.from({ length: 8 }, (_, i) => header(3 + i));
      const mm3 = rows.find((r) => r[0] === 'MM3')!;
      expect(mm3[6]).toBe('Opfyldt');
      expect(mm3[11]).toBe('Opfyldt');
      expect(mm3[8]).toBe('2023-11');
      expect(mm3[16]).toBe('Ikke opfyldt');
      expect(mm3[5]).toBeCloseTo(0.6, 12);
      expect((mm3[4] as number) - (mm3[5] as number)).toBeCloseTo(mm3[7] as number, 12);
      expect(goals.getCell(3 + rows.indexOf(mm3), 5).numFmt).toBe('0.0%');
      const lm2 = rows.find((r) => r[0] === 'LM2')!;
      expect([lm2[6], lm2[11], lm2[16]]).toEqual(['Ikke opfyldt', 'Opfyldt', 'Ikke opfyldt']);
      expect(rows.find((r) => r[0] === 'MM1')![6]).toBe('Ikke målbart');
    } finally {
      doc.destroy();
    }
  });

  it('says each requirement on the goals sheet as the goal card does, in the workbook\'s language', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const goals = (await loadXlsx(await exportWorkbookXlsx(doc))).getWorksheet('Mål')!;
      const requirements = new Map(Array.from({ length: 8 }, (_, i) => [shownValue(goals.getCell(3 + i, 1)), shownValue(goals.getCell(3 + i, 3))]));
      // A Danish workbook once read ">= 0.6" and "PERCENTILE(Benchmark!B4:B100,0.15)" here.
      expect(requirements.get('MM3')).toBe('≥ 60,0 %');
      expect(requirements.get('MM4')).toBe('≤ 12,0 %');
      expect(requirements.get('LM2')).toBe('≤ 350');
      expect(requirements.get('MM5')).toBe('≤ FRAKTIL(Benchmark!B4:B100;0,15)');
      expect(requirements.get('MM1')).toBe('');
    } finally {
      doc.destroy();
    }
  });

  it("has a scenarios sheet listing each scenario's inputs beside the assumption's label", async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const sheet = (await loadXlsx(await exportWorkbookXlsx(doc))).getWorksheet('Scenarier')!;
      const rows = Array.from({ length: 4 }, (_, r) => Array.from({ length: 6 }, (_, c) => shownValue(sheet.getCell(r + 1, c + 1))));
      expect(rows[0]).toEqual(['Celle', 'Forudsætning', 'I arket', 'Basis', 'Styrket indsats', 'Lavkonjunktur']);
      expect(rows.slice(1).map((r) => r[0])).toEqual(['Forudsætninger!B5', 'Forudsætninger!B6', 'Forudsætninger!B7']);
      expect(rows[1]![1]).toMatch(/[Kk]onjunktur/);
      expect(rows[1]!.slice(2)).toEqual([1, null, null, 1.1]);
      expect(rows[3]!.slice(2)).toEqual([0, null, 1, null]);
    } finally {
      doc.destroy();
    }
  });

  it("under one scenario holds that scenario's inputs and results, and imports as the workbook under that scenario", async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      const bytes = await exportWorkbookXlsx(doc, { scenario: 'Lavkonjunktur' });
      const workbook = await loadXlsx(bytes);
      expect(shownValue(workbook.getWorksheet('Forudsætninger')!.getCell('B5'))).toBe(1.1);
      const goals = workbook.getWorksheet('Mål')!;
      expect(shownValue(goals.getCell(1, 5))).toBe('Lavkonjunktur');
      expect(goals.getCell(1, 10).value).toBeNull();
      const imported = importedWorkbookFile(await importXlsx(bytes));
      expect(imported.sheets[0]!.cells.B5).toBe(1.1);
      expect(imported.scenarios).toEqual([]);
      expect(imported.goals).toHaveLength(8);
      expect(imported.sheets.map((s) => s.name)).toEqual(['Forudsætninger', 'Fremskrivning', 'Benchmark', 'Budget', 'Jobindsats', 'Jobindsats MM5']);
    } finally {
      doc.destroy();
    }
  });

  it('refuses a scenario that does not exist, naming it', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    try {
      await expect(exportWorkbookXlsx(doc, { scenario: 'Højkonjunktur' })).rejects.toThrow('no scenario named "Højkonjunktur"');
    } finally {
      doc.destroy();
    }
  });
});
