/**
 * "Hvad skal der til?" prepared while the planner points at its button: the worker builds the
 * analysis's engine at once, the answer asked a moment later reuses it and equals one computed
 * from scratch; an edit in between makes the prepared engine stale, and the answer is for the
 * edited document.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { AnalysisQueue } from '../../client/src/engines/analysisQueue.js';
import type { EngineReply } from '../../client/src/engines/engineMessages.js';
import { AssumptionWorkbench } from '../../models/analysis/AssumptionWorkbench.js';
import { answerGoal } from '../../models/analysis/goalAnswers.js';
import { findGoal, findScenario } from '../../models/analysis/analysisRequest.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { Scenario } from '../../models/scenarios/scenarioModel.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { locate } from '../support/workbookFixtures.js';

function queueCountingBuilds(doc: Y.Doc): { queue: AnalysisQueue; builds: () => number; replies: EngineReply[]; settled: () => Promise<void> } {
  const replies: EngineReply[] = [];
  let built = 0;
  const queue = new AnalysisQueue(doc, (reply) => replies.push(reply), (d: Y.Doc, s: Scenario) => {
    built++;
    return new AssumptionWorkbench(d, s);
  });
  // The queue works one task at a time; a few turns of the event loop let it finish what it has.
  const settled = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, builds: () => built, replies, settled };
}

describe('the analysis engine prepared before it is asked for', () => {
  it('the answer after a prepare reuses the engine built for it and equals a fresh goal seek', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const basis = findScenario(doc, 'Basis');
    const { queue, builds, replies, settled } = queueCountingBuilds(doc);
    try {
      queue.prepare(basis.id);
      await settled();
      expect(builds()).toBe(1);
      expect(replies).toEqual([]);
      queue.add({ kind: 'answerGoal', requestId: 7, scenarioId: basis.id, goalId: 'LM2' });
      await settled();
      expect(builds()).toBe(1);
      expect(replies).toEqual([{ kind: 'goalAnswers', requestId: 7, answers: answerGoal(doc, findGoal(doc, 'LM2'), basis) }]);
    } finally {
      queue.destroy();
    }
  }, 60_000);

  it('an edit after the prepare: the answer is for the edited document', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const basis = findScenario(doc, 'Basis');
    const { queue, builds, replies, settled } = queueCountingBuilds(doc);
    try {
      queue.prepare(basis.id);
      await settled();
      const { sheetId, row, col } = locate(doc, 'Forudsætninger!B6');
      applyOperation(doc, { type: 'setScenarioInput', scenarioId: basis.id, sheetId, row, col, input: 1.05 });
      queue.add({ kind: 'answerGoal', requestId: 8, scenarioId: basis.id, goalId: 'LM2' });
      await settled();
      expect(builds()).toBe(2);
      const reply = replies[0];
      expect(reply?.kind === 'goalAnswers' && reply.answers.answers.find((a) => a.input === 'Forudsætninger!B6')?.current).toBe(1.05);
      expect(reply).toEqual({ kind: 'goalAnswers', requestId: 8, answers: answerGoal(doc, findGoal(doc, 'LM2'), findScenario(doc, 'Basis')) });
    } finally {
      queue.destroy();
    }
  }, 60_000);
});
