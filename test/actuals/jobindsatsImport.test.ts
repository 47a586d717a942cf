import { describe, expect, it } from 'vitest';
import { pivotActuals } from '../../models/actuals/actualsPivot.js';
import { actualsSheetCells, withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { readJobindsatsFile, readJobindsatsJson } from '../../models/actuals/jobindsatsReaders.js';
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';
import { jobindsatsNumber, jobindsatsPeriodLabel } from '../../models/actuals/jobindsatsValues.js';
import { asCsv, asV2Json, asV3Json, asXlsx, municipalities, ptva02, WRONG_KEY_ANSWER, y30r21, type FixtureTable } from '../support/jobindsatsFixtures.js';
import { workbookFile } from '../support/workbookFixtures.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function everyShape(table: FixtureTable): Promise<Array<[string, Uint8Array, string]>> {
  return [
    ['API v2 JSON', text(asV2Json(table)), `${table.table}.json`],
    ['API v3 JSON', text(asV3Json(table)), `${table.table}.json`],
    ['CSV with BOM', asCsv(table, true), `${table.table}.csv`],
    ['CSV without BOM', asCsv(table, false), `${table.table}.csv`],
    ['.xlsx saved by a planner', await asXlsx(table), `${table.table}.xlsx`],
  ];
}

describe('Jobindsats figures and periods', () => {
  it.each([
    ['10,05', 10.05],
    ['1.234', 1234],
    ['9.540,2', 9540.2],
    ['-0,5', -0.5],
    [412, 412],
    ['12.5', 12.5],
    ['..', null],
    ['-', null],
    ['', null],
    [null, null],
    ['Roskilde', undefined],
  ])('%j reads as %j', (raw, expected) => {
    expect(jobindsatsNumber(raw)).toBe(expected);
  });

  it.each([
    ['2023M12', '2023-12'],
    ['2023M01', '2023-01'],
    ['2022QMAT04', '2022-K4 MAT'],
    ['2023Q02', '2023-K2'],
    ['2023Y01', '2023'],
    ['2023H02', '2023-H2'],
    ['Uge 3', 'Uge 3'],
  ])('the period code %s is the label %s', (code, label) => {
    expect(jobindsatsPeriodLabel(code)).toBe(label);
  });
});

describe('every shape of a Jobindsats table imports to the same sheet', () => {
  it('PTVA02: Roskilde by benefit group, one column per month', async () => {
    const sheets = [];
    for (const [shape, bytes, name] of await everyShape(ptva02())) {
      const table = await readJobindsatsFile(bytes, name);
      expect(table.measures, shape).toEqual(['Antal personer', 'Antal fuldtidspersoner']);
      expect(table.dimensions, shape).toEqual(['Område', 'Periode', 'Ydelsesgrupper']);
      const pivot = pivotActuals(table, { measure: 'Antal fuldtidspersoner', rows: 'Ydelsesgrupper', filters: { Område: 'Roskilde' } });
      sheets.push([shape, actualsSheetCells(pivot)] as const);
    }
    const [, first] = sheets[0]!;
    expect(first.A1).toBe('Ydelsesgrupper');
    expect(first.B1).toBe('2022-07');
    expect(first.M1).toBe('2023-06');
    expect(first.A2).toBe('Ydelsesgrupper i alt');
    expect(typeof first.B2).toBe('number');
    for (const [shape, cells] of sheets) expect(cells, shape).toEqual(first);
  });

  it('Y30R21: the benchmark of all 98 municipalities, with their places on the ranking', async () => {
    const places: Array<Record<string, unknown>> = [];
    for (const [shape, bytes, name] of await everyShape(y30r21())) {
      const pivot = pivotActuals(await readJobindsatsFile(bytes, name), { measure: 'Placering på benchmarkranglisten' });
      expect(pivot.rowLabels, shape).toEqual(municipalities());
      expect(pivot.periods, shape).toEqual(['2023-K4 MAT']);
      places.push(actualsSheetCells(pivot));
    }
    const ranks = Array.from({ length: 98 }, (_, i) => places[0]![`B${i + 2}`]);
    expect([...ranks].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
    for (const cells of places) expect(cells).toEqual(places[0]);
  });

  it('a share written with a decimal comma becomes the number it says', async () => {
    const table = await readJobindsatsFile(text(asV2Json(y30r21())), 'y30r21.json');
    const pivot = pivotActuals(table, { measure: 'Faktisk andel (pct.)' });
    const source = y30r21().rows[0]![4] as string;
    expect(pivot.values[0]![0]).toBe(Number(source.replace(',', '.')));
  });
});

describe('the pivot into a sheet', () => {
  it('a missing combination is an empty cell', () => {
    const table = readJobindsatsJson(
      JSON.stringify({ columns: ['Område', 'Periode', 'Antal personer'], rows: [['Roskilde', '2023M11', 10], ['Køge', '2023M12', '..'], ['Køge', '2023M11', 7]] }),
    );
    const cells = actualsSheetCells(pivotActuals(table, { measure: 'Antal personer' }));
    expect(cells).toEqual({ A1: 'Område', B1: '2023-11', C1: '2023-12', A2: 'Roskilde', B2: 10, A3: 'Køge', B3: 7 });
  });

  it('replaces a sheet of the same name in place, so formulas that read it follow', () => {
    const file = workbookFile({ Fremskrivning: { A1: '=Jobindsats!B2' }, Jobindsats: { A1: 'old', Z9: 1 } });
    const table = readJobindsatsJson(JSON.stringify({ columns: ['Område', 'Periode', 'Antal personer'], rows: [['Roskilde', '2023M12', 350]] }));
    const next = withActualsSheet(file, pivotActuals(table, { measure: 'Antal personer' }));
    expect(next.sheets.map((s) => s.name)).toEqual(['Fremskrivning', 'Jobindsats']);
    expect(next.sheets[1]!.cells).toEqual({ A1: 'Område', B1: '2023-12', A2: 'Roskilde', B2: 350 });
  });
});

describe('data that is not what was asked for is refused, naming what exists', () => {
  const table = () => readJobindsatsJson(asV2Json(ptva02()));

  it.each([
    [{ measure: 'Antal' }, /unknown measure "Antal"; the measures are "Antal personer", "Antal fuldtidspersoner"/],
    [{ measure: 'Antal personer', rows: 'Alder' }, /unknown rows dimension "Alder"; the dimensions are "Område", "Ydelsesgrupper"/],
    [{ measure: 'Antal personer', filters: { Køn: 'Kvinder' } }, /unknown filter dimension "Køn"/],
    [{ measure: 'Antal personer', filters: { Område: 'Roskilde Kommune' } }, /unknown value "Roskilde Kommune" for Område; its values are "Roskilde", "Hele landet"/],
    [{ measure: 'Antal personer' }, /Ydelsesgrupper has several values \("Ydelsesgrupper i alt", "A-dagpenge mv\.", .*\): choose one with --filter 'Ydelsesgrupper=…'/],
  ])('%j', (choice, message) => {
    expect(() => pivotActuals(table(), choice)).toThrow(message);
  });

  it('the answer to a wrong or expired API key', () => {
    expect(() => readJobindsatsJson(WRONG_KEY_ANSWER)).toThrow(/refused the API key/);
  });

  it.each([
    ['JSON of another kind', text('{"hello": 1}'), 'x.json', /not Jobindsats data/],
    ['a table without periods', text('Område;Antal\nRoskilde;1'), 'x.csv', /at least one measure|no period column/],
    ['a .json that is not JSON', text('Område;Periode'), 'x.json', /is named \.json but is not JSON/],
    ['an empty file', new Uint8Array(), 'x.csv', /empty/],
    ['broken JSON', text('[{"Variables": ['), 'x.json', /not valid JSON/],
  ])('%s', async (_, bytes, name, message) => {
    await expect(readJobindsatsFile(bytes, name)).rejects.toThrow(JobindsatsError);
    await expect(readJobindsatsFile(bytes, name)).rejects.toThrow(message);
  });
});
