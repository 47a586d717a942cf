/**
 * ERF, ERFC, ERF.PRECISE and ERFC.PRECISE (models/engine/errorFunctions.ts) as Excel computes
 * them: Microsoft's examples, and LibreOffice 7.4's results on this machine, which agree with
 * Excel's 15 digits where HyperFormula's ERFC (1 - ERF) lost the small tail.
 */
import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { evaluate } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/da-dk/excel/functions';
const LIBREOFFICE = 'LibreOffice 7.4, 15 significant digits';

/** Equal in Excel's 15 significant digits. */
function sameIn15Digits(actual: unknown, expected: number): boolean {
  return typeof actual === 'number' && Number(actual.toPrecision(15)) === Number(expected.toPrecision(15));
}

describe('the error functions give Excel’s 15 digits', () => {
  it.each([
    ['=ERF.PRECISE(0.745)', 0.707928920095738, `${MS}/erf-precise-function (0,70792892)`],
    ['=ERF.PRECISE(1)', 0.842700792949715, `${MS}/erf-precise-function (0,84270079)`],
    ['=ERFC.PRECISE(1)', 0.157299207050285, `${MS}/erfc-precise-function (0,15729921)`],
    ['=ERF.PRECISE(-0.5)', -0.520499877813047, LIBREOFFICE],
    ['=ERFC.PRECISE(-0.5)', 1.52049987781305, '2 - ERFC(0,5); LibreOffice 7.4: ERF.PRECISE(-0,5) is -0,520499877813047'],
    ['=ERFC.PRECISE(TRUE)', 0.157299207050285, LIBREOFFICE],
    ['=ERF(1,2)', 0.152621472069238, LIBREOFFICE],
    ['=ERF(3)', 0.999977909503001, LIBREOFFICE],
    ['=ERFC(3)', 2.20904969985854e-5, LIBREOFFICE],
    ['=ERFC(6)', 2.15197367124989e-17, LIBREOFFICE],
    ['=ERFC.PRECISE(4.5)', 1.96616044154289e-10, 'erfc(4,5), Python’s math.erfc'],
    ['=ERFC(0.1)', 0.887537083981715, LIBREOFFICE],
  ])('%s is %d (%s)', (formula, expected) => {
    const actual = evaluate([], formula);
    expect(sameIn15Digits(actual, expected), `${formula} gave ${String(actual)}`).toBe(true);
  });

  it.each([
    ['=ERF.PRECISE("a")', '#VALUE!'],
    ['=ERFC.PRECISE(A1)', '#VALUE!'],
  ])('%s is %s', (formula, expected) => {
    expect(evaluate([['tekst']], formula)).toBe(expected);
  });

  it('takes one argument, as Excel does', () => {
    expect(evaluate([], '=ERF.PRECISE(1,2)')).toBe('#N/A');
  });
});

describe('their names', () => {
  it('are computed when a workbook with them is imported', () => {
    for (const name of ['ERF.PRECISE', 'ERFC.PRECISE']) expect(isSupportedFunction(name), name).toBe(true);
  });

  it('are Danish Excel’s: FEJLFUNK, FEJLFUNK.KOMP, and ERF.PRECISE and ERFC.PRECISE as in English', () => {
    expect(toDisplayFormula('=ERF(A1)+ERFC(A1)+ERF.PRECISE(A1)+ERFC.PRECISE(0.5)', 'da-DK')).toBe('=FEJLFUNK(A1)+FEJLFUNK.KOMP(A1)+ERF.PRECISE(A1)+ERFC.PRECISE(0,5)');
    expect(fromDisplayFormula('=ERF.PRECISE(0,745)', 'da-DK')).toBe('=ERF.PRECISE(0.745)');
  });
});
