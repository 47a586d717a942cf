import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { sensitivity } from '../../models/analysis/sensitivity.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenariosArray } from '../../models/workbook/workbookSchema.js';
import { workbookFile } from '../support/workbookFixtures.js';

const docs: Y.Doc[] = [];
afterEach(() => docs.splice(0).forEach((d) => d.destroy()));

function twoAssumptions() {
  const doc = documentFromFile(
    workbookFile(
      { Forudsætninger: { B1: 8, B2: 0, B3: 40 }, Model: { A1: '=100+10*Forudsætninger!B1+Forudsætninger!B2' } },
      {
        goals: [
          { id: 'LIN', title: 'Lineær', value: 'Model!A1', comparator: '<=', target: 150 },
          { id: 'Q', title: 'Kvalitativ' },
        ],
        scenarios: [
          { name: 'Basis', inputs: {} },
          { name: 'Plan', inputs: { 'Forudsætninger!B1': 8, 'Forudsætninger!B2': 0 } },
        ],
      },
    ),
  );
  docs.push(doc);
  return { doc, scenarios: readScenarios(scenariosArray(doc), workbookGrid(doc)) };
}

describe('sensitivity: each goal\'s margin with each assumption moved down and up', () => {
  it('±10 % of the value, an absolute step at 0, sorted by the swing', () => {
    const { doc, scenarios } = twoAssumptions();
    const report = sensitivity(doc, scenarios[1]!);
    expect(report.scenario).toBe('Plan');
    expect(report.step).toBe(0.1);
    const linear = report.goals.find((g) => g.id === 'LIN')!;
    expect(linear.margin).toBe(-30);
    // B1 = 8 → 7.2 and 8.8: margins 150 − 172 and 150 − 188; B2 = 0 → 0 and 0.1 (a count at 0 is not tried below 0).
    expect(linear.inputs.map((i) => i.input)).toEqual(['Forudsætninger!B1', 'Forudsætninger!B2']);
    expect(linear.inputs[0]).toMatchObject({ value: 8 });
    expect(linear.inputs[0]!.low).toBeCloseTo(7.2, 12);
    expect(linear.inputs[0]!.high).toBeCloseTo(8.8, 12);
    expect(linear.inputs[0]!.marginLow).toBeCloseTo(-22, 9);
    expect(linear.inputs[0]!.marginHigh).toBeCloseTo(-38, 9);
    expect(linear.inputs[1]).toMatchObject({ value: 0, low: 0, high: 0.1 });
    expect(linear.inputs[1]!.marginLow).toBeCloseTo(-30, 9);
    expect(linear.inputs[1]!.marginHigh).toBeCloseTo(-30.1, 9);
  });

  it('a share is tried within 0–100 %, a declared "Tilladte værdier" within its bounds, a negative value below it', () => {
    const doc = documentFromFile(
      workbookFile(
        { Forudsætninger: { B1: 0.95, B2: 40, B3: -5 }, Model: { A1: '=100*Forudsætninger!B1+Forudsætninger!B2+Forudsætninger!B3' } },
        {
          goals: [{ id: 'SUM', title: 'Sum', value: 'Model!A1', comparator: '>=', target: 100 }],
          scenarios: [{ name: 'Basis', inputs: { 'Forudsætninger!B1': 0.95, 'Forudsætninger!B2': 40, 'Forudsætninger!B3': -5 } }],
        },
      ),
    );
    docs.push(doc);
    const sheetId = workbookGrid(doc).sheetIdByName('Forudsætninger')!;
    applyOperation(doc, { type: 'setFormat', sheetId, row: 0, col: 1, format: 'percent' });
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 1, col: 1, bounds: { min: 38, max: 41 } });
    const [swing] = sensitivity(doc, readScenarios(scenariosArray(doc), workbookGrid(doc))[0]!).goals;
    const tried = new Map(swing!.inputs.map((i) => [i.input, [i.low, i.high]]));
    expect(tried.get('Forudsætninger!B1')![0]).toBeCloseTo(0.855, 12);
    expect(tried.get('Forudsætninger!B1')![1]).toBe(1);
    expect(tried.get('Forudsætninger!B2')).toEqual([38, 41]);
    expect(tried.get('Forudsætninger!B3')).toEqual([-5.5, -4.5]);
  });

  it('a qualitative goal has an empty list; a custom step moves by that share', () => {
    const { doc, scenarios } = twoAssumptions();
    const report = sensitivity(doc, scenarios[1]!, 0.5);
    expect(report.goals.find((g) => g.id === 'Q')).toEqual({ id: 'Q', margin: null, inputs: [] });
    expect(report.goals.find((g) => g.id === 'LIN')!.inputs[0]).toMatchObject({ low: 4, high: 12, marginLow: 10, marginHigh: -70 });
  });

  it('never changes the workspace', () => {
    const { doc, scenarios } = twoAssumptions();
    let changes = 0;
    doc.on('update', () => changes++);
    sensitivity(doc, scenarios[1]!);
    expect(changes).toBe(0);
  });
});
