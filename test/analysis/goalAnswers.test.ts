/**
 * One goal's "Hvad skal der til?" (models/analysis/goalAnswers.ts) runs its goal seeks and its
 * sensitivity on one throw-away engine: each trial value is put back, so the answers are the ones
 * a fresh goal seek per assumption gives and the sensitivity is the goal's row of the full report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { listAssumptions } from '../../models/analysis/assumptions.js';
import { answerGoal } from '../../models/analysis/goalAnswers.js';
import { seekGoal } from '../../models/analysis/goalSeek.js';
import { sensitivity } from '../../models/analysis/sensitivity.js';
import { findGoal, findScenario } from '../../models/analysis/analysisRequest.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';

const docs: Y.Doc[] = [];
afterEach(() => docs.splice(0).forEach((d) => d.destroy()));

describe('a goal\'s answers on one shared engine', () => {
  it.each([
    ['LM2', 'Basis'],
    ['MM3', 'Lavkonjunktur'],
  ])('%s under %s: each answer equals a fresh goal seek, the sensitivity equals the full report\'s', (goalId, scenarioName) => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    docs.push(doc);
    const goal = findGoal(doc, goalId);
    const scenario = findScenario(doc, scenarioName);
    const answers = answerGoal(doc, goal, scenario);
    expect(answers.answers).toEqual(listAssumptions(doc).map((assumption) => seekGoal(doc, goal, scenario, assumption)));
    expect(answers.sensitivity).toEqual(sensitivity(doc, scenario).goals.find((g) => g.id === goalId));
    expect(answers.sensitivity?.inputs.length).toBeGreaterThan(0);
  });
});
