import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { toExcelFormula } from '../../models/interchange/excelFormulas';
import { evaluate } from '../support/formulaTable';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures';

const open = openWorkbooks();

// Microsoft's TEXTBEFORE and TEXTAFTER pages: A2 "Little Red Riding Hood's red hood" (A1 here).
const HOOD = [["Little Red Riding Hood's red hood"], ['Roskilde, Køge; Greve'], ['1.234,5'], [12.5]];

describe('NUMBERVALUE, TEXTBEFORE and TEXTAFTER as Excel computes them', () => {
  it.each([
    ['=NUMBERVALUE("2.500,27",",",".")', 2500.27, "Microsoft's NUMBERVALUE page"],
    ['=NUMBERVALUE("3.5%")', 0.035, "Microsoft's NUMBERVALUE page"],
    ['=NUMBERVALUE(A3,",",".")', 1234.5, 'a Danish number from a cell'],
    ['=NUMBERVALUE(" 1 234 ")', 1234, 'spaces anywhere are removed'],
    ['=NUMBERVALUE("")', 0, 'an empty text is 0'],
    ['=NUMBERVALUE("1.2.3")', '#VALUE!', 'two decimal separators'],
    ['=NUMBERVALUE("1.5,3")', '#VALUE!', 'a group separator after the decimal one'],
    ['=NUMBERVALUE("12%%")', 0.0012, 'each % divides by 100'],
    ['=TEXTBEFORE(A1,"Red")', 'Little ', "Microsoft's TEXTBEFORE page"],
    ['=TEXTBEFORE(A1,"red",1,1)', 'Little ', 'match_mode 1 ignores case'],
    ['=TEXTBEFORE(A1,"red")', "Little Red Riding Hood's ", 'case counts by default'],
    ['=TEXTBEFORE(A1," ",-1)', "Little Red Riding Hood's red", 'a negative instance counts from the end'],
    ['=TEXTBEFORE(A1,"basket")', '#N/A', 'not found'],
    ['=TEXTBEFORE(A1,"basket",1,0,0,"-")', '-', 'not found: if_not_found'],
    ['=TEXTBEFORE(A1,"basket",1,0,1)', "Little Red Riding Hood's red hood", 'match_end: the end counts as a delimiter'],
    ['=TEXTBEFORE(A1,"Red",0)', '#VALUE!', 'instance 0'],
    ['=TEXTAFTER(A1,"Red")', " Riding Hood's red hood", "Microsoft's TEXTAFTER page"],
    ['=TEXTAFTER(A1,"basket")', '#N/A', "Microsoft's TEXTAFTER page"],
    ['=TEXTAFTER(A2,{",",";"},2)', ' Greve', 'several delimiters'],
    ['=TEXTAFTER(A2,", ")', 'Køge; Greve', 'a delimiter of two characters'],
    ['=TEXTAFTER(A4,".")', '5', 'a number is read as its text'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(HOOD, formula), source).toEqual(expected);
  });
});

describe('TEXTSPLIT as Excel computes it', () => {
  it('splits a text written in the formula into columns and spills', () => {
    expect(evaluate([], '=TEXTSPLIT("Dakota Lennon Sanchez"," ")', { rows: 1, columns: 3 })).toEqual([['Dakota', 'Lennon', 'Sanchez']]);
  });

  it('splits into rows and columns, padding a short row with #N/A (Microsoft\'s TEXTSPLIT page)', () => {
    expect(evaluate([], '=TEXTSPLIT("1,2,3;4,5",",",";")', { rows: 2, columns: 3 })).toEqual([
      ['1', '2', '3'],
      ['4', '5', '#N/A'],
    ]);
  });

  it('pads with pad_with and drops empty parts when asked', () => {
    expect(evaluate([], '=TEXTSPLIT("a,,b;c",",",";",1,0,"")', { rows: 2, columns: 2 })).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('a part of a cell\'s text is picked with INDEX', () => {
    // INDEX(…,3) with one index into a row is the formulas-core helper's INDEX fix; row and column here.
    expect(evaluate(HOOD, '=INDEX(TEXTSPLIT(A2,{", ";"; "}),1,3)')).toBe('Greve');
  });

  it('of a cell\'s text, a formula spills every part, as many as the text has (the engine sizes the spill as computed)', () => {
    const doc = open.document(workbookFile({ Ark: { A2: 'Roskilde, Køge, Greve', B2: '=TEXTSPLIT(A2,", ")' } }));
    const engine = open.engine(doc);
    const { sheetId } = locate(doc, 'Ark!B2');
    expect([1, 2, 3, 4].map((col) => engine.value(sheetId, 1, col))).toEqual(['Roskilde', 'Køge', 'Greve', null]);
  });
});

describe('the text functions in Danish and in files', () => {
  it('a Danish planner reads TALVÆRDI, TEKSTFØR, TEKSTEFTER and TEKSTOPDEL', () => {
    expect(toDisplayFormula('=NUMBERVALUE(A1)&TEXTBEFORE(A1,"x")&TEXTAFTER(A1,"x")&TEXTSPLIT(A1,",")', 'da-DK')).toBe(
      '=TALVÆRDI(A1)&TEKSTFØR(A1;"x")&TEKSTEFTER(A1;"x")&TEKSTOPDEL(A1;",")',
    );
    expect(fromDisplayFormula('=TEKSTFØR(A1;"x")', 'da-DK')).toBe('=TEXTBEFORE(A1,"x")');
  });

  it('a Danish planner writes FIXED and DOLLAR as FAST and KR, as Danish Excel names them', () => {
    expect(toDisplayFormula('="Udgift: "&FIXED(B5,0)&DOLLAR(B6)', 'da-DK')).toBe('="Udgift: "&FAST(B5;0)&KR(B6)');
    expect(fromDisplayFormula('=FAST(B5;1;SAND)&KR(B6;-2)', 'da-DK')).toBe('=FIXED(B5,1,TRUE)&DOLLAR(B6,-2)');
  });

  it('FIXED and DOLLAR are computed after an import and written under their own names in an .xlsx (Excel has had them since before 2007)', () => {
    for (const name of ['FIXED', 'DOLLAR']) expect(isSupportedFunction(name)).toBe(true);
    expect(toExcelFormula('="Udgift: "&FIXED(B5,0)&DOLLAR(B6)')).toBe('"Udgift: "&FIXED(B5,0)&DOLLAR(B6)');
  });

  it('they are computed after an import and written _xlfn. in an .xlsx', () => {
    for (const name of ['NUMBERVALUE', 'TEXTBEFORE', 'TEXTAFTER', 'TEXTSPLIT']) expect(isSupportedFunction(name)).toBe(true);
    expect(toExcelFormula('=TEXTSPLIT(TEXTBEFORE(A1,"x"),",")')).toBe('_xlfn.TEXTSPLIT(_xlfn.TEXTBEFORE(A1,"x"),",")');
  });
});
