import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { inputToEditText, parseLocaleNumber, parseTypedInput } from '../../models/workbook/cellInputText.js';
import type { CellInput } from '../../models/workbook/workbookSchema.js';

describe('formulas in a Danish workspace read as in Danish Excel', () => {
  it.each([
    ['=IF(A1>0.5,1,0)', '=HVIS(A1>0,5;1;0)'],
    ['=SUM(A1:A12)', '=SUM(A1:A12)'],
    ['=AVERAGE(B2:B13)', '=MIDDEL(B2:B13)'],
    ['=COUNTIF(A1:A9,">0")', '=TÆL.HVIS(A1:A9;">0")'],
    ['=PERCENTILE(Benchmark!B4:B100,0.15)', '=FRAKTIL(Benchmark!B4:B100;0,15)'],
    ['=RANK(B101,B4:B101)', '=PLADS(B101;B4:B101)'],
    ['=RANK.EQ(B101,B4:B101,1)', '=PLADS.LIGE(B101;B4:B101;1)'],
    ['=PERCENTRANK(B4:B100,B101)', '=PROCENTPLADS(B4:B100;B101)'],
    ['=IF(TRUE,1,FALSE)', '=HVIS(SAND;1;FALSK)'],
    ['=ROUND(A1*1.25,2)', '=AFRUND(A1*1,25;2)'],
    ['=LOG10(A1)', '=LOG10(A1)'],
    ['=A1*.5', '=A1*,5'],
    ['=PRICE(A1,B1,0.05,0.06,100,2)', '=KURS(A1;B1;0,05;0,06;100;2)'],
    ['=COUPDAYBS(A1,B1,2)+COUPDAYSNC(A1,B1,2)', '=KUPONDAGE.SA(A1;B1;2)+KUPONDAGE.ANK(A1;B1;2)'],
    ['=ACCRINT(A1,B1,C1,0.1,1000,2)', '=PÅLØBRENTE(A1;B1;C1;0,1;1000;2)'],
    ['=MODE.MULT(A1:A9)', '=HYPPIGST.FLERE(A1:A9)'],
    ['=AREAS(A1:B2)', '=OMRÅDER(A1:B2)'],
  ])('%s reads %s', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
  });

  it('translates function names typed in lower case', () => {
    expect(fromDisplayFormula('=hvis(a1>0,5;1;0)', 'da-DK')).toBe('=IF(A1>0.5,1,0)');
  });

  it.each([
    ['=IF(A1="1,5;2",1,0)', '=HVIS(A1="1,5;2";1;0)'],
    ['="SUM(A1,B2)"&"HVIS"', '="SUM(A1,B2)"&"HVIS"'],
    ['="say ""1.5"""', '="say ""1.5"""'],
  ])('leaves strings untouched: %s', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
  });

  it.each([
    ["='Ark, 1.5'!A1+1.5", "='Ark, 1.5'!A1+1,5"],
    ["=SUM('Mål; 2023'!A1:A3)", "=SUM('Mål; 2023'!A1:A3)"],
    ['=SUM!A1+MIDDEL!B2', '=SUM!A1+MIDDEL!B2'],
    ['=Forudsætninger!B5*2', '=Forudsætninger!B5*2'],
  ])('leaves sheet names untouched: %s', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
  });

  it('shows a number with an exponent with the Danish decimal comma', () => {
    expect(toDisplayFormula('=A1*1.5E3', 'da-DK')).toBe('=A1*1,5E3');
    expect(fromDisplayFormula('=A1*1,5E3', 'da-DK')).toBe('=A1*1.5E3');
    expect(toDisplayFormula('=A1*1.5E+3', 'da-DK')).toBe('=A1*1,5E+3');
    expect(fromDisplayFormula('=A1*1,5E+3', 'da-DK')).toBe('=A1*1.5E+3');
  });

  it("keeps a defined name spelt as a function (Rente, Danish Excel's RATE) as a name: only a called word is a function", () => {
    expect(fromDisplayFormula('=Rente*2+RENTE(0,1;2;-100)+SAND', 'da-DK')).toBe('=Rente*2+RATE(0.1,2,-100)+TRUE');
    expect(toDisplayFormula('=Rate*2+RATE(0.1,2,-100)+TRUE', 'da-DK')).toBe('=Rate*2+RENTE(0,1;2;-100)+SAND');
  });

  it('leaves array literals as they are', () => {
    expect(toDisplayFormula('=SUM({1,2;3,4})', 'da-DK')).toBe('=SUM({1,2;3,4})');
  });

  it('an English workspace shows the canonical formula', () => {
    expect(toDisplayFormula('=IF(A1>0.5,1,0)', 'en-GB')).toBe('=IF(A1>0.5,1,0)');
    expect(fromDisplayFormula('=IF(A1>0.5,1,0)', 'en-GB')).toBe('=IF(A1>0.5,1,0)');
  });
});

describe('a formula is read in the interface language unless it is evidently in the other (issue 12)', () => {
  it.each<[string, 'da-DK' | 'en-GB', string]>([
    // Typed in the interface's own language.
    ['=HVIS(B2>5;"ja";"nej")', 'da-DK', '=IF(B2>5,"ja","nej")'],
    ['=IF(B2>5,"yes","no")', 'en-GB', '=IF(B2>5,"yes","no")'],
    ['=SUM(A1:A3)*0,5', 'da-DK', '=SUM(A1:A3)*0.5'],
    ['=SUM(A1:A3)*0.5', 'en-GB', '=SUM(A1:A3)*0.5'],
    // Canonical English typed in a Danish interface stays that formula, never `=HVIS(B2>5,"yes"."no")`.
    ['=IF(B2>5,"yes","no")', 'da-DK', '=IF(B2>5,"yes","no")'],
    ['=ROUND(A1*1.25,2)', 'da-DK', '=ROUND(A1*1.25,2)'],
    // Danish typed in an English interface is translated.
    ['=HVIS(B2>5;"ja";"nej")', 'en-GB', '=IF(B2>5,"ja","nej")'],
    ['=AFRUND(A1*1,25;2)', 'en-GB', '=ROUND(A1*1.25,2)'],
    ['=MIDDEL(A1:A3)', 'en-GB', '=AVERAGE(A1:A3)'],
    // Names both languages share say nothing: the interface language decides.
    ['=SUM(A1;A2)', 'da-DK', '=SUM(A1,A2)'],
    ['=SUM(A1,A2)', 'en-GB', '=SUM(A1,A2)'],
    ['=SUM(A1;A2)', 'en-GB', '=SUM(A1,A2)'],
    // A formula mixing both is read in the interface language (and shows its error there).
    ['=HVIS(B2>5,ROUND(A1,2);0)', 'da-DK', '=IF(B2>5.ROUND(A1.2),0)'],
    ['=IF(B2>5,MIDDEL(A1:A3),0)', 'en-GB', '=IF(B2>5,MIDDEL(A1:A3),0)'],
    // Separators inside strings and array literals are no evidence.
    ['=IF(A1="a;b",1,0)', 'da-DK', '=IF(A1="a;b",1,0)'],
    ['=IF(A1>0,SUM({1,2;3,4}),0)', 'da-DK', '=IF(A1>0,SUM({1,2;3,4}),0)'],
  ])('%s typed in %s is %s', (typed, locale, canonical) => {
    expect(fromDisplayFormula(typed, locale)).toBe(canonical);
    expect(parseTypedInput(typed, locale)).toBe(canonical);
  });
});

describe('what a Danish planner types becomes the canonical input', () => {
  it.each<[string, CellInput | null]>([
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['12 %', 0.12],
    ['12%', 0.12],
    ['12,5 %', 0.125],
    ['-0,5', -0.5],
    ['+3', 3],
    ['1,5E3', 1500],
    ['1,5e-2', 0.015],
    ['1.5', 1.5],
    // In parentheses a number is negative, as Excel reads it typed into a cell.
    ['(2)', -2],
    ['(1.234,5)', -1234.5],
    ['(12 %)', -0.12],
    ['(-2)', '(-2)'],
    ['(2', '(2'],
    ['(2)(3)', '(2)(3)'],
    ['SAND', true],
    ['falsk', false],
    ['TRUE', true],
    ["'123", "'123"],
    ['Roskilde', 'Roskilde'],
    ['2023-07', '2023-07'],
    ['1,2,3', '1,2,3'],
    ['=HVIS(A1>0,5;1;0)', '=IF(A1>0.5,1,0)'],
    ['', null],
    ['   ', null],
  ])('%j → %j', (typed, input) => {
    expect(parseTypedInput(typed, 'da-DK')).toBe(input);
  });
});

describe('what an English planner types becomes the canonical input', () => {
  it.each<[string, CellInput | null]>([
    ['1,234.5', 1234.5],
    ['1.234,5', '1.234,5'],
    ['12%', 0.12],
    ['-0.5', -0.5],
    ['(1,234.5)', -1234.5],
    ['TRUE', true],
    ['SAND', 'SAND'],
    ['=IF(A1>0.5,1,0)', '=IF(A1>0.5,1,0)'],
  ])('%j → %j', (typed, input) => {
    expect(parseTypedInput(typed, 'en-GB')).toBe(input);
  });

  it('reads no grouping where there is none to read', () => {
    expect(parseLocaleNumber('1,23', 'en-GB')).toBeNull();
  });
});

describe('editing a cell starts from text that reads back as the same input', () => {
  const inputs: CellInput[] = [
    1234.5,
    -0.5,
    0.1 + 0.2,
    1e21,
    1.5e-7,
    -1234567.125,
    0,
    true,
    false,
    'Roskilde',
    '123',
    '12%',
    '1,5',
    '1.5',
    'SAND',
    'TRUE',
    '2023-07',
    "'leading apostrophe",
    '=IF(A1>0.5,SUM(B1:B3),0)',
    '=PERCENTILE(Benchmark!B4:B100,0.15)',
  ];

  it.each(inputs.flatMap((input) => (['da-DK', 'en-GB'] as const).map((locale) => [locale, input] as const)))(
    'in %s, %j',
    (locale, input) => {
      const text = inputToEditText(input, locale);
      const back = parseTypedInput(text, locale);
      // Text that reads as a number (or boolean) gets Excel's apostrophe and stays text, apostrophe included.
      if (typeof input === 'string' && !input.startsWith('=') && back !== input) expect(back).toBe(`'${input}`);
      else expect(back).toBe(input);
    },
  );

  it.each([
    ['da-DK', '123', "'123"],
    ['da-DK', '1,5', "'1,5"],
    ['da-DK', 'SAND', "'SAND"],
    ['en-GB', 'SAND', 'SAND'],
    ['en-GB', '1,5', '1,5'],
    ['da-DK', 'Roskilde', 'Roskilde'],
  ] as const)('in %s, text %j that looks like a number or boolean is shown as %j', (locale, input, text) => {
    expect(inputToEditText(input, locale)).toBe(text);
  });

  it('shows a number with the locale\'s decimal mark and no grouping', () => {
    expect(inputToEditText(1234.5, 'da-DK')).toBe('1234,5');
    expect(inputToEditText(1234.5, 'en-GB')).toBe('1234.5');
  });

  it('an empty cell starts from empty text', () => {
    expect(inputToEditText(undefined, 'da-DK')).toBe('');
  });
});

// Danish Excel's names from Microsoft's da-DK page of FEJLTYPE (ERROR.TYPE); #NUM!, #SPILL! and
// #CALC! are written alike (no Danish name for the last two on a Microsoft page).
describe('error literals in a formula read as in Danish Excel, strings untouched', () => {
  it.each([
    ['=#REF!', '=#REFERENCE!'],
    ['=IFERROR(#N/A,1)', '=HVIS.FEJL(#I/T;1)'],
    ['=ERROR.TYPE(#DIV/0!)', '=FEJLTYPE(#DIVISION/0!)'],
    ['=A1+#NAME?', '=A1+#NAVN?'],
    ['=IF(A1,#NULL!,#VALUE!)', '=HVIS(A1;#NUL!;#VÆRDI!)'],
    ['=IF(A1,#NUM!,#SPILL!)&#CALC!', '=HVIS(A1;#NUM!;#SPILL!)&#CALC!'],
    ['=#GETTING_DATA', '=#HENTER_DATA'],
    ['=Plan!#REF!', '=Plan!#REFERENCE!'],
    ['={1,#N/A}', '={1,#I/T}'],
    ['="#REF!"', '="#REF!"'],
    ['=IF(A1="#N/A",#N/A,"#DIV/0!")', '=HVIS(A1="#N/A";#I/T;"#DIV/0!")'],
  ])('%s reads %s in Danish, and back exactly; English shows it as stored', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
    expect(toDisplayFormula(canonical, 'en-GB')).toBe(canonical);
    expect(fromDisplayFormula(canonical, 'en-GB')).toBe(canonical);
  });

  it.each<[string, 'da-DK' | 'en-GB', string]>([
    ['=#i/t', 'da-DK', '=#N/A'],
    ['=#I/T', 'en-GB', '=#N/A'],
    ['=HVIS.FEJL(#I/T;1)', 'en-GB', '=IFERROR(#N/A,1)'],
    ['=IFERROR(#REFERENCE!,1)', 'en-GB', '=IFERROR(#REF!,1)'],
    ['=IFERROR(#N/A,1)', 'da-DK', '=IFERROR(#N/A,1)'],
    ['=#N/AB', 'da-DK', '=#N/AB'],
    ['="#I/T"', 'en-GB', '="#I/T"'],
  ])('typed %s in %s is stored %s: a Danish error name means the same error in either interface', (typed, locale, stored) => {
    expect(fromDisplayFormula(typed, locale)).toBe(stored);
  });
});
