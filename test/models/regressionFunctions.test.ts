import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { evaluate, expectClose, spillsExactly } from '../support/formulaTable';

// A: months 1..6 and B: sales 3100 … 8100 (Microsoft's LINEST page, simple linear regression);
// C: Microsoft's LINEST example 1 (y 1, 9, 5, 7 over x 0, 4, 2, 3); D, E: Microsoft's LOGEST page
// (months 11..16, units 33100 … 220000).
const DATA = [
  [1, 3100, 1, 0, 11, 33100],
  [2, 4500, 9, 4, 12, 47300],
  [3, 4400, 5, 2, 13, 69000],
  [4, 5400, 7, 3, 14, 102000],
  [5, 7500, null, null, 15, 150000],
  [6, 8100, null, null, 16, 220000],
];

describe('LINEST and LOGEST as Excel computes them', () => {
  it.each([
    ['=LINEST(C1:C4,D1:D4,,FALSE())', [[2, 1]], "Microsoft's LINEST page, example 1: slope 2, intercept 1"],
    ['=LINEST(B1:B6,A1:A6)', [[1000, 2000]], "Microsoft's LINEST page: month 9 is 9·1000 + 2000 = 11000"],
    ['=LOGEST(F1:F6,E1:E6,TRUE(),FALSE())', [[1.463275628, 495.3047702]], "Microsoft's LOGEST page"],
    [
      '=LINEST(B1:B6,A1:A6,TRUE(),TRUE())',
      [[1000, 2000], [133.095025129738, 518.330653798004], [0.933831376734258, 556.776436283002], [56.4516129032258, 4], [17500000, 1240000]],
      'the statistics block, as LibreOffice 7.4 computes it',
    ],
    [
      '=LINEST(B1:B6,A1:A6,FALSE(),TRUE())',
      [[1461.53846153846, 0], [113.441514344042, '#N/A'], [0.97075816712253, 1082.16307600884], [165.987913820284, 5], [194384615.384615, 5855384.61538462]],
      'through the origin: sums about zero, no intercept error (LibreOffice 7.4; Microsoft\'s LINEST page for the rule)',
    ],
  ])('%s is %j (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(DATA, formula, { rows: expected.length, columns: 2 }), expected, 6), source).toBe(true);
  });

  it.each([
    ['=INDEX(LOGEST(B1:B6,A1:A6,TRUE(),TRUE()),2,1)', 0.0231007328972613, 'the standard error of ln m (LibreOffice 7.4)'],
    ['=INDEX(LINEST(B1:B6,A1:A6),1,1)*9+INDEX(LINEST(B1:B6,A1:A6),1,2)', 11000, "Microsoft's LINEST page: the 9th month"],
    ['=INDEX(LINEST(B1:B3,{1,2;3,4;5,6}),1,1)', 0, 'x₂ = x₁ + 1 is collinear with x₁ and the constant: dropped, its coefficient (given first) 0, as Microsoft\'s LINEST page says'],
    ['=LINEST(B1:B6,A1:A5)', '#REF!', 'x and y of different sizes'],
    ['=INDEX(LINEST(B1:B2,A1:A2,TRUE(),TRUE()),3,2)', 0, 'two points: an exact fit, standard error 0 (LibreOffice 7.4)'],
    ['=INDEX(LINEST(B1:B2,A1:A2,TRUE(),TRUE()),4,1)', '#N/A', 'two points: no F (LibreOffice 7.4)'],
    ['=LOGEST({1,-2,3})', '#NUM!', 'a y below 0'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(DATA, formula), expected), source).toBe(true);
  });

  it('a Danish planner reads LINREGR and LOGREGR, and an import computes them', () => {
    expect(toDisplayFormula('=INDEX(LINEST(B1:B6),1)+INDEX(LOGEST(B1:B6),1)', 'da-DK')).toBe('=INDEKS(LINREGR(B1:B6);1)+INDEKS(LOGREGR(B1:B6);1)');
    expect(fromDisplayFormula('=LINREGR(B1:B6)', 'da-DK')).toBe('=LINEST(B1:B6)');
    expect(isSupportedFunction('LINEST') && isSupportedFunction('LOGEST')).toBe(true);
  });
});

/**
 * Several x variables (multiple regression). A–D, E: Microsoft's LINEST page, example 4 (floor
 * space, offices, entrances, age → assessed value). G, H the x's and J the y's of a small plan;
 * I = G + 2·H is collinear with them. Values as LibreOffice 7.4 computes them (they agree with the
 * figures on Microsoft's page), except where LibreOffice gives #VALUE! for collinear x's.
 */
const OFFICES = [
  [2310, 2, 2, 20, 142000, null, 1, 4, 9, 3.1],
  [2333, 2, 2, 12, 144000, null, 2, 3, 8, 5.2],
  [2356, 3, 1.5, 33, 151000, null, 3, 7, 17, 6.9],
  [2379, 3, 2, 43, 150000, null, 4, 1, 6, 9.4],
  [2402, 2, 3, 53, 139000, null, 5, 5, 15, 10.8],
  [2425, 4, 2, 23, 169000, null, 6, 2, 10, 13.5],
  [2448, 2, 1.5, 99, 126000, null, 7, 8, 23, 14.1],
  [2471, 2, 2, 34, 142900, null, 8, 6, 20, 17.3],
  [2494, 3, 3, 23, 163000],
  [2517, 4, 4, 55, 169000],
  [2540, 2, 3, 22, 149000],
];
const NA = '#N/A';

describe('LINEST and LOGEST with several x variables, as Excel computes them', () => {
  it.each([
    [
      '=LINEST(E1:E11,A1:D11,TRUE,TRUE)',
      [
        [-234.237164471202, 2553.21066039154, 12529.7681670868, 27.6413873660203, 52317.8305072914],
        [13.2680114755004, 530.669151930379, 400.066838193953, 5.42937404154532, 12237.3616028624],
        [0.99674799338451, 970.578462928507, NA, NA, NA],
        [459.753674225392, 6, NA, NA, NA],
        [1732393319.22925, 5652135.31620398, NA, NA, NA],
      ],
      "Microsoft's example 4: the age's coefficient first, the intercept last, #N/A beside the statistics",
    ],
    [
      '=LINEST(J1:J8,G1:H8,FALSE,TRUE)',
      [
        [0.00627819548872132, 2.17056390977444, 0],
        [0.108591649076167, 0.108591649076167, NA],
        [0.996194090283412, 0.784245722579001, NA],
        [785.247810221208, 6, NA],
        [965.919751879699, 3.69024812030075, NA],
      ],
      'through the origin',
    ],
    [
      '=LINEST(TRANSPOSE(J1:J8),TRANSPOSE(G1:H8),TRUE,TRUE)',
      [
        [-0.149107142857143, 2.01517857142857, 1.64017857142857],
        [0.0527118538928041, 0.0527118538928041, 0.296626171231036],
        [0.996829678012297, 0.322074747313637, NA],
        [786.063436047512, 5, NA],
        [163.080089285714, 0.518660714285715, NA],
      ],
      'a row of y\'s: each row of known_x\'s is a variable',
    ],
    [
      '=LINEST(J1:J8,G1:I8,TRUE,TRUE)',
      [
        [0, -0.149107142857143, 2.01517857142857, 1.64017857142857],
        [0, 0.0527118538928041, 0.0527118538928041, 0.296626171231036],
        [0.996829678012297, 0.322074747313637, NA, NA],
        [786.063436047512, 5, NA, NA],
        [163.080089285714, 0.518660714285715, NA, NA],
      ],
      "a collinear x (I = G + 2·H) is dropped: 0 and 0, the fit of G and H (Microsoft's LINEST page; LibreOffice 7.4 gives #VALUE!)",
    ],
    [
      '=LOGEST(E1:E11,A1:D11,TRUE,TRUE)',
      [
        [0.998307311395751, 1.01810621384184, 1.08543473416676, 1.00017437377135, 80387.1472131755],
        [0.0000822132224295928, 0.00328821098057803, 0.00247895353541688, 0.0000336422934631347, 0.0758269566818821],
        [0.997224228993195, 0.00601404236086586, NA, NA, NA],
        [538.890398315583, 6, NA, NA, NA],
        [0.0779638724932392, 0.000217012233109734, NA, NA, NA],
      ],
      'LOGEST: the m of each variable, last first, then b',
    ],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spillsExactly(OFFICES, formula, expected), source).toBe(true);
  });

  it.each([
    ['=COLUMNS(LINEST(E1:E11,A1:D11))', 5, 'a column per x variable and one for the intercept'],
    ['=ROWS(LINEST(E1:E11,A1:D11))', 1, 'without statistics one row'],
    ['=INDEX(LINEST(J1:J8,G1:H8),1,3)', 1.64017857142857, 'the intercept, last'],
    ['=INDEX(LOGEST(J1:J8,G1:H8,FALSE),1,3)', 1, 'LOGEST through (0,1): b is 1'],
    ['=LINEST(J1:J8,G1:H7)', '#REF!', 'x\'s with another number of rows'],
    ['=INDEX(LINEST(J1:J3,G1:H3,TRUE,TRUE),4,2)', 0, 'three points, two variables and a constant: no degree of freedom left (LibreOffice 7.4)'],
    ['=INDEX(LINEST(J1:J3,G1:H3,TRUE,TRUE),4,1)', NA, 'no degree of freedom: no F (LibreOffice 7.4)'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(OFFICES, formula), expected), source).toBe(true);
  });
});
