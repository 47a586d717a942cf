/**
 * Rank goals on Jobindsats' benchmark ranking (issue 14): the card says which municipality, period
 * and rank, and whether it is among the best share the goal names.
 */
import { describe, expect, it } from 'vitest';
import { pivotActuals } from '../../models/actuals/actualsPivot.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { readJobindsatsFile } from '../../models/actuals/jobindsatsReaders.js';
import { benchmarkStandings, RANK_MEASURE } from '../../models/actuals/rankingSheets.js';
import { benchmarkStanding, rankGoalShare, type RankingTable } from '../../models/goals/benchmarkRank.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { asV2Json, municipalities, y30r21 } from '../support/jobindsatsFixtures.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

const open = openWorkbooks();
const goal = (comparator: GoalDefinition['comparator'], target: GoalDefinition['target']): GoalDefinition => ({ id: 'G', title: 'G', value: '=A1', comparator, target });

describe('which goals are rank goals, and the share they name', () => {
  it.each<[string, GoalDefinition, number | null]>([
    ['higher is better, 80th percentile: the best 20 %', goal('>=', '=PERCENTILE(Benchmark!C4:C100,0.8)'), 0.2],
    ['lower is better, 15th percentile: the best 15 % (the largest fall)', goal('<=', '=PERCENTILE.INC(Benchmark!B4:B100,0.15)'), 0.15],
    ['a number as target is a threshold, not a rank', goal('>=', 0.6), null],
    ['a formula other than a percentile is not a rank', goal('<=', '=AVERAGE(Benchmark!B4:B100)'), null],
  ])('%s', (_, definition, share) => {
    expect(rankGoalShare(definition)).toBe(share);
  });
});

describe("a municipality's standing on a ranking", () => {
  const table = (roskilde: number): RankingTable => ({
    sheetName: 'Benchmark',
    periods: ['2023-11', '2023-12'],
    rows: municipalities().map((label, i) => ({ label, ranks: [i + 1, label === 'Roskilde' ? roskilde : i + 1] })),
  });
  it.each<[number, number, number, boolean]>([
    // rank, share, best rank still among the share, met
    [14, 0.2, 19, true],
    [19, 0.2, 19, true],
    [20, 0.2, 19, false],
    [14, 0.15, 14, true],
    [15, 0.15, 14, false],
  ])('nr. %i of 98 against the best %f: nr. %i or better, met %s', (rank, share, best, met) => {
    expect(benchmarkStanding(table(rank), 'Roskilde', share)).toMatchObject({ municipality: 'Roskilde', period: '2023-12', rank, of: 98, best, met });
  });
  it('a municipality that is not ranked has no standing', () => {
    expect(benchmarkStanding(table(14), 'Aarhus Amt', 0.2)).toBeNull();
  });
});

describe('the benchmark behind the template’s rank goals', () => {
  async function withRanking(sheetName: string) {
    const data = await readJobindsatsFile(new TextEncoder().encode(asV2Json(y30r21())), 'y30r21.json');
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), pivotActuals(data, { measure: RANK_MEASURE }), sheetName);
    const doc = open.document(file);
    return { doc, goals: readGoals(goalsArray(doc), workbookGrid(doc)) };
  }
  const roskildeRank = Number(y30r21().rows.find((row) => row[0] === 'Roskilde')![6]);

  it('Y30R21 imported as "Benchmark LM1a" gives LM1a Roskilde\'s rank of 98 in its period; MM5 has none', async () => {
    const { doc, goals } = await withRanking('Benchmark LM1a');
    const standings = benchmarkStandings(doc, goals);
    expect(standings.get('LM1a')).toEqual({ municipality: 'Roskilde', period: '2023-K4 MAT', rank: roskildeRank, of: 98, share: 0.2, best: 19, met: roskildeRank <= 19, sheetName: 'Benchmark LM1a' });
    expect(standings.has('MM5')).toBe(false);
  });

  it('one ranking named for no goal serves every rank goal, each with its own share', async () => {
    const { doc, goals } = await withRanking('Benchmark Jobindsats');
    const standings = benchmarkStandings(doc, goals);
    expect(standings.get('MM5')).toMatchObject({ rank: roskildeRank, best: 14, met: roskildeRank <= 14 });
    expect(standings.get('LM1a')).toMatchObject({ rank: roskildeRank, best: 19 });
    expect([...standings.keys()].sort()).toEqual(['LM1a', 'MM5']);
  });

  it("the template's own sheets are no ranking: the benchmark shares and the Jobindsats counts give no rank", () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    expect(benchmarkStandings(doc, readGoals(goalsArray(doc), workbookGrid(doc))).size).toBe(0);
  });
});
