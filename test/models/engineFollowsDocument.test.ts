import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { evaluateWorkbook, reportFrom } from '../../models/evaluation/evaluationReport.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { scenariosArray } from '../../models/workbook/workbookSchema.js';
import { engineValues, freshValues, smallWorkbookDoc } from '../support/engineComparison.js';
import { randomOperation } from '../support/randomOperations.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';

const OPERATIONS = 300;
const BATCH = 10;

function runSeed(seed: number): void {
  const random = new SeededRandom(seed);
  const doc = smallWorkbookDoc(1);
  const scenarioId = String(scenariosArray(doc).get(1).get('id'));
  const base = new WorkbookEngine(doc);
  const scenario = new WorkbookEngine(doc, scenarioId);
  const live = new ScenarioEngines(doc);
  try {
    for (let i = 0; i < OPERATIONS; i++) {
      const op = randomOperation(doc, random);
      try {
        applyOperation(doc, op);
      } catch (error) {
        if (!(error instanceof WorkbookOperationError)) throw error;
      }
      if ((i + 1) % BATCH === 0) {
        expect(engineValues(base, doc), `seed ${seed}, after operation ${i + 1} (${op.type})`).toEqual(freshValues(doc));
        expect(engineValues(scenario, doc), `seed ${seed}, scenario, after operation ${i + 1}`).toEqual(
          freshValues(doc, scenarioId),
        );
        expect(reportFrom(doc, live), `seed ${seed}, goals judged live, after operation ${i + 1}`).toEqual(evaluateWorkbook(doc));
      }
    }
    expect(base.rebuilds + scenario.rebuilds, `seed ${seed}: the engine had to be rebuilt`).toBe(0);
  } finally {
    live.destroy();
    base.destroy();
    scenario.destroy();
    doc.destroy();
  }
}

describe('the bound engine follows the document', () => {
  it.each(fuzzSeeds(30))('after random edits it equals an engine built from scratch (seed %i)', (seed) => {
    runSeed(seed);
  });
});
