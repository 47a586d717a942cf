/**
 * The check that our .xlsx really carries working formulas: LibreOffice Calc opens each export
 * with full recalculation forced (see support/libreOffice.ts), saves it, and every value it
 * computed must equal Fremskriv's within 1e-9 relative. Fails (never skips) without LibreOffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile, WorkbookFileSheet } from '../../models/format/workbookFile.js';
import type { CellInput } from '../../models/workbook/workbookSchema.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { libreOfficeVersion, recalculateInLibreOffice, recalculateInOwnLocale } from './support/libreOffice.js';
import { randomWorkbookFile } from './support/randomWorkbook.js';
import { storedValues } from './support/rawXlsx.js';
import { fremskrivValues, loadXlsx, sameResult, type PlainValue } from './support/xlsxValues.js';

interface Case {
  label: string;
  file: WorkbookFile;
  exported: Uint8Array;
  recalculated: Uint8Array;
  ours: Map<string, PlainValue>;
}

const SEEDS = fuzzSeeds(12, 9101);
const cases: Case[] = [];

/** Rows of a random sheet (support/randomWorkbook.ts), whose A–D hold numbers and numeric formulas. */
const RANDOM_ROWS = 8;
// A criterion's text is read with the computer's separators in Excel (the workbook's locale in
// Fremskriv, LibreOffice's locale setting here), so "<=-1.5" is a number in an en-GB workbook and
// text in a da-DK one.
const CRITERIA = ['">0"', '"<0"', '"<>0"', '"<>5"', '">=10"', '"<=-1.5"', '0', '"<>"', '"="', '"#DIV/0!"', '"<>#N/A"', '"=#N/A"'];

/**
 * Each random sheet also gets, in G, numbers, blanks and the errors #DIV/0! and #N/A, and in H
 * conditional aggregates (COUNTIF … MAXIFS) over ranges of A–D and G, often a single cell, so the
 * engine's treatment of error cells in criteria and summed ranges is compared with LibreOffice's.
 */
function withConditionalAggregates(file: WorkbookFile, random: SeededRandom): WorkbookFile {
  const column = (): string => random.pick(['A', 'B', 'C', 'D', 'G']);
  const sheets = file.sheets.map((sheet): WorkbookFileSheet => {
    const cells = { ...sheet.cells };
    for (let row = 1; row <= RANDOM_ROWS; row++) {
      const roll = random.next();
      if (roll < 0.6) cells[`G${row}`] = random.int(41) - 20;
      else if (roll < 0.9) cells[`G${row}`] = random.pick(['=1/0', '=NA()']);
    }
    for (let row = 1; row <= RANDOM_ROWS; row++) {
      const top = 1 + random.int(RANDOM_ROWS);
      const bottom = random.chance(0.3) ? top : top + random.int(RANDOM_ROWS - top + 1);
      const range = (col: string): string => `${col}${top}:${col}${bottom}`;
      const [a, b, criterion, other] = [range(column()), range(column()), random.pick(CRITERIA), random.pick(CRITERIA)];
      cells[`H${row}`] = random.pick([
        `=COUNTIF(${a},${criterion})`,
        `=SUMIF(${a},${criterion})`,
        `=SUMIF(${a},${criterion},${b})`,
        `=COUNTIFS(${a},${criterion},${b},${other})`,
        `=SUMIFS(${b},${a},${criterion})`,
        `=AVERAGEIF(${a},${criterion},${b})`,
        `=MINIFS(${b},${a},${criterion})`,
        `=MAXIFS(${b},${a},${criterion},${b},${other})`,
      ]);
    }
    return { ...sheet, cells };
  });
  return { ...file, sheets };
}

function randomCase(seed: number): WorkbookFile {
  const random = new SeededRandom(seed);
  return withConditionalAggregates(randomWorkbookFile(random), random);
}

function withDoc<T>(file: WorkbookFile, use: (doc: Y.Doc) => T): T {
  const doc = documentFromFile(file);
  try {
    return use(doc);
  } finally {
    doc.destroy();
  }
}

beforeAll(async () => {
  process.stdout.write(`${libreOfficeVersion()}; random seeds ${SEEDS.join(', ')}\n`);
  const files: Array<{ label: string; file: WorkbookFile }> = [
    { label: 'the Beskæftigelsesplan template', file: beskaeftigelsesplanTemplate() },
    ...SEEDS.map((seed) => ({ label: `random workbook (seed ${seed})`, file: randomCase(seed) })),
  ];
  const exported = await Promise.all(files.map(({ file }) => withDoc(file, (doc) => exportWorkbookXlsx(doc))));
  const recalculated = recalculateInOwnLocale(files.map(({ file }, i) => ({ locale: file.locale, exported: exported[i]! })));
  files.forEach(({ label, file }, i) => {
    cases.push({ label, file, exported: exported[i]!, recalculated: recalculated[i]!, ours: withDoc(file, fremskrivValues) });
  });
}, 300_000);

describe('an exported workbook recalculated by LibreOffice Calc', () => {
  it.each([0, ...SEEDS.map((_, i) => i + 1)])('has every value Fremskriv computed (case %i: template, then seeds in order)', async (index) => {
    const { label, recalculated, ours } = cases[index]!;
    const stored = await storedValues(recalculated);
    const differences: string[] = [];
    let numbers = 0;
    for (const [key, value] of ours) {
      const theirs = stored.get(key) ?? null;
      if (typeof value === 'number') numbers++;
      if (!sameResult(value, theirs)) differences.push(`${key}: Fremskriv ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(theirs)}`);
    }
    expect(differences, `${label}:\n${differences.slice(0, 20).join('\n')}`).toEqual([]);
    expect(numbers).toBeGreaterThan(10);
  });

  it('really recomputed: a cached value we corrupt on purpose comes back right', async () => {
    const file = beskaeftigelsesplanTemplate();
    const ours = withDoc(file, fremskrivValues);
    const workbook = await loadXlsx(cases[0]!.exported);
    const cell = workbook.getWorksheet('Fremskrivning')!.getCell('V6');
    const formula = cell.formula;
    cell.value = { formula, result: -12345 };
    const [recalculated] = recalculateInLibreOffice([new Uint8Array(await workbook.xlsx.writeBuffer())]);
    const theirs = (await storedValues(recalculated!)).get('Fremskrivning!V6') ?? null;
    expect(sameResult(ours.get('Fremskrivning!V6')!, theirs)).toBe(true);
  }, 120_000);

  // The template's newest actual month (Forudsætninger!B4, LOOKUP over the Jobindsats sheet) and
  // LM2's projection from it, after next month's figures are merged in, as Excel users get them;
  // MM5's the same from "Jobindsats MM5" (Forudsætninger!B8).
  it('the template with next month\'s actuals merged in: the newest actual month and every value as Fremskriv computes them', async () => {
    const lm2 = withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: 'Antal personer', periods: ['2023-01'], rowLabels: ['Roskilde'], values: [[300]] });
    // MM5's February too, from its own sheet (a quoted sheet name in B8's LOOKUP and row 8).
    const file = withActualsSheet(lm2, { dimension: 'Område', measure: 'Antal personer', periods: ['2023-02'], rowLabels: ['Roskilde'], values: [[9400]] }, 'Jobindsats MM5');
    const ours = withDoc(file, fremskrivValues);
    expect([ours.get('Forudsætninger!B4'), ours.get('Fremskrivning!K12')]).toEqual(['2023-01', 300]);
    expect([ours.get('Forudsætninger!B8'), ours.get('Fremskrivning!L8'), ours.get('Fremskrivning!L2')]).toEqual(['2023-02', 9400, 'Faktisk (MM5)']);
    const [recalculated] = recalculateInLibreOffice([await withDoc(file, (doc) => exportWorkbookXlsx(doc))]);
    const stored = await storedValues(recalculated!);
    const differences = [...ours].filter(([key, value]) => !sameResult(value, stored.get(key) ?? null)).map(([key, value]) => `${key}: Fremskriv ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(stored.get(key) ?? null)}`);
    expect(differences).toEqual([]);
  }, 120_000);

  it('imports back as the same workspace after LibreOffice saved it (numbers to 15 digits, as it writes them)', async () => {
    for (const { label, file, recalculated } of cases) {
      const imported = await importXlsx(recalculated, { fileName: 'libreoffice.xlsx' });
      const after = withDoc(importedWorkbookFile(imported), exportWorkbookFile);
      const before = withDoc(file, exportWorkbookFile);
      expect({ ...after, sheets: [] }, label).toEqual({ ...before, sheets: [] });
      expect(after.sheets.map((s) => s.name), label).toEqual(before.sheets.map((s) => s.name));
      after.sheets.forEach((sheet, i) => {
        const original = before.sheets[i]!;
        expect(Object.keys(sheet.cells).sort(), label).toEqual(Object.keys(original.cells).sort());
        for (const [address, input] of Object.entries(original.cells)) {
          const back = sheet.cells[address]!;
          if (typeof input === 'number') expect(sameResult(input, back as number), `${label} ${sheet.name}!${address}`).toBe(true);
          else expect(back, `${label} ${sheet.name}!${address}`).toEqual(input);
        }
        // LibreOffice adds formats to formula cells that read formatted cells; ours all stay.
        expect(sheet.formats ?? {}, label).toMatchObject(original.formats ?? {});
      });
    }
  });

  // Engine differences from Excel and LibreOffice found by this check, fixed and now agreeing:
  // INT (models/engine/excelIntFunction.ts) and error cells in the conditional aggregates
  // (models/engine/conditionalAggregates.ts). One LibreOffice run recalculates all of them.
  const KNOWN_DIFFERENCES = [
    ['INT of a negative number rounds down, as in Excel', { A1: -3.5, B1: '=INT(A1)' }, -4],
    ['COUNTIF over a one-cell range holding an error counts 0', { A1: '=1/0', B1: '=COUNTIF(A1:A1,">0")' }, 0],
    ['SUMIF with "<>#N/A" sums around the #N/A cells', { A1: '=NA()', A2: 3, A3: 4, B1: '=SUMIF(A1:A3,"<>#N/A")' }, 7],
  ] as const;
  const knownFile = (cells: Record<string, CellInput>): WorkbookFile => ({ format: 'fremskriv.workbook', version: 1, title: 'Kendt forskel', locale: 'en-GB', sheets: [{ name: 'S', cells }] });
  let knownRecalculated: Uint8Array[] = [];
  beforeAll(async () => {
    const exported = await Promise.all(KNOWN_DIFFERENCES.map(([, cells]) => withDoc(knownFile(cells), (doc) => exportWorkbookXlsx(doc))));
    knownRecalculated = recalculateInLibreOffice(exported);
  }, 180_000);
  it.each(KNOWN_DIFFERENCES.map((known, index) => [...known, index] as const))('%s', async (_, cells, expected, index) => {
    expect((await storedValues(knownRecalculated[index]!)).get('S!B1')).toBe(expected);
    expect(withDoc(knownFile(cells), fremskrivValues).get('S!B1')).toBe(expected);
  });
});

/**
 * The trend functions (models/engine/trendFunctions.ts) and CONCAT on months 1..5 (A) of an
 * indicator 10, 12, 15, 17, 22 (B), with a text in B6 and C holding "x", 11, blank, 12, 20: one
 * exported workbook, recalculated once. Each value is checked against LibreOffice's and a value
 * worked out by hand (test/models/trendFunctions.test.ts shows the sums).
 */
describe('the trend functions in an exported workbook recalculated by LibreOffice Calc', () => {
  const data = { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, A6: 6, A7: 7, B1: 10, B2: 12, B3: 15, B4: 17, B5: 22, B6: 'tekst', C1: 'x', C2: 11, C4: 12, C5: 20, D1: 5, D2: 5, D3: 5 };
  const trendCases: Array<[string, string, number | string | { error: string }]> = [
    ['FORECAST extrapolates month 6', '=FORECAST(6,B1:B5,A1:A5)', 23.9],
    ['FORECAST.LINEAR is FORECAST', '=FORECAST.LINEAR(6,B1:B5,A1:A5)', 23.9],
    ['INTERCEPT is the line at month 0', '=INTERCEPT(B1:B5,A1:A5)', 6.5],
    ['FORECAST skips pairs with text or a blank', '=FORECAST(6,C1:C5,A1:A5)', 20.5],
    ['FORECAST skips a text month at the end', '=FORECAST(6,B1:B6,A1:A6)', 23.9],
    ['FORECAST over x values without variance is #DIV/0!', '=FORECAST(6,B1:B3,D1:D3)', { error: '#DIV/0!' }],
    ['TREND projects a single new month', '=TREND(B1:B5,A1:A5,6)', 23.9],
    ['TREND with the default months {1,2,3,…}', '=TREND(B1:B5,,6)', 23.9],
    ['TREND through the origin (const 0)', '=TREND(B1:B5,A1:A5,6,0)', 1542 / 55],
    ['TREND over a text known value is #VALUE!', '=TREND(B1:B6,A1:A6,7)', { error: '#VALUE!' }],
    ['SUM over TREND of two new months', '=SUM(TREND(B1:B5,A1:A5,A6:A7))', 50.7],
    ['INDEX picks the second of TREND\'s new months', '=INDEX(TREND(B1:B5,A1:A5,A6:A7),2)', 26.8],
    ['GROWTH projects exponential growth', '=GROWTH(B1:B5,A1:A5,6)', 26.08931837139304],
    ['GROWTH through (0,1) (const 0)', '=GROWTH(B1:B5,,6,0)', 99.67929282946491],
    ['CONCAT joins a range, text and a number with 15 digits', '=CONCAT(A1:B2,"-",0.1+0.2,"-",1/3)', '110212-0.3-0.333333333333333'],
  ];
  const cells: Record<string, string | number> = { ...data };
  trendCases.forEach(([, formula], i) => (cells[`F${i + 1}`] = formula));
  const file: WorkbookFile = { format: 'fremskriv.workbook', version: 1, title: 'Tendens', locale: 'en-GB', sheets: [{ name: 'S', cells }] };
  let theirs = new Map<string, PlainValue>();
  let ours = new Map<string, PlainValue>();

  beforeAll(async () => {
    const [recalculated] = recalculateInLibreOffice([await withDoc(file, (doc) => exportWorkbookXlsx(doc))]);
    theirs = await storedValues(recalculated!);
    ours = withDoc(file, fremskrivValues);
  }, 120_000);

  it.each(trendCases.map(([label, formula, expected], i) => [label, formula, expected, `S!F${i + 1}`] as const))('%s: %s', (_, formula, expected, key) => {
    const lo = theirs.get(key) ?? null;
    const fremskriv = ours.get(key) ?? null;
    expect(sameResult(fremskriv, lo), `${formula}: Fremskriv ${JSON.stringify(fremskriv)}, LibreOffice ${JSON.stringify(lo)}`).toBe(true);
    if (typeof expected === 'number') expect(fremskriv).toBeCloseTo(expected, 10);
    else expect(fremskriv).toEqual(expected);
  });
});
