import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { parseWorkbookFile, parseWorkbookJson, WorkbookFileError, type WorkbookFile } from '../../models/format/workbookFile.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { exported, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

const PREFIX = 'not a valid fremskriv.workbook v1 file: ';

/** A valid file as plain JSON data, for a case to break. */
function valid(): Record<string, unknown> & { sheets: Array<Record<string, unknown>> } {
  return JSON.parse(JSON.stringify(workbookFile({ Ark1: { A1: 1, B1: '=A1*2' }, Data: {} }))) as ReturnType<typeof valid>;
}

function manyGoals(count: number): Array<{ id: string; title: string }> {
  return Array.from({ length: count }, (_, i) => ({ id: `g${i}`, title: `Mål ${i}` }));
}

function manyScenarios(count: number): Array<{ name: string; inputs: Record<string, number> }> {
  return Array.from({ length: count }, (_, i) => ({ name: `Scenarie ${i}`, inputs: {} }));
}

function messageFor(value: unknown): string {
  try {
    parseWorkbookFile(value);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('parseWorkbookFile says what is wrong and where', () => {
  type Breaker = (file: ReturnType<typeof valid>) => unknown;
  it.each<[string, Breaker, string]>([
    ['an array instead of a workbook', () => [], '(top level): Invalid input: expected object, received array'],
    ['null', () => null, '(top level): Invalid input: expected object, received null'],
    ['another format', (f) => ({ ...f, format: 'xlsx' }), 'format: Invalid input: expected "fremskriv.workbook"'],
    ['another version', (f) => ({ ...f, version: 2 }), 'version: Invalid input: expected 1'],
    ['a missing title', (f) => ({ ...f, title: undefined }), 'title: Invalid input: expected string, received undefined'],
    ['an unknown locale', (f) => ({ ...f, locale: 'de-DE' }), 'locale: Invalid option: expected one of "da-DK"|"en-GB"'],
    ['an unknown top-level field', (f) => ({ ...f, colour: 'red' }), '(top level): Unrecognized key: "colour"'],
    ['no sheets', (f) => ({ ...f, sheets: [] }), 'sheets: Too small: expected array to have >=1 items'],
    ['an object as a cell', (f) => (f.sheets[0]!.cells = { B1: {} }, f), 'sheets[0].cells["B1"]: a cell holds a finite number, text or true/false'],
    ['null as a cell', (f) => (f.sheets[1]!.cells = { C3: null }, f), 'sheets[1].cells["C3"]: a cell holds a finite number, text or true/false'],
    ['a key that is not a cell', (f) => (f.sheets[0]!.cells = { '1A': 1 }, f), 'sheets[0].cells["1A"]: not an A1 cell address'],
    ['row zero', (f) => (f.sheets[0]!.cells = { A0: 1 }, f), 'sheets[0].cells["A0"]: not an A1 cell address'],
    ['a row beyond the sheet', (f) => (f.sheets[0]!.cells = { A40001: 1 }, f), 'sheets[0].cells["A40001"]: not an A1 cell address'],
    ['text over 32767 characters', (f) => (f.sheets[0]!.cells = { A2: 'x'.repeat(32_768) }, f), 'sheets[0].cells["A2"]: Too big: expected string to have <=32767 characters'],
    ['an unknown format', (f) => (f.sheets[0]!.formats = { A1: 'money' }, f), 'sheets[0].formats["A1"]: the format code cannot be read: money'],
    ['a sheet name with a slash', (f) => (f.sheets[1]!.name = 'a/b', f), 'sheets[1].name: not an allowed sheet name'],
    ['an empty sheet name', (f) => (f.sheets[0]!.name = '', f), 'sheets[0].name: not an allowed sheet name'],
    ['a sheet name used twice', (f) => (f.sheets[1]!.name = 'ARK1', f), 'sheets[1].name: the sheet name "ARK1" is used twice'],
    ['an unknown sheet field', (f) => (f.sheets[0]!.hidden = true, f), 'sheets[0]: Unrecognized key: "hidden"'],
    ['a goal with a target and no comparator', (f) => ({ ...f, goals: [{ id: 'g', title: 'x', target: 1 }] }), 'goals[0].comparator: a goal with a target needs a comparator'],
    ['a goal with a series and no periods', (f) => ({ ...f, goals: [{ id: 'g', title: 'x', series: 'Ark1!A1:A3' }] }), 'goals[0].periods: series and periods go together'],
    ['a goal with a bad deadline', (f) => ({ ...f, goals: [{ id: 'g', title: 'x', deadline: '2023-13' }] }), 'goals[0].deadline: a month written YYYY-MM, e.g. 2023-12'],
    ['a goal id used twice', (f) => ({ ...f, goals: [{ id: 'g', title: 'x' }, { id: 'g', title: 'y' }] }), 'goals[1].id: the goal id "g" is used twice'],
    ['a formula as scenario input', (f) => ({ ...f, scenarios: [{ name: 'S', inputs: { 'Ark1!A1': '=1' } }] }), 'scenarios[0].inputs["Ark1!A1"]: a scenario input is a value, not a formula'],
    ['a blank scenario name', (f) => ({ ...f, scenarios: [{ name: ' ', inputs: {} }] }), 'scenarios[0].name: Too small: expected string to have >=1 characters'],
    ['more goals than a workbook holds (200)', (f) => ({ ...f, goals: manyGoals(201) }), 'goals: a workbook holds at most 200 goals'],
    ['more scenarios than a workbook holds (50)', (f) => ({ ...f, scenarios: manyScenarios(51) }), 'scenarios: a workbook holds at most 50 scenarios'],
    [
      'a scenario name used twice',
      (f) => ({ ...f, scenarios: [{ name: 'Basis', inputs: {} }, { name: 'basis', inputs: {} }] }),
      'scenarios[1].name: the scenario name "basis" is used twice',
    ],
  ])('%s', (_what, breakIt, message) => {
    expect(messageFor(breakIt(valid()))).toBe(PREFIX + message);
  });

  it.each<[string, unknown]>([
    ['a sheet name with a line break', { ...valid(), sheets: [{ name: 'a\nb', cells: {} }] }],
    ['an unknown field with a line break', { ...valid(), 'a\nb': 1 }],
    ['a repeated scenario name with a line break', { ...valid(), scenarios: [{ name: 'a\nb', inputs: {} }, { name: 'a\nb', inputs: {} }] }],
  ])('the message is one line, even for %s', (_what, file) => {
    expect(messageFor(file)).not.toMatch(/[\r\n]/);
  });
});

describe('a workbook at its bounds', () => {
  it('200 goals and 50 scenarios are a valid file, and are imported', () => {
    const doc = open.document(workbookFile({ Ark1: {} }, { goals: manyGoals(200), scenarios: manyScenarios(50) }));
    const file = JSON.parse(exported(doc)) as WorkbookFile;
    expect([file.goals?.length, file.scenarios?.length]).toEqual([200, 50]);
  });

  it('20,000 goals are refused for their count, not compared pairwise for repeats first', () => {
    expect(messageFor({ ...valid(), goals: manyGoals(20_000) })).toBe(`${PREFIX}goals: a workbook holds at most 200 goals`);
  });
});

describe('parseWorkbookJson', () => {
  it.each(['{bad', '', '[1,', '{"format": "fremskriv.workbook",}'])('rejects invalid JSON %j as WorkbookFileError', (text) => {
    expect(() => parseWorkbookJson(text)).toThrow(WorkbookFileError);
    expect(() => parseWorkbookJson(text)).toThrow(/^not valid JSON: /);
  });

  it('checks valid JSON as a workbook', () => {
    expect(() => parseWorkbookJson('{"hello": "world"}')).toThrow(PREFIX);
    expect(parseWorkbookJson(JSON.stringify(valid())).sheets.map((s) => s.name)).toEqual(['Ark1', 'Data']);
  });
});

describe('importing refuses what it cannot hold', () => {
  it('a scenario input on an unknown sheet', () => {
    const file = workbookFile({ Ark1: {} }, { scenarios: [{ name: 'S', inputs: { 'Nope!A1': 1 } }] });
    expect(() => open.document(file)).toThrow(WorkbookFileError);
    expect(() => open.document(file)).toThrow(/Nope!A1/);
  });

  it('a second import into the same workspace', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    const before = exported(doc);
    expect(() => importWorkbookFile(doc, workbookFile({ Ark2: {} }))).toThrow(WorkbookFileError);
    expect(exported(doc)).toBe(before);
  });
});

/** A file exercising every part of the format. */
function richFile(): WorkbookFile {
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Beskæftigelsesplan',
    locale: 'en-GB',
    formulaDialect: 'dynamicArrays',
    sheets: [
      {
        name: 'Forudsætninger',
        cells: { A1: 'Konjunktur', B1: 1.05, C1: '=B1*2', B2: true, B3: false, B4: '12%', B5: "'007" },
        formats: { B1: 'number', C1: 'percent', B4: 'text' },
      },
      {
        name: 'Mit ark',
        cells: { A1: '=Forudsætninger!B1+1', B1: '=SUM(Forudsætninger!B1:B3)', C1: 'æøå', A2: "='O''Brien'!A1" },
      },
      { name: "O'Brien", cells: { A1: 3, A2: '=HLOOKUP(1,A1:A1,1,FALSE)' }, formats: { A1: 'integer' } },
    ],
    goals: [
      { id: 'q', title: 'Kvalitativ', description: 'Ingen måltal' },
      { id: 't', title: 'Fulgt', value: "='Mit ark'!A1" },
      {
        id: 'm',
        title: 'Målt',
        value: '=Forudsætninger!C1',
        comparator: '>=',
        target: "=PERCENTILE('Mit ark'!A1:B1,0.8)",
        deadline: '2023-12',
        series: 'Forudsætninger!B1:B3',
        periods: 'Forudsætninger!A1:A3',
      },
      { id: 'n', title: 'Tal', value: "='O''Brien'!A1", comparator: '<', target: 4.5 },
    ],
    scenarios: [
      { name: 'Basis', inputs: {} },
      { name: 'Høj', inputs: { 'Forudsætninger!B1': 1.2, "'Mit ark'!C1": 'x', "'O''Brien'!A1": false } },
    ],
  };
}

describe('export → import → export is lossless', () => {
  it('on the template', () => {
    const template = beskaeftigelsesplanTemplate();
    const first = exportWorkbookFile(open.document(template));
    expect(first).toEqual(template);
    expect(exported(open.document(first))).toBe(JSON.stringify(first));
  });

  it('on a file with formats, goals, scenarios, quoted sheet names and booleans', () => {
    const file = richFile();
    const first = exportWorkbookFile(open.document(file));
    expect(first).toEqual(file);
    expect(exported(open.document(first))).toBe(JSON.stringify(first));
  });
});
