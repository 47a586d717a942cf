import { describe, expect, it } from 'vitest';
import {
  formatReference,
  joinFormula,
  quotedEnd,
  sheetPrefix,
  splitFormula,
  type A1Reference,
  type ReferenceAxis,
} from '../../models/formula/a1References.js';

/** The references found in a formula, written back one by one. */
function referencesIn(formula: string): string[] {
  return splitFormula(formula).flatMap((s) => (s.kind === 'ref' ? [formatReference(s.ref)] : []));
}

function onlyReference(formula: string): A1Reference {
  const refs = splitFormula(formula).flatMap((s) => (s.kind === 'ref' ? [s.ref] : []));
  expect(refs, formula).toHaveLength(1);
  return refs[0]!;
}

const relative = (index: number): ReferenceAxis => ({ index, absolute: false });
const absolute = (index: number): ReferenceAxis => ({ index, absolute: true });

describe('splitFormula finds the references planners write', () => {
  it('reads a cell as zero-based column and row', () => {
    expect(onlyReference('=B5')).toEqual({ sheet: undefined, start: { col: relative(1), row: relative(4) } });
  });

  it('reads a cell range with both corners', () => {
    expect(onlyReference('=SUM(A2:C9)')).toEqual({
      sheet: undefined,
      start: { col: relative(0), row: relative(1) },
      end: { col: relative(2), row: relative(8) },
    });
  });

  it('reads a column range (A:B) as corners without rows', () => {
    expect(onlyReference('=SUM(A:B)')).toEqual({ sheet: undefined, start: { col: relative(0) }, end: { col: relative(1) } });
  });

  it('reads a row range (1:3) as corners without columns', () => {
    expect(onlyReference('=SUM(1:3)')).toEqual({ sheet: undefined, start: { row: relative(0) }, end: { row: relative(2) } });
  });

  it.each([
    ['=$A$1', { col: absolute(0), row: absolute(0) }],
    ['=$A1', { col: absolute(0), row: relative(0) }],
    ['=A$1', { col: relative(0), row: absolute(0) }],
    ['=A1', { col: relative(0), row: relative(0) }],
  ])('records which parts of %s are absolute', (formula, start) => {
    expect(onlyReference(formula).start).toEqual(start);
  });

  it.each([
    ["='Mit ark'!A1", 'Mit ark'],
    ["='O''Brien'!A1", "O'Brien"],
    ['=Forudsætninger!B1', 'Forudsætninger'],
    ["=SUM('Mål 2023'!A1:B3)", 'Mål 2023'],
    ['=Ark1!A1:Ark1!B2', 'Ark1'],
  ])('reads the sheet name of %s as %s', (formula, sheet) => {
    expect(onlyReference(formula).sheet).toBe(sheet);
  });

  it('finds every reference of a longer formula, in order', () => {
    expect(referencesIn("=IF(Data!$B$1>0,SUM(A1:A12)/'Mit ark'!C3,E5)")).toEqual([
      'Data!$B$1',
      'A1:A12',
      "'Mit ark'!C3",
      'E5',
    ]);
  });
});

describe('splitFormula leaves what is not a reference as text', () => {
  it.each([
    ['a function name ending in digits', '=LOG10(4)'],
    ['a function name with a space before its bracket', '=LOG10 (4)'],
    ['a function name in lower case that reads like a cell', '=log10(4)'],
    ['a string that looks like a cell', '="A1"&"B2:C3"'],
    ['an error literal', '=#REF!+#DIV/0!'],
    ['decimal and exponent numbers', '=1.5+1E5+2.5E-3'],
    ['booleans', '=TRUE+FALSE'],
    ['a row number beyond Excel\'s sheet', '=A1048577'],
    ['a column beyond the sheet', '=AAAA1'],
    ['a name that is not a cell', '=Foo+Bar'],
  ])('%s (%s)', (_what, formula) => {
    expect(referencesIn(formula)).toEqual([]);
    expect(joinFormula(splitFormula(formula))).toBe(formula);
  });

  it('takes the reference inside a function whose name ends in digits', () => {
    expect(referencesIn('=LOG10(A1)+ATAN2(B2,C3)')).toEqual(['A1', 'B2', 'C3']);
  });

  it('keeps a string containing a quote and a reference-like text whole', () => {
    const segments = splitFormula('="say ""A1"""&B1');
    expect(segments[0]).toEqual({ kind: 'text', text: '="say ""A1"""&' });
    expect(referencesIn('="say ""A1"""&B1')).toEqual(['B1']);
  });

  it('never throws on text that is not a formula at all', () => {
    for (const text of ["'", "='unterminated", '="open', '=#', '=!!', '=A1:', '=:B2', '=Ark1!', '']) {
      expect(joinFormula(splitFormula(text))).toBe(text);
    }
  });
});

describe('joinFormula writes back what splitFormula read', () => {
  it.each([
    '=SUM(A1:B2)*$C$3',
    '=A:B',
    '=SUM($1:$3)',
    "='Mit ark'!A1",
    "='O''Brien'!A1+1",
    '=Forudsætninger!B1*Fremskrivning!$E$5',
    '=IF(A1>0.5,1,0)',
    '=LOG10(A1)',
    '="A1"&B1',
    '=#REF!+A1',
    '=1.5+1E5-E5',
    '=-A1%',
    "=PERCENTILE(Benchmark!B4:B100,0.15)",
    "=SUM('Mål 2023'!A1:B3)",
    '=RANK.EQ(B2,$B$2:$B$10,0)',
    '={1,2;3,4}',
  ])('%s', (formula) => {
    expect(joinFormula(splitFormula(formula))).toBe(formula);
  });
});

describe('sheetPrefix quotes a sheet name where Excel would', () => {
  it.each([
    ['Budget', 'Budget!'],
    ['Forudsætninger', 'Forudsætninger!'],
    ['Mit ark', "'Mit ark'!"],
    ["O'Brien", "'O''Brien'!"],
    ['2023', "'2023'!"],
    ['A1', "'A1'!"],
    ['TRUE', "'TRUE'!"],
    ['R1C1', "'R1C1'!"],
    ['Ark-2', "'Ark-2'!"],
  ])('%s → %s', (name, prefix) => {
    expect(sheetPrefix(name)).toBe(prefix);
  });

  it('writes a name so that reading it back gives the same name', () => {
    for (const name of ['Mit ark', "O'Brien", "Brien's ''plan''", 'A1', 'Æ Ø Å', 'Q1 2023', 'x.y']) {
      expect(onlyReference(`=${sheetPrefix(name)}C3`).sheet).toBe(name);
    }
  });
});

describe('a quoted stretch in a formula', () => {
  it.each([
    ['="a""b"&A1', 1, 7],
    ["='Ark ''1'''!A1", 1, 12],
    ['="åben', 1, 6],
    ['=""', 1, 3],
  ])('in %s, the one at %i ends before %i, a doubled quote inside it', (formula, at, end) => {
    expect(quotedEnd(formula, at)).toBe(end);
  });
});
