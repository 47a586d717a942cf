/**
 * The functions a job-centre planner uses, checked one formula at a time in a Danish workbook
 * against Microsoft's function pages (their worked examples; Excel is the reference) and
 * LibreOffice 7.4 where it agrees with them. Each row: formula, inputs, expected value, source.
 * Dynamic arrays (a typed `=ABS(A1:A3)` spills, Excel 365) and a LET name holding a defined
 * name's LAMBDA are in implicitIntersection.test.ts and lambdaCalls.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../models/workbook/workbookReader.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { MS } from './support/excelCompatibilityCases.js';

const open = openWorkbooks();

const PAGE = {
  percentileExc: `${MS}/percentile-exc-function-bbaa7204-e9e1-4010-85bf-c31dc5dce4ba`,
  percentileInc: `${MS}/percentile-inc-function-680f9539-45eb-410b-9a5e-c1355e5fe2ed`,
  quartile: `${MS}/quartile-function-93cf8f62-60cd-4fdb-8a92-8451041e1a2a`,
  quartileExc: `${MS}/quartile-exc-function-5a355b7a-840b-4a01-b0f1-f538c2864cad`,
  rankEq: `${MS}/rank-eq-function-284858ce-8ef6-450e-b662-26245be04a40`,
  rankAvg: `${MS}/rank-avg-function-bd406a6f-eb38-4d73-aa8e-6d1c3c72e83a`,
  percentRank: `${MS}/percentrank-function-f1b5836c-9619-4847-9fc9-080ec9024442`,
  round: `${MS}/round-function-c018c5d8-40fb-4053-90b1-b3e7f61a213c`,
  roundUp: `${MS}/roundup-function-f8bc9b23-e795-47db-8703-db171d0c42a7`,
  mround: `${MS}/mround-function-c299c3b0-15a5-426d-aa4b-d2d5b3baf427`,
  pmt: `${MS}/pmt-function-0214da64-9a63-4996-bc20-214433fa6441`,
  fv: `${MS}/fv-function-2eef9f44-a084-4c61-bdd8-4fe4bb1b71b3`,
  npv: `${MS}/npv-function-8672cb67-2576-4d07-b67b-ac28acf2a568`,
  irr: `${MS}/irr-function-64925eaa-9988-495b-b290-3ad0c163c1bc`,
  rate: `${MS}/rate-function-9f665657-4a7e-4bb7-a030-83fc59e748ce`,
  networkdays: `${MS}/networkdays-function-48e717bf-a7a3-495f-969e-5005e3eb18e7`,
  workday: `${MS}/workday-function-f764a5b7-05fc-4494-9486-60d494efbf33`,
  eomonth: `${MS}/eomonth-function-7314ffa1-2bc9-4005-9d66-f49db127d628`,
  edate: `${MS}/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5`,
  sumproduct: `${MS}/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e`,
  averageifs: `${MS}/averageifs-function-48910c45-1fc0-4389-a028-f7c5c3001690`,
  countifs: `${MS}/countifs-function-dda3dc6e-f74e-4aee-88bc-aa8c2a866842`,
  text: `${MS}/text-function-20d5ac4d-7b94-49fd-bb38-93d29371225c`,
};

type Inputs = Record<string, CellInput>;
const SCORES: Inputs = { A1: 1, A2: 2, A3: 3, A4: 6, A5: 6, A6: 6, A7: 7, A8: 8, A9: 9 };
const RANKS: Inputs = { A1: 7, A2: 3.5, A3: 3.5, A4: 1, A5: 2 };
const PERCENT_RANKS: Inputs = { A1: 13, A2: 12, A3: 11, A4: 8, A5: 4, A6: 3, A7: 2, A8: 1, A9: 1, A10: 1 };
const FLOWS: Inputs = { A1: -70000, A2: 12000, A3: 15000, A4: 18000, A5: 21000, A6: 26000 };
// Microsoft's AVERAGEIFS example: students' quiz scores (B, C) by name.
const QUIZ: Inputs = { A1: 'Emilio', A2: 'Julie', A3: 'Hans', A4: 'Frederique', B1: 75, B2: 94, B3: 86, B4: 'Ufuldstændig', C1: 85, C2: 80, C3: 93, C4: 75 };
// Job-centre cases by start date (A), group (B) and days (C).
const CASES: Inputs = { A1: 45292, A2: 45323, A3: 45352, A4: 45383, B1: 'A', B2: 'B', B3: 'A', B4: 'A', C1: 10, C2: 20, C3: 30, C4: 40 };

describe('a job-centre planner’s functions give Excel’s results in a Danish workbook', () => {
  it.each<[string, Inputs, unknown, string]>([
    ['=PERCENTILE.EXC(A1:A9,0.25)', SCORES, 2.5, PAGE.percentileExc],
    ['=PERCENTILE.EXC(A1:A9,0.01)', SCORES, { error: '#NUM!' }, PAGE.percentileExc],
    ['=PERCENTILE.INC({1,3,2,4},0.3)', {}, 1.9, PAGE.percentileInc],
    ['=PERCENTILE({1,3,2,4},0.3)', {}, 1.9, PAGE.percentileInc],
    ['=QUARTILE({1,2,4,7,8,9,10,12},1)', {}, 3.5, PAGE.quartile],
    ['=QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49},1)', {}, 15, PAGE.quartileExc],
    ['=QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49},3)', {}, 43, PAGE.quartileExc],
    // The page: quart ≤ 0 or ≥ 4 is #NUM! (LibreOffice 7.4 answers #VALUE!).
    ['=QUARTILE.EXC({1,2,3,4,5},0)', {}, { error: '#NUM!' }, PAGE.quartileExc],
    ['=RANK.EQ(A2,A1:A5,1)', RANKS, 3, PAGE.rankEq],
    ['=RANK.EQ(A1,A1:A5)', RANKS, 1, PAGE.rankEq],
    ['=RANK.AVG(94,{89,88,92,101,94,97,95})', {}, 4, PAGE.rankAvg],
    ['=RANK.AVG(A2,A1:A5,1)', RANKS, 3.5, PAGE.rankAvg],
    ['=PERCENTRANK(A1:A10,2)', PERCENT_RANKS, 0.333, PAGE.percentRank],
    ['=PERCENTRANK(A1:A10,4)', PERCENT_RANKS, 0.555, PAGE.percentRank],
    ['=PERCENTRANK(A1:A10,8)', PERCENT_RANKS, 0.666, PAGE.percentRank],
    ['=PERCENTRANK(A1:A10,5)', PERCENT_RANKS, 0.583, PAGE.percentRank],
    ['=ROUND(2.15,1)', {}, 2.2, PAGE.round],
    ['=ROUND(-1.475,2)', {}, -1.48, PAGE.round],
    ['=ROUND(21.5,-1)', {}, 20, PAGE.round],
    ['=ROUND(-50.55,-2)', {}, -100, PAGE.round],
    ['=ROUNDUP(-3.14159,1)', {}, -3.2, PAGE.roundUp],
    ['=ROUNDUP(31415.92654,-2)', {}, 31500, PAGE.roundUp],
    ['=MROUND(10,3)', {}, 9, PAGE.mround],
    ['=MROUND(-10,-3)', {}, -9, PAGE.mround],
    ['=MROUND(1.3,0.2)', {}, 1.4, PAGE.mround],
    ['=MROUND(5,-2)', {}, { error: '#NUM!' }, PAGE.mround],
    // The page's known limitation, LibreOffice 7.4 alike: the half is judged in doubles (6.05/0.1 is 60.49999999999999).
    ['=MROUND(6.05,0.1)', {}, 6, PAGE.mround],
    ['=MROUND(7.05,0.1)', {}, 7.1, PAGE.mround],
    ['=MROUND(-6.05,-0.1)', {}, -6, PAGE.mround],
    ['=MROUND(0.3,0.1)', {}, 0.3, PAGE.mround],
    ['=ROUND(2.675,2)', {}, 2.68, PAGE.round],
    ['=ROUND(-2.5,0)', {}, -3, PAGE.round],
    ['=ROUNDDOWN(-2.5,0)', {}, -2, PAGE.round],
    ['=ROUND(PMT(0.08/12,10,10000),2)', {}, -1037.03, PAGE.pmt],
    ['=ROUND(FV(0.06/12,10,-200,-500,1),2)', {}, 2581.4, PAGE.fv],
    ['=ROUND(NPV(0.1,-10000,3000,4200,6800),2)', {}, 1188.44, PAGE.npv],
    ['=ROUND(IRR(A1:A6),4)', FLOWS, 0.0866, PAGE.irr],
    ['=ROUND(IRR(A1:A5),3)', FLOWS, -0.021, PAGE.irr],
    ['=ROUND(RATE(4*12,-200,8000),4)', {}, 0.0077, PAGE.rate],
    ['=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1))', {}, 110, PAGE.networkdays],
    ['=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1),DATE(2012,11,22))', {}, 109, PAGE.networkdays],
    ['=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1),A1:A3)', { A1: 41235, A2: 41247, A3: 41295 }, 107, PAGE.networkdays],
    ['=WORKDAY(DATE(2008,10,1),151)', {}, 39933, PAGE.workday],
    ['=WORKDAY(DATE(2008,10,1),151,A1:A3)', { A1: 39778, A2: 39786, A3: 39834 }, 39938, PAGE.workday],
    ['=EOMONTH(DATE(2011,1,1),1)', {}, 40602, PAGE.eomonth],
    ['=EOMONTH(DATE(2011,1,1),-3)', {}, 40482, PAGE.eomonth],
    ['=EDATE(DATE(2011,1,15),-1)', {}, 40527, PAGE.edate],
    // A chain: the month's end, a month on (29 February 2024), its month's end a year on.
    ['=EOMONTH(EDATE(EOMONTH(DATE(2024,1,15),0),1),12)', {}, 45716, PAGE.eomonth],
    ['=EDATE(DATE(2024,1,31),1)', {}, 45351, PAGE.edate],
    ['=SUMPRODUCT((B1:B4="A")*(C1:C4))', CASES, 80, PAGE.sumproduct],
    ['=SUMPRODUCT((B1:B4="A")*(A1:A4>=DATE(2024,3,1)),C1:C4)', CASES, 70, PAGE.sumproduct],
    ['=SUMPRODUCT(--(B1:B4="A"),C1:C4)', CASES, 80, PAGE.sumproduct],
    ['=AVERAGEIFS(B1:B4,B1:B4,">70",B1:B4,"<90")', QUIZ, 80.5, PAGE.averageifs],
    ['=AVERAGEIFS(C1:C4,C1:C4,">95")', QUIZ, { error: '#DIV/0!' }, PAGE.averageifs],
    ['=COUNTIFS(A1:A4,">="&DATE(2024,2,1),A1:A4,"<"&DATE(2024,4,1))', CASES, 2, PAGE.countifs],
    ['=COUNTIFS(A1:A4,">=1-2-2024",B1:B4,"A")', CASES, 2, PAGE.countifs],
    ['=COUNTIFS(B1:B4,"A",C1:C4,">"&15)', CASES, 2, PAGE.countifs],
    // Danish Excel's format codes: decimal comma, thousands point, å for years.
    ['=TEXT(A1,"0,0 %")', { A1: 0.185 }, '18,5 %', PAGE.text],
    ['=TEXT(A1,"#.##0")', { A1: 1234567.5 }, '1.234.568', PAGE.text],
    ['=TEXT(A1,"mmmm åååå")', { A1: 45366 }, 'marts 2024', PAGE.text],
    ['=TEXT(A1,"mmm")', { A1: 45366 }, 'mar', PAGE.text],
  ])('%s with %j is %j (%s)', (formula, inputs, expected) => {
    const doc = open.document(workbookFile({ Ark: { ...inputs, Z1: formula } }));
    const value = open.value(doc, 'Ark!Z1');
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 9);
    else if (typeof expected === 'object') expect(value).toMatchObject(expected as object);
    else expect(value).toBe(expected);
  });
});
