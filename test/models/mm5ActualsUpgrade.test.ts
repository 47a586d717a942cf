/**
 * A workspace made from the template before MM5 read the sheet "Jobindsats MM5", loaded now: its
 * typed MM5 months become the sheet and row 8's formulas reading it only where every such cell
 * still holds what the template had and nothing of the new layout is there; anything else is left
 * as the planner has it.
 */
import { describe, expect, it } from 'vitest';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { MM5_ACTUALS_SHEET, upgradeMm5Actuals } from '../../models/templates/mm5ActualsUpgrade.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { upgradedWorkbookFile } from '../../models/templates/workbookUpgrade.js';
import { withTypedMm5 } from '../support/typedMm5.js';
import { inputAt, openWorkbooks } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** The template as a workspace created before the twenty-second session holds it (MM5 typed, no sheet "Jobindsats MM5"). */
function typedMm5(change: (file: WorkbookFile) => void = () => undefined): WorkbookFile {
  const file = withTypedMm5(beskaeftigelsesplanTemplate());
  change(file);
  return file;
}

const verdicts = (doc: Parameters<typeof evaluateWorkbook>[0]): Array<[string, string, unknown, boolean | null]> =>
  evaluateWorkbook(doc).scenarios.flatMap((s) => s.goals.map((g): [string, string, unknown, boolean | null] => [s.name, g.id, g.value, g.met]));

const sheet = (file: WorkbookFile, name: string) => file.sheets.find((s) => s.name === name);

describe("MM5's typed months in a workspace made before MM5 read its own Jobindsats sheet", () => {
  it("become the template's sheet and formulas, with every value and verdict unchanged, once", () => {
    const doc = open.document(typedMm5());
    const before = verdicts(doc);
    const row8 = ['E', 'J', 'K', 'V'].map((c) => open.value(doc, `Fremskrivning!${c}8`));
    expect(upgradeMm5Actuals(doc)).toBe(true);
    const upgraded = exportWorkbookFile(doc);
    const template = beskaeftigelsesplanTemplate();
    expect(upgraded.sheets.map((s) => s.name)).toEqual(template.sheets.map((s) => s.name));
    expect(sheet(upgraded, MM5_ACTUALS_SHEET)!.cells).toEqual(sheet(template, MM5_ACTUALS_SHEET)!.cells);
    for (const name of ['Forudsætninger', 'Fremskrivning']) expect(sheet(upgraded, name)!.cells, name).toEqual(sheet(template, name)!.cells);
    expect(['E', 'J', 'K', 'V'].map((c) => open.value(doc, `Fremskrivning!${c}8`))).toEqual(row8);
    expect(open.value(doc, 'Forudsætninger!B8')).toBe('2022-12');
    expect(verdicts(doc)).toEqual(before);
    expect(upgradeMm5Actuals(doc)).toBe(false);
  });

  it('after the upgrade next month merged into Jobindsats MM5 moves MM5 by itself', () => {
    const doc = open.document(typedMm5());
    upgradeMm5Actuals(doc);
    const january = withActualsSheet(exportWorkbookFile(doc), { dimension: 'Område', measure: 'Antal personer', periods: ['2023-01'], rowLabels: ['Roskilde'], values: [[9400]] }, MM5_ACTUALS_SHEET);
    const next = open.document(january);
    expect(open.value(next, 'Fremskrivning!K8')).toBe(9400);
    expect(open.value(next, 'Forudsætninger!B8')).toBe('2023-01');
  });

  it.each<[string, (file: WorkbookFile) => void]>([
    ['a month retyped by the planner', (file) => void (sheet(file, 'Fremskrivning')!.cells.J8 = 9500)],
    ['a projection month typed over', (file) => void (sheet(file, 'Fremskrivning')!.cells.K8 = 9400)],
    ['a projection formula of the planner\'s own', (file) => void (sheet(file, 'Fremskrivning')!.cells.L8 = '=K8*0.99')],
    ['the status row reworded', (file) => void (sheet(file, 'Fremskrivning')!.cells.K2 = 'Fremskrevet')],
    ['D8 reworded', (file) => void (sheet(file, 'Fremskrivning')!.cells.D8 = 'Bestand')],
    ['a note of the planner\'s in Forudsætninger!A8', (file) => void (sheet(file, 'Forudsætninger')!.cells.A8 = 'Egen note')],
    ['a sheet named Jobindsats MM5 already', (file) => void file.sheets.push({ name: MM5_ACTUALS_SHEET, cells: { A1: 'Mine tal' } })],
    ['a scenario overriding December 2022', (file) => void file.scenarios!.push({ name: 'Egne tal', inputs: { 'Fremskrivning!J8': 9500 } })],
  ])('are left as they are with %s', (_, change) => {
    const file = typedMm5(change);
    const doc = open.document(file);
    expect(upgradeMm5Actuals(doc)).toBe(false);
    expect(exportWorkbookFile(doc).sheets.find((s) => s.name === 'Fremskrivning')!.cells.J8).toBe(sheet(file, 'Fremskrivning')!.cells.J8);
  });

  it('a v1 file from before is read with the new layout by every way in (workbookUpgrade), and the current template as it is', () => {
    const upgraded = upgradedWorkbookFile(typedMm5());
    expect(sheet(upgraded, MM5_ACTUALS_SHEET)).toBeDefined();
    expect(sheet(upgraded, 'Fremskrivning')!.cells.K8).toBe(sheet(beskaeftigelsesplanTemplate(), 'Fremskrivning')!.cells.K8);
    const current = beskaeftigelsesplanTemplate();
    expect(upgradedWorkbookFile(current)).toBe(current);
  });
});
