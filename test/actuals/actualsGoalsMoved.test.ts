/**
 * The goals an import of actual figures moves (models/actuals/actualsGoalsMoved.ts), on the
 * seeded Beskæftigelsesplan 2023: the PTVA02 import with all benefit groups ("i alt") in place of
 * LM2's young people moves LM2 from 358 to about 7.100, and the preview must say so.
 */
import { describe, expect, it } from 'vitest';
import { goalsMovedByActuals } from '../../models/actuals/actualsGoalsMoved.js';
import { actualsOperations } from '../../models/actuals/actualsOperations.js';
import { pivotActuals, type ActualsPivot } from '../../models/actuals/actualsPivot.js';
import type { DataLink } from '../../models/actuals/dataLink.js';
import { readJobindsatsJson } from '../../models/actuals/jobindsatsReaders.js';
import { findGoal, findScenario } from '../../models/analysis/analysisRequest.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { evaluateGoal } from '../../models/goals/goalEvaluation.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import type * as Y from 'yjs';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

const link: DataLink = { measure: 'Antal personer', filters: {}, source: 'file', periods: [], updatedAt: '2026-12-04T08:00:00Z' };

/** PTVA02 as the import dialog proposes it: rows by area, the benefit groups filtered on "i alt". */
const allBenefits = (): ActualsPivot => pivotActuals(readJobindsatsJson(asV2Json(ptva02('2022-07', 12))), { measure: 'Antal personer', filters: { Ydelsesgrupper: 'Ydelsesgrupper i alt' } });

/** LM2 judged afresh under a scenario of the document (the dashboard's judging). */
function lm2(doc: Y.Doc, scenario: string) {
  const engine = new WorkbookEngine(doc, findScenario(doc, scenario).id || undefined);
  try {
    return evaluateGoal(engine, findGoal(doc, 'LM2'));
  } finally {
    engine.destroy();
  }
}

describe('the goals an import of actual figures moves', () => {
  const open = openWorkbooks();

  it('the PTVA02 total over all benefit groups moves LM2 from 358 to thousands (still not met), and the workspace is untouched', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const moved = goalsMovedByActuals(doc, findScenario(doc, 'Basis'), allBenefits(), 'Jobindsats', link);
    const goal = moved.find((m) => m.goalId === 'LM2');
    expect(Math.round(goal!.before.value as number)).toBe(358);
    expect(goal!.before).toMatchObject({ target: 350, met: false, status: 'missed' });
    // Projected from about 9.500 on all benefits instead of 420 young people: many times the target.
    expect(goal!.after.value).toBeGreaterThan(10 * 358);
    expect(goal!.after).toMatchObject({ target: 350, met: false, status: 'missed' });
    // Only goals that read the Jobindsats sheet move: MM2–MM5 and LM1 project from their own rows.
    expect(moved.map((m) => m.goalId)).toEqual(['LM2']);
    expect(Math.round(lm2(doc, 'Basis').value as number)).toBe(358);

    // What the preview promised is what applying the import gives.
    applyOperations(doc, actualsOperations(doc, allBenefits(), 'Jobindsats', link).ops);
    expect(lm2(doc, 'Basis').value).toBe(goal!.after.value);
  });

  it('a verdict that flips is listed with both verdicts, under the scenario asked for', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    // Roskilde's young people fall to 150 a month: LM2 (at most 350) is met.
    const fewer: ActualsPivot = { dimension: 'Område', measure: 'Antal personer', periods: ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12'], rowLabels: ['Roskilde'], values: [[150, 150, 150, 150, 150, 150]] };
    for (const scenario of ['Basis', 'Lavkonjunktur']) {
      const [goal] = goalsMovedByActuals(doc, findScenario(doc, scenario), fewer, 'Jobindsats', link);
      expect(goal).toMatchObject({ goalId: 'LM2', before: { met: false, status: 'missed' }, after: { met: true, status: 'met' } });
      expect(goal!.before.value).toBe(lm2(doc, scenario).value);
    }
  });

  it('figures the sheet already holds move no goal', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    applyOperations(doc, actualsOperations(doc, allBenefits(), 'Jobindsats', link).ops);
    expect(goalsMovedByActuals(doc, findScenario(doc, 'Styrket indsats'), allBenefits(), 'Jobindsats', link)).toEqual([]);
  });
});
