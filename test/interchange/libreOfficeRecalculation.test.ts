/**
 * The check that our .xlsx really carries working formulas: LibreOffice Calc opens each export
 * with full recalculation forced (see support/libreOffice.ts), saves it, and every value it
 * computed must equal Fremskriv's within 1e-9 relative. Fails (never skips) without LibreOffice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile, WorkbookFileSheet } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { libreOfficeVersion, recalculateInLibreOffice } from './support/libreOffice.js';
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
  const recalculated = recalculateInLibreOffice(exported);
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
  });

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
  // (models/engine/conditionalAggregates.ts).
  it.each([
    ['INT of a negative number rounds down, as in Excel', { A1: -3.5, B1: '=INT(A1)' }, -4],
    ['COUNTIF over a one-cell range holding an error counts 0', { A1: '=1/0', B1: '=COUNTIF(A1:A1,">0")' }, 0],
    ['SUMIF with "<>#N/A" sums around the #N/A cells', { A1: '=NA()', A2: 3, A3: 4, B1: '=SUMIF(A1:A3,"<>#N/A")' }, 7],
  ] as const)('%s', async (_, cells, expected) => {
    const file: WorkbookFile = { format: 'fremskriv.workbook', version: 1, title: 'Kendt forskel', locale: 'en-GB', sheets: [{ name: 'S', cells }] };
    const [recalculated] = recalculateInLibreOffice([await withDoc(file, (doc) => exportWorkbookXlsx(doc))]);
    expect((await storedValues(recalculated!)).get('S!B1')).toBe(expected);
    expect(withDoc(file, fremskrivValues).get('S!B1')).toBe(expected);
  });
});
