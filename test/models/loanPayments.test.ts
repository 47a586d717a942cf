/**
 * PMT, IPMT, PPMT, CUMIPMT and CUMPRINC (models/engine/excelLoanPayments.ts) and VDB
 * (models/engine/depreciationFunctions.ts, which HyperFormula lacks): Microsoft's examples, and the
 * edges where HyperFormula 3.5 differed from Excel, each with its source.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, expectClose } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/en-us/excel';
const OI = 'https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500';
const PAGE = {
  pmt: `${MS}/pmt-function`,
  ipmt: `${MS}/ipmt-function`,
  ppmt: `${MS}/ppmt-function`,
  cumipmt: `${MS}/cumipmt-function`,
  cumprinc: `${MS}/cumprinc-function`,
  /** "In Excel, if nper is 0, then #DIV/0! is returned." */
  pmtOffice: `${OI}/77902b0a-d44f-4b40-bf1f-d73167a47f39`,
  /** "In Office if argument per is not in the range 1 ≤ per < nper+1, then #NUM! is returned." */
  ipmtOffice: `${OI}/5c0583c2-5459-4b56-9657-c94fb48dc600`,
  /** "In Excel, if the per argument is less than 1 or greater than the nper argument, #NUM! is returned." */
  ppmtOffice: `${OI}/e6f17fb3-cf25-42c5-817d-d67f8c6241e3`,
  /** "Office returns #NUM! if the end_period argument is greater than the nper argument"; "Excel truncates start-period and end-period to integers." */
  cumprincOffice: `${OI}/3449459a-0e83-4a19-b402-9642a5ea36ff`,
  /** "Arg2, Arg4, Arg5, and type are truncated to integers." */
  cumipmtVba: 'https://learn.microsoft.com/en-gb/office/vba/api/excel.worksheetfunction.cumipmt',
};

describe('loan payments as Excel computes them', () => {
  it.each([
    ['=PMT(0.08/12,10,10000)', -1037.03208935916, PAGE.pmt],
    ['=PMT(0.08/12,10,10000,0,1)', -1030.16432717797, PAGE.pmt],
    ['=PMT(0.05,0,100)', '#DIV/0!', PAGE.pmtOffice],
    ['=PMT(0,0,100)', '#DIV/0!', PAGE.pmtOffice],
    ['=IPMT(0.1/12,1,36,8000)', -66.6666666666667, PAGE.ipmt],
    ['=IPMT(0.1,3,3,8000)', -292.447129909366, PAGE.ipmt],
    ['=IPMT(0.05,0,12,1000)', '#NUM!', PAGE.ipmtOffice],
    ['=IPMT(0.05,13,12,1000)', '#NUM!', PAGE.ipmtOffice],
    ['=IPMT(0.05,1,12,1000,0,2)', 0, `${PAGE.ipmtOffice}: any nonzero type is 1, no interest in the first period`],
    ['=PPMT(0.1/12,1,2*12,2000)', -75.6231860083666, PAGE.ppmt],
    ['=PPMT(0.08,10,10,200000)', -27598.0534624214, PAGE.ppmt],
    ['=PPMT(0.05,13,12,1000)', '#NUM!', PAGE.ppmtOffice],
    ['=PPMT(0.05,0.5,12,1000)', '#NUM!', PAGE.ppmtOffice],
    ['=CUMIPMT(0.09/12,30*12,125000,13,24,0)', -11135.2321307508, PAGE.cumipmt],
    ['=CUMIPMT(0.09/12,30*12,125000,1,1,0)', -937.5, PAGE.cumipmt],
    ['=CUMPRINC(0.09/12,30*12,125000,13,24,0)', -934.107123420898, PAGE.cumprinc],
    ['=CUMPRINC(0.09/12,30*12,125000,1,1,0)', -68.2782711809784, PAGE.cumprinc],
    ['=CUMIPMT(0.05,12,1000,1.5,12.7,0)', -353.904920249785, `${PAGE.cumprincOffice}; LibreOffice 7.4 agrees`],
    ['=CUMPRINC(0.05,12,1000,1.5,12.7,1)', -1000, `${PAGE.cumprincOffice}; LibreOffice 7.4 agrees`],
    ['=CUMIPMT(0.05,12.5,1000,1,12,0)', -353.904920249785, `${PAGE.cumipmtVba} (LibreOffice 7.4 does not truncate nper: -366.89)`],
    ['=CUMIPMT(0.05,12,1000,1,13,0)', '#NUM!', PAGE.cumprincOffice],
    ['=CUMIPMT(0.05,12,1000,5,4,0)', '#NUM!', PAGE.cumipmt],
    ['=CUMIPMT(0,12,1000,1,12,0)', '#NUM!', PAGE.cumipmt],
    ['=CUMIPMT(0.05,12,1000,1,12,2)', '#NUM!', PAGE.cumipmt],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const actual = evaluate([], formula);
    expect(expectClose(actual, expected, 9), `${formula}: ${String(actual)} (${source})`).toBe(true);
  });
});

const VDB = `${MS}/vdb-function`;
// Microsoft's VDB example: cost 2,400, salvage 300, life 10 years.
const ASSET = [[2400, 300, 10]];

describe('VDB, the variable declining balance, as Excel computes it', () => {
  it.each([
    ['=VDB(A1,B1,C1*365,0,1)', 1.31506849315065, `${VDB} (1.32); LibreOffice 7.4`],
    ['=VDB(A1,B1,C1*12,0,1)', 40, VDB],
    ['=VDB(A1,B1,C1,0,1)', 480, VDB],
    ['=VDB(A1,B1,C1*12,6,18)', 396.306053264751, `${VDB} (396.31)`],
    ['=VDB(A1,B1,C1*12,6,18,1.5)', 311.808936658234, `${VDB} (311.81)`],
    ['=VDB(A1,B1,C1,0,0.875,1.5)', 315, VDB],
    ['=VDB(A1,B1,C1,6,10,2,TRUE())', 329.1456, 'LibreOffice 7.4: no switch to straight-line'],
    ['=VDB(A1,B1,C1,6,10,1.5)', 605.1588375, 'LibreOffice 7.4: straight-line once it is larger'],
    ['=VDB(A1,B1,C1,6,10,1.5,TRUE())', 432.660267082266, 'LibreOffice 7.4: never straight-line'],
    ['=VDB(A1,B1,C1,3.5,7.25,1.5)', 647.31079921875, 'LibreOffice 7.4: parts of the first and last periods'],
    ['=VDB(A1,B1,C1,0,11)', '#NUM!', `${VDB}: an end past the asset's life`],
    ['=VDB(A1,B1,C1,5,4)', '#NUM!', `${VDB}: an end before the start`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const actual = evaluate(ASSET, formula);
    expect(expectClose(actual, expected, 9), `${formula}: ${String(actual)} (${source})`).toBe(true);
  });
});
