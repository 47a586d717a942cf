/**
 * An engine built from a workbook with hidden rows computes each SUBTOTAL and AGGREGATE once, and
 * right, during its build: the hidden rows are known to the engine's functions before the build
 * (its config's context), not handed over afterwards with every such formula set again. Counted
 * through HyperFormula's public registry of function plugins (a spy on the plugin's method), on
 * every way an engine comes to be: the Basis engine, a scenario's engine built later (as the
 * worker, the server and the analysis build theirs), one rebuilt after the locale changed.
 */
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { HyperFormula } from 'hyperformula';
import type * as Y from 'yjs';
import { findScenario } from '../../models/analysis/analysisRequest.js';
import { prepareEngine } from '../../models/engine/engineConfig.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

/** Counts the calls of a function's implementation in every engine (its plugin's method). */
function countCalls(name: string): MockInstance {
  prepareEngine();
  const plugin = HyperFormula.getFunctionPlugin(name)!;
  const method = plugin.implementedFunctions[name]!.method;
  return vi.spyOn(plugin.prototype as Record<string, (...args: unknown[]) => unknown>, method);
}

afterEach(() => vi.restoreAllMocks());

/**
 * Data!A1:A6 holds 10 to 60, rows 2 and 4 hidden (the scenario Høj puts 5 in E1); the sheet "2024" (a name JavaScript lists
 * before the others) sums Data's visible rows once more, and hides its own row 1.
 */
function hiddenRowsDoc(): { doc: Y.Doc; data: string; year: string; scenarioId: string } {
  const doc = documentFromFile({
    format: 'fremskriv.workbook',
    version: 1,
    title: 'T',
    locale: 'da-DK',
    sheets: [
      { name: 'Data', cells: { A1: 10, A2: 20, A3: 30, A4: 40, A5: 50, A6: 60, C1: '=SUBTOTAL(109,A1:A6)', C2: '=AGGREGATE(9,5,A1:A6)' } },
      { name: '2024', cells: { A1: 1000, A2: 1, B1: '=SUBTOTAL(109,Data!A1:A6)', B2: '=SUBTOTAL(109,A1:A2)' } },
    ],
    scenarios: [{ name: 'Høj', inputs: { 'Data!E1': 5 } }],
  });
  const grid = workbookGrid(doc);
  const [data, year] = grid.listSheets().map((s) => s.id) as [string, string];
  applyOperations(doc, [
    { type: 'hideRows', sheetId: data, index: 1, count: 1 },
    { type: 'hideRows', sheetId: data, index: 3, count: 1 },
    { type: 'hideRows', sheetId: year, index: 0, count: 1 },
  ]);
  return { doc, data, year, scenarioId: findScenario(doc, 'Høj').id };
}

/** Data's visible rows sum to 10 + 30 + 50 + 60; 2024's to its row 2. */
function expectVisibleSums(engine: WorkbookEngine, data: string, year: string): void {
  expect(engine.value(data, 0, 2)).toBe(150);
  expect(engine.value(data, 1, 2)).toBe(150);
  expect(engine.value(year, 0, 1)).toBe(150);
  expect(engine.value(year, 1, 1)).toBe(1);
}

describe('SUBTOTAL and AGGREGATE over hidden rows, computed once as the engine is built', () => {
  it('the Basis engine: each formula computed once, passing over the hidden rows', () => {
    const { doc, data, year } = hiddenRowsDoc();
    const subtotal = countCalls('SUBTOTAL');
    const aggregate = countCalls('AGGREGATE');
    const engine = new WorkbookEngine(doc);
    expect(subtotal).toHaveBeenCalledTimes(3);
    expect(aggregate).toHaveBeenCalledTimes(1);
    expectVisibleSums(engine, data, year);
    engine.destroy();
  });

  it('a scenario\'s engine (the worker\'s, the server\'s, the analysis\'s): each formula computed once, passing over the hidden rows', () => {
    const { doc, data, year, scenarioId } = hiddenRowsDoc();
    const subtotal = countCalls('SUBTOTAL');
    // Only the focused scenario's engine is built at once.
    const engines = new ScenarioEngines(doc, { focus: scenarioId, othersBuiltLater: () => undefined });
    const engine = engines.engine(scenarioId);
    expect(subtotal).toHaveBeenCalledTimes(3);
    expectVisibleSums(engine, data, year);
    expect(engine.value(data, 0, 4)).toBe(5);
    engines.destroy();
  });

  it('an engine rebuilt after the workbook\'s locale changed: computed once more, still passing over the hidden rows', () => {
    const { doc, data, year } = hiddenRowsDoc();
    const engine = new WorkbookEngine(doc);
    const subtotal = countCalls('SUBTOTAL');
    applyOperations(doc, [{ type: 'setLocale', locale: 'en-GB' }]);
    expect(subtotal).toHaveBeenCalledTimes(3);
    expectVisibleSums(engine, data, year);
    engine.destroy();
  });
});
