/**
 * "Hvad skal der til?" asked right after the page opened, while the worker still builds the other
 * scenarios' engines: it is answered between two builds, not after all of them (the first answer
 * after a page load took 10 s at load 22, 6 of them waiting for those builds), and the answer is
 * the one computed from scratch. Every goal under every scenario is still reported once all are built.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { serveScenarioEngines } from '../../client/src/engines/scenarioEngineHost.js';
import { isEngineReply, type EngineReply } from '../../client/src/engines/engineMessages.js';
import { answerGoal } from '../../models/analysis/goalAnswers.js';
import { findGoal, findScenario } from '../../models/analysis/analysisRequest.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('a goal question while the engines are first built', () => {
  it('is answered before the other scenarios\' engines are all built, with the answer computed from scratch', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const basis = findScenario(doc, 'Basis');
    const { port1, port2 } = new MessageChannel();
    const replies: EngineReply[] = [];
    port1.addEventListener('message', (event) => {
      if (isEngineReply(event.data)) replies.push(event.data);
    });
    port1.start();
    const stop = serveScenarioEngines(port2);
    cleanups.push(() => {
      stop();
      port1.close();
      port2.close();
      doc.destroy();
    });
    // As the page does: the whole workbook, the scenario on screen, and the planner's question.
    port1.postMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc) });
    port1.postMessage({ kind: 'focus', scenarioId: basis.id });
    port1.postMessage({ kind: 'answerGoal', requestId: 1, scenarioId: basis.id, goalId: 'LM2' });
    await vi.waitFor(() => expect(replies.some((r) => r.kind === 'evaluation')).toBe(true), { timeout: 170_000, interval: 50 });

    const kinds = replies.map((r) => (r.kind === 'values' ? `values ${r.scenarioId === basis.id ? 'shown' : 'other'}` : r.kind));
    const answered = kinds.indexOf('goalAnswers');
    expect(answered).toBeGreaterThan(-1);
    expect(kinds.slice(0, answered)).not.toContain('values other');
    expect(kinds.indexOf('evaluation')).toBeGreaterThan(answered);
    // Every scenario's values still reach the page.
    expect(kinds.filter((k) => k === 'values other').length).toBeGreaterThan(0);
    expect(replies.find((r) => r.kind === 'goalAnswers')).toEqual({ kind: 'goalAnswers', requestId: 1, answers: answerGoal(doc, findGoal(doc, 'LM2'), basis) });
  }, 180_000);
});
