import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import type { Comparator } from '../../models/goals/goalModel.js';
import { comparePlan, plannedTrajectory, plannedValueAt, planScenarioFor } from '../../models/goals/planComparison.js';
import { planTrajectories } from '../../models/goals/planTrajectories.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { adoptedVersionId } from '../../models/workbook/workbookReader.js';
import { openWorkbooks, scenarioId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();
const plan = { periods: ['2023-01', '2023-02', '2023-03'], series: [400, 395, 390] };
const sharePlan = { periods: ['2023-01', '2023-02', '2023-03'], series: [0.1, 0.11, 0.12] };

describe('the latest actual month against the adopted plan', () => {
  // comparator, actual, plan, expected: onTrack, behindBy (in the indicator's unit), difference
  it.each<[string, Comparator | undefined, { label: string; value: number }, typeof plan, boolean | null, number, number]>([
    ['fewer is better, actual above the plan: behind by the excess', '<=', { label: '2023-03', value: 402 }, plan, false, 12, 12],
    ['fewer is better, actual below the plan: on track', '<=', { label: '2023-03', value: 380 }, plan, true, 0, -10],
    ['fewer is better, actual equal to the plan: on track', '<', { label: '2023-02', value: 395 }, plan, true, 0, 0],
    ['more is better (a share), actual below the plan: behind by the shortfall', '>=', { label: '2023-03', value: 0.108 }, sharePlan, false, 0.012, -0.012],
    ['more is better, actual above the plan: on track', '>', { label: '2023-01', value: 0.15 }, sharePlan, true, 0, 0.05],
    ['a month written as a date serial is found among text months', '<=', { label: '44958', value: 410 }, plan, false, 15, 15],
    ['a tracked goal without a comparator has no direction: only the difference', undefined, { label: '2023-01', value: 420 }, plan, null, 0, 20],
  ])('%s', (_, comparator, actual, planned, onTrack, behindBy, difference) => {
    const result = comparePlan(comparator, actual, planned)!;
    expect(result.onTrack).toBe(onTrack);
    expect(result.behindBy).toBeCloseTo(behindBy, 12);
    expect(result.difference).toBeCloseTo(difference, 12);
  });

  it('the same figure computed twice is on track, not behind by a rounding error', () => {
    expect(comparePlan('>=', { label: '2023-02', value: 0.1 + 0.01 }, { periods: ['2023-02'], series: [0.11] })).toMatchObject({ onTrack: true, behindBy: 0, difference: 0 });
    expect(comparePlan(undefined, { label: '2023-02', value: 0.1 + 0.01 }, { periods: ['2023-02'], series: [0.11] })).toMatchObject({ onTrack: null, difference: 0 });
  });

  it('no comparison where the plan projected nothing for the month, or the label is no month', () => {
    expect(comparePlan('<=', { label: '2024-01', value: 300 }, plan)).toBeNull();
    expect(comparePlan('<=', { label: 'Uge 3', value: 300 }, plan)).toBeNull();
    expect(plannedValueAt({ periods: ['2023-01'], series: [null] }, '2023-01')).toBeNull();
  });
});

describe('what the adopted plan projected', () => {
  it("evaluates a version's goals under each of its scenarios, and a live scenario finds its own by id, then name, then the plan's first", () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const trajectories = planTrajectories(doc);
    expect(trajectories.scenarios.map((s) => s.name)).toEqual(['Basis', 'Styrket indsats', 'Lavkonjunktur']);
    const strengthened = scenarioId(doc, 'Styrket indsats');
    const base = plannedTrajectory(trajectories, { id: scenarioId(doc, 'Basis'), name: 'Basis' }, 'LM2')!;
    const strong = plannedTrajectory(trajectories, { id: strengthened, name: 'renamed' }, 'LM2')!;
    expect(strong.scenarioName).toBe('Styrket indsats');
    // LM2 is 358 at the deadline under Basis and 340 with the strengthened effort (templates/README.md).
    expect(Math.round(plannedValueAt(base.trajectory, '2023-12')!)).toBe(358);
    expect(Math.round(plannedValueAt(strong.trajectory, '2023-12')!)).toBe(340);
    expect(planScenarioFor(trajectories, { id: 'elsewhere', name: 'Lavkonjunktur' })?.name).toBe('Lavkonjunktur');
    expect(planScenarioFor(trajectories, { id: 'elsewhere', name: 'Ny' })?.name).toBe('Basis');
    // The qualitative MM1 has no trajectory to compare with.
    expect(plannedTrajectory(trajectories, { id: '', name: 'Basis' }, 'MM1')).toBeNull();
  });

  it('an import of actuals after the plan was adopted is compared with what the plan had projected for those months', () => {
    const adopted = open.document(beskaeftigelsesplanTemplate());
    const planned = plannedTrajectory(planTrajectories(adopted), { id: '', name: 'Basis' }, 'LM2')!.trajectory;
    const periods = ['2022-12', '2023-01', '2023-02'];
    const later = open.document(withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Roskilde'], values: [[420, 430, 440]] }));
    const actualFebruary = plannedTrajectory(planTrajectories(later), { id: '', name: 'Basis' }, 'LM2')!.trajectory;
    expect(plannedValueAt(actualFebruary, '2023-02')).toBe(440);
    const comparison = comparePlan('<=', { label: '2023-02', value: 440 }, planned)!;
    expect(comparison.planned).toBeLessThan(440);
    expect(comparison).toMatchObject({ onTrack: false, actual: 440 });
    expect(comparison.behindBy).toBeCloseTo(440 - plannedValueAt(planned, '2023-02')!, 9);
  });
});

describe('marking the adopted plan', () => {
  it('is an operation that sets and clears meta.adoptedVersion, and refuses an id that is not one', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    applyOperation(doc, { type: 'setAdoptedVersion', versionId: 'Vq3_x-9abcdefghij' });
    expect(adoptedVersionId(doc)).toBe('Vq3_x-9abcdefghij');
    expect(() => applyOperation(doc, { type: 'setAdoptedVersion', versionId: 'a b\n' })).toThrow(WorkbookOperationError);
    expect(adoptedVersionId(doc)).toBe('Vq3_x-9abcdefghij');
    applyOperation(doc, { type: 'setAdoptedVersion', versionId: null });
    expect(adoptedVersionId(doc)).toBeNull();
  });

  it('restoring an older version keeps the live mark: the adopted plan is not part of a version\'s content', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    const older = Y.encodeStateAsUpdate(doc);
    applyOperation(doc, { type: 'setAdoptedVersion', versionId: 'adoptedAAAAAAAAA' });
    applyOperation(doc, { type: 'restoreVersion', state: older });
    expect(adoptedVersionId(doc)).toBe('adoptedAAAAAAAAA');
  });
});
