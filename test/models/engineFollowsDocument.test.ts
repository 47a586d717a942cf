import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { evaluateWorkbook, reportFrom } from '../../models/evaluation/evaluationReport.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenarioRecords } from '../../models/workbook/workbookReader.js';
import { engineValues, freshValues, smallWorkbookDoc } from '../support/engineComparison.js';
import { applyUnlessRefused, randomOperation } from '../support/randomOperations.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';

const OPERATIONS = 300;
const BATCH = 10;

function runSeed(seed: number): void {
  const random = new SeededRandom(seed);
  const doc = smallWorkbookDoc(1);
  const scenarioId = String(scenarioRecords(doc)[1]!.get('id'));
  const base = new WorkbookEngine(doc);
  const scenario = new WorkbookEngine(doc, scenarioId);
  const live = new ScenarioEngines(doc);
  try {
    for (let i = 0; i < OPERATIONS; i++) {
      const op = randomOperation(doc, random);
      applyUnlessRefused(doc, op);
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
  it.each(fuzzSeeds(4))('after random edits it equals an engine built from scratch (seed %i)', (seed) => {
    runSeed(seed);
    // A few seconds alone; far longer on a loaded 2-core machine, where a fixed 30 s failed.
  }, 180_000);
});

/** The small workbook with live scenario engines; `editA2` sets Ark1!A2 (which B2 and Ark2!A2 read). */
function withScenarioEngines(test: (live: ScenarioEngines, ark1: string, editA2: (input: number) => void) => void): void {
  const doc = smallWorkbookDoc(1);
  const live = new ScenarioEngines(doc);
  const ark1 = workbookGrid(doc).sheetIdByName('Ark1')!;
  try {
    test(live, ark1, (input) => applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 1, col: 0, input }] }));
  } finally {
    live.destroy();
    doc.destroy();
  }
}

describe("scenario engines' listeners", () => {
  it('hear every cell an edit changed in each scenario, at its position', () => {
    withScenarioEngines((live, ark1, editA2) => {
      const heard: Array<{ scenarioId: string; cells: string[] }> = [];
      live.onUpdate((update) => {
        heard.push({ scenarioId: update.scenarioId, cells: update.changes.map((c) => `${c.sheetId === ark1 ? 'Ark1' : 'Ark2'}!${c.row},${c.col}`).sort() });
      });
      editA2(20);
      const [basis, high] = live.scenarios().map((s) => s.id);
      // A2 feeds B2 (=SUM(A1:A3)) and Ark2!A2 (=Ark1!B2*2), under both scenarios ("Høj" replaces only A1).
      expect(heard).toEqual([
        { scenarioId: basis, cells: ['Ark1!1,0', 'Ark1!1,1', 'Ark2!1,0'] },
        { scenarioId: high, cells: ['Ark1!1,0', 'Ark1!1,1', 'Ark2!1,0'] },
      ]);
    });
  });

  it('hear of an edit from the scenario in focus first (the one on screen)', () => {
    withScenarioEngines((live, _ark1, editA2) => {
      const order: string[] = [];
      live.onUpdate((update) => order.push(update.scenarioId));
      const [basis, high] = live.scenarios().map((s) => s.id);
      live.focus(high!);
      editA2(21);
      expect(order).toEqual([high, basis]);
      order.length = 0;
      live.focus(basis!);
      editA2(22);
      expect(order).toEqual([basis, high]);
    });
  });

  it('judge the focused scenario\'s goals after a cell edit before the other scenarios follow it', () => {
    withScenarioEngines((live, ark1, editA2) => {
      const events: string[] = [];
      let early: ReturnType<ScenarioEngines['evaluate']>[number] | undefined;
      live.onUpdate((update) => events.push(`values ${update.scenarioId}`));
      live.onFocusedEvaluated((evaluation) => {
        events.push(`goals ${evaluation.scenario.id}`);
        early = evaluation;
      });
      const [basis, high] = live.scenarios().map((s) => s.id);
      live.focus(high!);
      editA2(23);
      expect(events).toEqual([`values ${high}`, `goals ${high}`, `values ${basis}`]);
      expect(early).toEqual(live.evaluate().find((e) => e.scenario.id === high));
      // A change to the structure may move what goals read: they are judged with everything else.
      events.length = 0;
      applyOperation(live.doc, { type: 'insertRows', sheetId: ark1, index: 0, count: 1 });
      expect(events.filter((e) => e.startsWith('goals'))).toEqual([]);
    });
  });
});

describe('scenario engines whose other scenarios follow a cell edit later (the worker on a busy page)', () => {
  it('catch up when told, before anything reads them, and before the document changes again', () => {
    const doc = smallWorkbookDoc(1);
    const later: { catchUp?: () => void } = {};
    const live = new ScenarioEngines(doc, { othersLater: (run) => (later.catchUp = run) });
    const ark1 = workbookGrid(doc).sheetIdByName('Ark1')!;
    const editA2 = (input: number): void => applyOperation(doc, { type: 'setCells', sheetId: ark1, cells: [{ row: 1, col: 0, input }] });
    try {
      const heard: string[] = [];
      live.onUpdate((update) => heard.push(update.scenarioId));
      const [basis, high] = live.scenarios().map((s) => s.id);
      live.focus(high!);
      editA2(30);
      // Only the scenario on screen has followed; the other waits to be told.
      expect(heard).toEqual([high]);
      expect(later.catchUp).toBeDefined();
      later.catchUp!();
      expect(heard).toEqual([high, basis]);
      // Two edits in a row: the other scenario follows both at once.
      heard.length = 0;
      editA2(31);
      editA2(32);
      expect(heard).toEqual([high, basis, high]);
      // Read, it follows first.
      expect(engineValues(live.engine(basis!), doc)).toEqual(freshValues(doc));
      // A row inserted while it is behind: it followed the edit before the insert.
      editA2(33);
      applyOperation(doc, { type: 'insertRows', sheetId: ark1, index: 0, count: 1 });
      expect(engineValues(live.engine(basis!), doc)).toEqual(freshValues(doc));
      expect(engineValues(live.engine(high!), doc)).toEqual(freshValues(doc, high));
      expect(reportFrom(doc, live)).toEqual(evaluateWorkbook(doc));
    } finally {
      live.destroy();
      doc.destroy();
    }
  });

  it.each(fuzzSeeds(2))('after random edits, some caught up only by the next one, every goal is judged as from scratch (seed %i)', (seed) => {
    const random = new SeededRandom(seed);
    const doc = smallWorkbookDoc(1);
    const later: { catchUp?: () => void } = {};
    const live = new ScenarioEngines(doc, { othersLater: (run) => (later.catchUp = run) });
    live.focus(String(scenarioRecords(doc)[1]!.get('id')));
    try {
      for (let i = 0; i < OPERATIONS; i++) {
        const op = randomOperation(doc, random);
        applyUnlessRefused(doc, op);
        if (random.chance(0.5)) later.catchUp?.();
        if ((i + 1) % BATCH === 0) {
          for (const scenario of live.scenarios()) {
            const id = scenario.id === '' ? undefined : scenario.id;
            expect(engineValues(live.engine(scenario.id), doc), `seed ${seed}, ${scenario.name}, after operation ${i + 1} (${op.type})`).toEqual(freshValues(doc, id));
          }
          expect(reportFrom(doc, live), `seed ${seed}, after operation ${i + 1}`).toEqual(evaluateWorkbook(doc));
        }
      }
    } finally {
      live.destroy();
      doc.destroy();
    }
  }, 180_000);
});
