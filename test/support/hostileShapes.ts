/**
 * Shapes an older client or a hostile peer can put into a workspace's document, written straight
 * through Yjs (no operation would write them). Each takes a document made from `hostileBase()`.
 */
import * as Y from 'yjs';
import { goalsArray, scenariosArray, sheetsMap } from '../../models/workbook/workbookSchema.js';
import { workbookFile } from './workbookFixtures.js';

/** The workbook every shape is written into: Data!A1 feeds a formula, a goal and a scenario. */
export const hostileBase = workbookFile(
  { Data: { A1: 5, B1: '=A1*2', A2: 'tekst' }, Rapport: { A1: '=Data!B1+1' } },
  {
    goals: [{ id: 'g', title: 'Mål', value: 'Rapport!A1', comparator: '>=', target: 3 }],
    scenarios: [{ name: 'Høj', inputs: { 'Data!A1': 7 } }],
  },
);

function sheetNamed(doc: Y.Doc, name: string): Y.Map<unknown> {
  for (const sheet of sheetsMap(doc).values()) if (sheet instanceof Y.Map && sheet.get('name') === name) return sheet;
  throw new Error(`no sheet ${name}`);
}

function cellsOf(doc: Y.Doc, name: string): Y.Map<unknown> {
  return sheetNamed(doc, name).get('cells') as Y.Map<unknown>;
}

/** Replaces the value of Data's first stored cell (A1) with `value`. */
function firstCell(value: () => unknown): (doc: Y.Doc) => void {
  return (doc) => {
    const cells = cellsOf(doc, 'Data');
    const key = [...cells.keys()][0]!;
    cells.set(key, value());
  };
}

function sound(): Y.Map<unknown> {
  const sheet = new Y.Map<unknown>();
  const rows = new Y.Array<string>();
  rows.push(['hr1']);
  const cols = new Y.Array<string>();
  cols.push(['hc1']);
  const cells = new Y.Map<unknown>();
  cells.set('hr1:hc1', 1);
  sheet.set('name', '__proto__');
  sheet.set('rows', rows);
  sheet.set('cols', cols);
  sheet.set('cells', cells);
  sheet.set('formats', new Y.Map());
  return sheet;
}

/** Data's merges map with `entries` written into it as they stand: "A1" etc. name Data's rows and columns by position. */
function merges(write: (map: Y.Map<unknown>, key: (address: string) => string) => void): (doc: Y.Doc) => void {
  return (doc) => {
    const sheet = sheetNamed(doc, 'Data');
    const rows = (sheet.get('rows') as Y.Array<string>).toArray();
    const cols = (sheet.get('cols') as Y.Array<string>).toArray();
    const key = (address: string): string => `${rows[Number(address.slice(1)) - 1]}:${cols[address.charCodeAt(0) - 65]}`;
    const map = new Y.Map<unknown>();
    sheet.set('merges', map);
    write(map, key);
  };
}

export const HOSTILE_SHAPES: ReadonlyArray<readonly [string, (doc: Y.Doc) => void]> = [
  ['a cell holding a Y.Map', firstCell(() => new Y.Map())],
  ['a cell holding an object', firstCell(() => ({ a: 1 }))],
  ['a cell holding an array', firstCell(() => [1, 2])],
  ['a cell holding binary', firstCell(() => new Uint8Array([1, 2]))],
  ['a cell holding a Y.Text', firstCell(() => new Y.Text('=1'))],
  ['a format that is no format', (doc) => (sheetNamed(doc, 'Data').get('formats') as Y.Map<unknown>).set([...cellsOf(doc, 'Data').keys()][0]!, { bold: true })],
  ['a goal that is a string (goals.push([\'x\']))', (doc) => goalsArray(doc).push(['x'])],
  ['a scenario that is a string', (doc) => scenariosArray(doc).push(['x'])],
  ['a scenario whose inputs are a string', (doc) => (scenariosArray(doc).get(0) as Y.Map<unknown>).set('inputs', 'x')],
  ['a scenario input holding a Y.Map', (doc) => {
    const inputs = (scenariosArray(doc).get(0) as Y.Map<unknown>).get('inputs') as Y.Map<unknown>;
    inputs.set([...inputs.keys()][0]!, new Y.Map());
  }],
  ['sheets.set(\'__proto__\', a string)', (doc) => sheetsMap(doc).set('__proto__', 'x')],
  ['sheets.set(\'__proto__\', a sound sheet named __proto__)', (doc) => sheetsMap(doc).set('__proto__', sound())],
  ['a sheet that is a number', (doc) => sheetsMap(doc).set('tal', 7)],
  ['sheet.delete(\'rows\')', (doc) => sheetNamed(doc, 'Data').delete('rows')],
  ['a sheet whose cells are an array', (doc) => sheetNamed(doc, 'Data').set('cells', new Y.Array())],
  ['an empty sheet name', (doc) => sheetNamed(doc, 'Rapport').set('name', '')],
  ['a quoted sheet name', (doc) => sheetNamed(doc, 'Rapport').set('name', "'Rapport'")],
  ['a sheet name that is a number', (doc) => sheetNamed(doc, 'Rapport').set('name', 12)],
  ['a row id that is a number', (doc) => (sheetNamed(doc, 'Data').get('rows') as Y.Array<unknown>).insert(0, [42])],
  ['a title that is a Y.Map', (doc) => doc.getMap('meta').set('title', new Y.Map())],
  ['a locale that is unknown', (doc) => doc.getMap('meta').set('locale', 'xx')],
  ['merged areas that are a string', (doc) => sheetNamed(doc, 'Data').set('merges', 'A1:B1')],
  ['a merged area whose corner is a number or a Y.Map', merges((map, key) => {
    map.set(key('A1'), 7);
    map.set(key('A2'), new Y.Map());
  })],
  ['two merged areas overlapping (two colleagues merging at once)', merges((map, key) => {
    map.set(key('A1'), key('B2'));
    map.set(key('B1'), key('C1'));
  })],
  ['a merged area whose corner row is gone', merges((map, key) => map.set(key('A1'), 'gone:x'))],
  ['a merged area of one cell', merges((map, key) => map.set(key('A2'), key('A2')))],
  ['the tab order holding numbers', (doc) => doc.getArray('sheetOrder').push([1, null])],
];
