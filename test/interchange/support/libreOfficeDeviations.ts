/**
 * Where LibreOffice 7.4 itself computes differently from Excel, with Microsoft's documentation as
 * the reference. The differential test (planningWorkbookDifferential.test.ts) lets a cell differ
 * from LibreOffice only in one of these exact ways; Fremskriv's value there is checked against
 * Microsoft's documented result by the named table test. The README lists the same deviations.
 */
import type { PlainValue } from './xlsxValues.js';

export interface LibreOfficeDeviation {
  id: string;
  /** What LibreOffice does, and what Excel does per Microsoft. */
  description: string;
  /** The Microsoft page that documents Excel's result. */
  reference: string;
  /** The test that checks Fremskriv against Microsoft's documented result. */
  excelCheck: string;
  /** Whether this cell's difference is exactly this deviation. */
  explains(formula: string, ours: PlainValue, theirs: PlainValue): boolean;
}

const isError = (value: PlainValue, name: string): boolean => value !== null && typeof value === 'object' && value.error === name;

export const LIBREOFFICE_DEVIATIONS: readonly LibreOfficeDeviation[] = [
  {
    id: 'percentrank-significance',
    description:
      'PERCENTRANK, PERCENTRANK.INC and PERCENTRANK.EXC: LibreOffice 7.4 keeps `significance` significant digits, rounded (0.0213, 0.0625); Excel keeps `significance` decimals, truncated (0.021, 0.062).',
    reference: 'https://support.microsoft.com/office/percentrank-inc-function-149592c9-00c0-49ba-86c1-c1f45b80463a',
    excelCheck: 'test/models/rankFunctions.test.ts, test/models/rankAverageFunctions.test.ts',
    explains(formula, ours, theirs) {
      if (!/PERCENTRANK/i.test(formula) || typeof ours !== 'number' || typeof theirs !== 'number') return false;
      // Ours is truncated at its last decimal; LibreOffice's value lies within one unit of it.
      const decimals = Math.max(1, (String(ours).split('.')[1] ?? '').length);
      return Math.abs(theirs - ours) <= 10 ** -decimals * (1 + 1e-9);
    },
  },
  {
    id: 'rank-of-missing-value',
    description: 'RANK, RANK.EQ and RANK.AVG of a number not in the list: LibreOffice 7.4 gives #VALUE!; Excel gives #N/A.',
    reference: 'https://support.microsoft.com/office/rank-eq-function-284858ce-8ef6-450e-b662-26245be04a40',
    excelCheck: 'test/models/rankFunctions.test.ts, test/models/rankAverageFunctions.test.ts',
    explains(formula, ours, theirs) {
      return /(^|[^.A-Z])RANK(\.EQ|\.AVG)?\(/i.test(formula) && isError(ours, '#N/A') && (isError(theirs, '#VALUE!') || typeof theirs === 'number');
    },
  },
  {
    id: 'percentrank-outside-data',
    description: 'PERCENTRANK, PERCENTRANK.INC and PERCENTRANK.EXC of a value below the smallest or above the largest: LibreOffice 7.4 gives #VALUE!; Excel gives #N/A.',
    reference: 'https://support.microsoft.com/office/percentrank-exc-function-d8afee96-b7e2-4a2f-8c01-8fcdedaa6314',
    excelCheck: 'test/models/rankFunctions.test.ts, test/models/rankAverageFunctions.test.ts',
    explains(formula, ours, theirs) {
      return /PERCENTRANK/i.test(formula) && isError(ours, '#N/A') && isError(theirs, '#VALUE!');
    },
  },
  {
    id: 'mode-ties',
    description:
      'MODE and MODE.SNGL with several equally frequent values: LibreOffice 7.4 gives the smallest (its MODE help says so); Excel gives the one that comes first in the data.',
    reference: 'https://support.microsoft.com/office/mode-sngl-function-f1267c16-66c6-4386-959f-8fba5f8bb7f8 (Microsoft does not spell out ties there; the first-in-data rule is how Excel behaves and what MODE.MULT lists first)',
    excelCheck: 'test/models/statisticsFunctions.test.ts',
    explains(formula, ours, theirs) {
      return /MODE/i.test(formula) && typeof ours === 'number' && typeof theirs === 'number' && theirs < ours;
    },
  },
  {
    id: 'index-outside-range',
    description: 'INDEX with a row or column number outside its range: LibreOffice 7.4 gives #VALUE!; Excel gives #REF!.',
    reference: 'https://support.microsoft.com/office/index-function-a5dcf0dd-996d-40a4-a822-b56b061328bd',
    excelCheck: 'test/models/excelCompatibility.test.ts',
    explains(formula, ours, theirs) {
      return /^=INDEX\(/i.test(formula) && isError(ours, '#REF!') && isError(theirs, '#VALUE!');
    },
  },
  {
    id: 'number-text-last-digit',
    description:
      'A number joined to text (&) at its 15th significant digit: LibreOffice 7.4 sometimes rounds that digit the other way (33000/7 → "4714.28571428572", 350284.45/9 → "…4445"); Excel writes the stored value rounded to 15 significant digits ("4714.28571428571", "…4444").',
    reference: 'https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f',
    excelCheck: 'test/models/excelCompatibility.test.ts',
    explains(formula, ours, theirs) {
      if (!formula.includes('&') || typeof ours !== 'string' || typeof theirs !== 'string') return false;
      const number = /-?\d+(\.\d+)?(E[+-]\d+)?$/;
      const at = [...ours].findIndex((c, i) => c !== theirs[i]);
      const head = ours.slice(0, at).replace(/[\d.]*$/, '');
      const oursNumber = number.exec(ours.slice(head.length).match(/^[-\d.E+]+/)?.[0] ?? '');
      const theirsNumber = number.exec(theirs.slice(head.length).match(/^[-\d.E+]+/)?.[0] ?? '');
      if (at < 0 || !oursNumber || !theirsNumber || theirs.slice(0, head.length) !== head) return false;
      if (ours.slice(head.length + oursNumber[0].length) !== theirs.slice(head.length + theirsNumber[0].length)) return false;
      const a = Number(oursNumber[0]);
      const b = Number(theirsNumber[0]);
      // One unit in the 15th significant digit, no more.
      const unit = 10 ** (Math.floor(Math.log10(Math.abs(a))) - 14);
      return Math.abs(Math.abs(a - b) - unit) < unit * 1e-3;
    },
  },
  {
    id: 'compensated-sum',
    description:
      'SUM, AVERAGE and the conditional sums: LibreOffice 7.4 adds with compensation (Kahan–Babuška), Excel in plain IEEE 754 doubles in the order of the data, so a sum can differ in its last bits (24 one-decimal values averaging 3.6 are 3.5999999999999992 in Excel and Fremskriv, 3.6 in LibreOffice). A comparison with a value at that average goes the other way only where the sums differ within 15 significant digits (Excel and Fremskriv compare on 15 digits, so 3.6 equals 3.5999999999999992). Microsoft documents the double arithmetic, not the order of a sum.',
    reference: 'https://support.microsoft.com/office/floating-point-arithmetic-may-give-inaccurate-results-in-excel-8f4e6ee4-4c24-4d68-8d42-c1dd5a3c7a3f',
    excelCheck: 'test/models/conditionalAggregates.test.ts (seed 7051 regression)',
    explains(formula, ours, theirs) {
      const verdicts = new Set([ours, theirs]);
      return /^=IF\(C\d+>AVERAGEIF\(/.test(formula) && verdicts.has('over') && verdicts.has('under');
    },
  },
];

/** The deviation that explains a difference, if any. */
export function knownDeviation(formula: string, ours: PlainValue, theirs: PlainValue): LibreOfficeDeviation | undefined {
  return LIBREOFFICE_DEVIATIONS.find((deviation) => deviation.explains(formula, ours, theirs));
}
