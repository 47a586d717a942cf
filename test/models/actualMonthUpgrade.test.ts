/**
 * A workspace made from the template before the nineteenth session, loaded now: its typed newest
 * actual month (Forudsætninger!B4) and Fremskrivning!D2 become the template's formulas over the
 * Jobindsats sheet only where every such cell still holds the template's typed text and the layout
 * is the template's; anything else is left as the planner has it.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { TYPED_ACTUAL_MONTH, upgradeActualMonthFormulas } from '../../models/templates/actualMonthUpgrade.js';
import { inputAt, openWorkbooks } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** The template as a workspace created before the nineteenth session holds it (B4, D2, A4, D4 typed). */
function typedTemplate(change: (file: WorkbookFile) => void = () => undefined): WorkbookFile {
  const file = beskaeftigelsesplanTemplate();
  for (const [name, cells] of Object.entries(TYPED_ACTUAL_MONTH)) Object.assign(file.sheets.find((s) => s.name === name)!.cells, cells);
  change(file);
  return file;
}

const verdicts = (doc: Parameters<typeof evaluateWorkbook>[0]): Array<[string, string, boolean | null]> =>
  evaluateWorkbook(doc).scenarios.flatMap((s) => s.goals.map((g): [string, string, boolean | null] => [s.name, g.id, g.met]));

describe('the newest actual month in a workspace made before the nineteenth session', () => {
  it('becomes the template\'s formula, reading 2022-12 as before, with every goal\'s verdict unchanged', () => {
    const doc = open.document(typedTemplate());
    const before = verdicts(doc);
    expect(upgradeActualMonthFormulas(doc)).toBe(true);
    const template = beskaeftigelsesplanTemplate();
    const now = (sheet: string, address: string): unknown => template.sheets.find((s) => s.name === sheet)!.cells[address];
    for (const address of ['A4', 'B4', 'C4', 'D4']) expect(inputAt(doc, `Forudsætninger!${address}`)).toBe(now('Forudsætninger', address));
    expect(inputAt(doc, 'Fremskrivning!D2')).toBe(now('Fremskrivning', 'D2'));
    expect(open.value(doc, 'Forudsætninger!B4')).toBe('2022-12');
    expect(verdicts(doc)).toEqual(before);
    // Done once: the cells are formulas now.
    expect(upgradeActualMonthFormulas(doc)).toBe(false);
  });

  it('then follows a month imported before the upgrade: January merged in reads 2023-01', () => {
    const doc = open.document(withActualsSheet(typedTemplate(), { dimension: 'Område', measure: 'Antal personer', periods: ['2023-01'], rowLabels: ['Roskilde'], values: [[300]] }));
    expect(open.value(doc, 'Forudsætninger!B4')).toBe('2022-12');
    expect(upgradeActualMonthFormulas(doc)).toBe(true);
    expect(open.value(doc, 'Forudsætninger!B4')).toBe('2023-01');
    expect(String(open.value(doc, 'Fremskrivning!D2'))).toMatch(/LM2 til og med 2023-01 /);
  });

  it.each<[string, (file: WorkbookFile) => void]>([
    ['B4 retyped by the planner', (file) => void (file.sheets[0]!.cells.B4 = '2023-01')],
    ['D2 reworded by the planner', (file) => void (file.sheets[1]!.cells.D2 = 'Faktiske tal til og med dec. 2022')],
    ['no Jobindsats sheet (LM2 typed, the third session\'s template)', (file) => {
      file.sheets = file.sheets.filter((s) => s.name !== 'Jobindsats');
      for (const column of ['E', 'F', 'G', 'H', 'I', 'J']) file.sheets[1]!.cells[`${column}12`] = 445;
      file.sheets[1]!.cells.E2 = 'Faktisk';
    }],
    ['no Roskilde row in the Jobindsats sheet', (file) => {
      const sheet = file.sheets.find((s) => s.name === 'Jobindsats')!;
      sheet.cells.A2 = 'Køge';
    }],
    ['a scenario overriding B4', (file) => void (file.scenarios![0]!.inputs['Forudsætninger!B4'] = '2022-11')],
  ])('is left alone with %s', (_, change) => {
    const doc = open.document(typedTemplate(change));
    const before = JSON.stringify(exportWorkbookFile(doc));
    expect(upgradeActualMonthFormulas(doc)).toBe(false);
    expect(JSON.stringify(exportWorkbookFile(doc))).toBe(before);
  });
});
