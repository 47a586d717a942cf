import { afterEach, describe, expect, it } from 'vitest';
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import type { CellValue, RawCellContent } from 'hyperformula';
import { registerConditionalAggregates } from '../../models/engine/conditionalAggregates';
import { CONDITIONAL_AGGREGATE_TRANSLATIONS } from '../../models/engine/conditionalAggregateNames';
import { buildEngine } from '../../models/engine/engineConfig';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { evaluate as evaluateOver } from '../support/formulaTable';

const created: HyperFormula[] = [];

afterEach(() => {
  for (const engine of created.splice(0)) engine.destroy();
});

/**
 * A1:A10 are the criteria cells: two errors, numbers, text, a text number, a date, a blank and
 * a text spelling an error. B1:B10 hold 1..10; C1:C10 hold 1, 2, 4, …, 512, so a SUMIF over C
 * names exactly which rows matched; D1:D10 are C with #N/A in D3 (the row of "abc").
 */
const CRITERIA: RawCellContent[] = ['=1/0', 5, 'abc', null, '=NA()', "'5", '=DATE(2020,1,15)', -2, 'Abd', '="#N/A"'];
const DATA: RawCellContent[][] = CRITERIA.map((a, i) => [a, i + 1, 2 ** i, i === 2 ? '=NA()' : 2 ** i]);

function evaluate(formula: string, rows: RawCellContent[][] = DATA): CellValue {
  const engine = buildEngine({ S: rows.map((row, i) => (i === 0 ? [...row, null, formula] : row)) });
  created.push(engine);
  return engine.getCellValue({ sheet: 0, col: 5, row: 0 });
}

/** A number, or the error's type, so a table can hold both. */
function shown(value: CellValue): CellValue | ErrorType {
  return value instanceof DetailedCellError ? value.type : value;
}

const { DIV_BY_ZERO, NA, VALUE } = ErrorType;

/** A table of formulas over DATA, each with the value it gives, under one sentence saying why. */
function formulasGive(why: string, rows: Array<[string, number | ErrorType]>): void {
  it.each(rows)(`%s ${why} (%s)`, (formula, expected) => {
    expect(shown(evaluate(formula))).toBe(expected);
  });
}

// Every expected value is what LibreOffice 7.4 computed for the same cells and formula (an .xlsx
// with this data recalculated by soffice, as in test/interchange/libreOfficeRecalculation.test.ts).
// Where it is Excel's documented behaviour too, the comment says where that is written.
describe('criteria ranges holding errors', () => {
  formulasGive('skips the error cells that do not match', [
    // Microsoft's COUNTIF help: an error only matches a criterion that is that error.
    ['=COUNTIF(A1:A1,">0")', 0],
    ['=COUNTIF(A1,">0")', 0],
    ['=COUNTIF((A1:A1),"<0")', 0],
    ['=COUNTIFS(A1:A1,">0",B1:B1,">0")', 0],
    ['=SUMIF(A1:A1,">0",C1:C1)', 0],
    ['=SUMIF(A1:A1,">0")', 0],
    ['=SUMIFS(C1:C1,A1:A1,">0")', 0],
    ['=MINIFS(C1:C1,A1:A1,">0")', 0],
    ['=MAXIFS(C1:C1,A1:A1,">0")', 0],
    ['=COUNTIF(A1:A10,">0")', 2],
    ['=SUMIF(A1:A10,">0",C1:C10)', 2 + 64],
    ['=COUNTIFS(A1:A10,"<>5",D1:D10,">0")', 7],
    ['=SUMIFS(C1:C10,D1:D10,"<>2",A1:A10,"<>abc")', 1017],
  ]);

  formulasGive('counts an error cell as unequal to the value', [
    // "<>x" matches everything that is not x, errors and blanks included.
    ['=COUNTIF(A1:A1,"<>5")', 1],
    ['=COUNTIF(A1:A10,"<>5")', 8],
    ['=COUNTIF(A1:A10,"<>abc")', 9],
    ['=COUNTIF(A1:A10,"<>")', 9],
    ['=SUMIF(A1:A10,"<>5",C1:C10)', 1023 - 2 - 32],
  ]);

  formulasGive('matches the error a criterion names', [
    // Exceljet, "Count cells that contain errors" / "Sum and ignore errors": the idioms
    // COUNTIF(range,"#N/A") and SUMIF(range,"<>#N/A").
    ['=COUNTIF(A1:A1,"#DIV/0!")', 1],
    ['=COUNTIF(A1:A10,"#DIV/0!")', 1],
    ['=COUNTIF(A1:A10,"=#DIV/0!")', 1],
    ['=COUNTIF(A1:A10,"<>#DIV/0!")', 9],
    ['=COUNTIF(A5:A5,"#N/A")', 1],
    // The text "#N/A" in A10 matches as text, as LibreOffice does.
    ['=COUNTIF(A1:A10,"#N/A")', 2],
    ['=COUNTIF(A1:A10,"#n/a")', 2],
    ['=COUNTIF(A1:A10,"<>#N/A")', 8],
    ['=COUNTIF(A1:A10,"#VALUE!")', 0],
    ['=SUMIF(A1:A10,"#DIV/0!",C1:C10)', 1],
    ['=SUMIF(A1:A10,"<>#N/A",C1:C10)', 1023 - 16 - 512],
    ['=SUMIFS(D1:D10,D1:D10,"<>#N/A")', 1023 - 4],
    ['=AVERAGEIF(D1:D10,"<>#N/A")', (1023 - 4) / 9],
    ['=MAXIFS(D1:D10,D1:D10,"<>#N/A")', 512],
  ]);
});

describe('error criteria in Danish', () => {
  formulasGive('matches the error a Danish planner names, as Danish Excel shows it', [
    // Danish Excel shows #N/A as #I/T and #DIV/0! as #DIVISION/0!, and its planners type those
    // names in a criterion. The text "#N/A" in A10 is not the error #I/T, so it is not matched.
    ['=COUNTIF(A1:A10,"#I/T")', 1],
    ['=COUNTIF(A1:A10,"#i/t")', 1],
    ['=COUNTIF(A1:A10,"#DIVISION/0!")', 1],
    ['=SUMIF(A1:A10,"<>#I/T",C1:C10)', 1023 - 16],
  ]);
});

describe('aggregated ranges holding errors', () => {
  formulasGive('propagates an error only from a cell it includes', [
    // Microsoft's SUMIF help: only the cells whose criteria match are added, so an error
    // elsewhere in the sum range does not matter, and one that is included is the result.
    ['=SUMIF(B2:B2,"<0",A1:A1)', 0],
    ['=SUMIF(B2:B2,">0",A1:A1)', DIV_BY_ZERO],
    ['=SUMIFS(A1:A1,B1:B1,"<0")', 0],
    ['=SUMIFS(A1:A1,B1:B1,">0")', DIV_BY_ZERO],
    ['=SUMIF(A1:A10,">0",D1:D10)', 2 + 64],
    ['=SUMIF(A1:A10,"abc",D1:D10)', NA],
    ['=SUMIF(A1:A10,"<>5",D1:D10)', NA],
    ['=SUMIFS(D1:D10,A1:A10,">0")', 2 + 64],
    ['=SUMIFS(D1:D10,A1:A10,"abc")', NA],
    ['=AVERAGEIF(A1:A10,">0",D1:D10)', 33],
    ['=AVERAGEIF(A1:A10,"abc",D1:D10)', NA],
    ['=AVERAGEIF(A1:A10,"<>5",D1:D10)', NA],
    ['=AVERAGEIF(A1:A1,">0",C1:C1)', DIV_BY_ZERO],
    ['=AVERAGEIF(A1:A10,">50000",C1:C10)', DIV_BY_ZERO],
    ['=MINIFS(D1:D10,A1:A10,"abc")', NA],
    ['=MAXIFS(D1:D10,A1:A10,">0")', 64],
    ['=MINIFS(C1:C10,A1:A10,"<>5")', 1],
    ['=COUNTIFS(B1:B10,">0",D1:D10,">0")', 9],
  ]);

  formulasGive('averages, in AVERAGEIFS (which HyperFormula lacks), the cells whose every criterion matches', [
    // Microsoft's AVERAGEIFS help: the average of the cells that meet every criterion; #DIV/0!
    // when none does; an error in an included cell is the result (as in AVERAGEIF).
    ['=AVERAGEIFS(C1:C10,B1:B10,">3",B1:B10,"<8")', (8 + 16 + 32 + 64) / 4],
    ['=AVERAGEIFS(D1:D10,B1:B10,">3")', (1023 - 7) / 7],
    ['=AVERAGEIFS(D1:D10,B1:B10,"<4")', NA],
    ['=AVERAGEIFS(D1:D10,D1:D10,"<>#N/A")', (1023 - 4) / 9],
    ['=AVERAGEIFS(C1:C1,A1:A1,">0")', DIV_BY_ZERO],
    ['=AVERAGEIFS(C1:C10,A1:A10,">50000")', DIV_BY_ZERO],
  ]);

  formulasGive('already treats error cells as Excel does', [
    // Microsoft's COUNT and COUNTA help: COUNT counts numbers, COUNTA every cell that is not empty.
    ['=COUNT(A1:A10)', 3],
    ['=COUNT(A1:A1)', 0],
    ['=COUNTA(A1:A10)', 9],
    ['=COUNTA(A1)', 1],
  ]);
});

describe('the criterion syntax stays HyperFormula’s', () => {
  formulasGive('reads its criterion as HyperFormula did', [
    ['=COUNTIF(A1:A10,"<0")', 1],
    ['=COUNTIF(A1:A10,">4")', 2],
    // A number criterion given as text matches the number and the text number.
    ['=COUNTIF(A1:A10,"5")', 2],
    ['=COUNTIF(A1:A10,"=5")', 2],
    ['=SUMIF(A1:A10,"5",C1:C10)', 2 + 32],
    // Text is matched without regard to case; * and ? are wildcards, ~ escapes them.
    ['=COUNTIF(A1:A10,"ABC")', 1],
    ['=COUNTIF(A1:A10,"a*")', 2],
    ['=COUNTIF(A1:A10,"?bc")', 1],
    ['=COUNTIF(A1:A10,"A?D")', 1],
    ['=COUNTIF(A1:A10,"~*")', 0],
    ['=COUNTIF(A1:A10,"<>"&"abc")', 9],
    // "=" matches blank cells only.
    ['=COUNTIF(A1:A10,"=")', 1],
    ['=SUMIF(A1:A10,"=",C1:C10)', 8],
    // Dates are numbers.
    ['=COUNTIF(A1:A10,">"&DATE(2020,1,1))', 1],
    ['=SUMIF(A1:A10,"<"&DATE(2020,2,1),C1:C10)', 2 + 64 + 128],
    ['=SUMIFS(C1:C10,A1:A10,"<>5",B1:B10,">3")', 8 + 16 + 64 + 128 + 256 + 512],
  ]);

  it.each([
    ['a criterion that is an error', '=COUNTIF(A1:A10,A1)', DIV_BY_ZERO],
    ['a range that is an error, not a reference', '=COUNTIF(1/0,">0")', DIV_BY_ZERO],
    ['ranges of different sizes', '=SUMIFS(C1:C10,A1:A9,">0")', VALUE],
    ['a missing criterion', '=COUNTIF(A1:A10)', NA],
    ['an unpaired criteria range', '=COUNTIFS(A1:A10,">0",B1:B10)', NA],
  ])('answers %s with the error HyperFormula gave', (_case, formula, expected) => {
    expect(shown(evaluate(formula))).toBe(expected);
  });

  it('computes every result of an array of criteria afresh', () => {
    const engine = buildEngine({ S: [[1, '=ARRAYFORMULA(AVERAGEIF(A1:A3,{">1",">0"}))'], [2], [3]] });
    created.push(engine);
    expect(engine.getSheetValues(0)[0]).toEqual([1, 2.5, 2]);
  });
});

describe('a workbook that changes', () => {
  it('recounts when an error cell in the criteria range gets a value, and back', () => {
    const engine = buildEngine({ S: [['=1/0', '=COUNTIF(A1:A1,">0")', '=SUMIF(A1:A2,"<>#DIV/0!",D1:D2)', 1], [4, null, null, 2]] });
    created.push(engine);
    const results = (): CellValue[] => [1, 2].map((col) => shown(engine.getCellValue({ sheet: 0, col, row: 0 })));
    expect(results()).toEqual([0, 2]);
    engine.setCellContents({ sheet: 0, col: 0, row: 0 }, 3);
    expect(results()).toEqual([1, 3]);
    engine.setCellContents({ sheet: 0, col: 0, row: 0 }, '=1/0');
    expect(results()).toEqual([0, 2]);
  });
});

describe('names', () => {
  it.each(Object.entries(CONDITIONAL_AGGREGATE_TRANSLATIONS['daDK']!))('%s reads as %s in a Danish workspace', (canonical, danish) => {
    expect(toDisplayFormula(`=${canonical}(A1:A10,">0")`, 'da-DK')).toBe(`=${danish}(A1:A10;">0")`);
    expect(fromDisplayFormula(`=${danish.toLowerCase()}(A1:A10;">0")`, 'da-DK')).toBe(`=${canonical}(A1:A10,">0")`);
  });

  it('computes a formula a planner typed in Danish', () => {
    expect(shown(evaluate(fromDisplayFormula('=TÆL.HVIS(A1:A1;">0")+SUM.HVIS(A1:A10;"<>#N/A";C1:C10)', 'da-DK')))).toBe(0 + 1023 - 16 - 512);
  });

  it('can be registered again without changing results', () => {
    registerConditionalAggregates();
    registerConditionalAggregates();
    expect(shown(evaluate('=COUNTIF(A1:A1,">0")'))).toBe(0);
  });
});

describe('sums in IEEE 754 doubles, in the order of the data (seed 7051 of the LibreOffice differential test)', () => {
  // Benchmark!C2:C25 of that seed's Sjælland rows: 24 one-decimal values whose mean is 3.6 in
  // decimal. Added in order as doubles (as Excel does, Microsoft's floating-point article) the
  // sum is 86.39999999999998 and the mean 3.5999999999999992, so 3.6 is above it; LibreOffice 7.4
  // sums with compensation (test/interchange/support/libreOfficeDeviations.ts). Excel compares
  // numbers on 15 significant digits (excelComparison.ts), where 3.5999999999999992 is 3.6, so the
  // planner's test finds "under", as LibreOffice's does.
  const values = [2.1, 3.6, 2.8, 4.7, 4.8, 5.1, 3.1, 4.6, 2.9, 4.3, 4.8, 1.8, 3.7, 3.3, 4.3, 2.7, 3.3, 4.9, 3.3, 4.6, 2.8, 3.1, 3, 2.8];
  const sheet: RawCellContent[][] = values.map((v) => ['Sjælland', v]);

  it('AVERAGEIF is the plain double sum divided by the count, and 3.6 is not above it in 15 digits', () => {
    expect(evaluateOver(sheet, '=AVERAGEIF(A1:A24,"Sjælland",B1:B24)')).toBe(values.reduce((sum, v) => sum + v, 0) / 24);
    expect(evaluateOver(sheet, '=IF(3.6>AVERAGEIF(A1:A24,"Sjælland",B1:B24),"over","under")')).toBe('under');
  });
});
