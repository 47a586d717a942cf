/**
 * One way to bring a workbook an earlier build wrote up to date (models/templates/workbookUpgrade.ts),
 * shared by the server's load, a version's restore and the CLIs: it changes only what needs it,
 * and leaves anything already up to date (or no workbook at all) exactly as it came.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { TYPED_ACTUAL_MONTH } from '../../models/templates/actualMonthUpgrade.js';
import { MM5_ACTUALS_SHEET } from '../../models/templates/mm5ActualsUpgrade.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { openWorkbookFile, upgradedVersionState, upgradedWorkbookFile, upgradeWorkbook } from '../../models/templates/workbookUpgrade.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { metaMap } from '../../models/workbook/workbookSchema.js';
import { withTypedMm5 } from '../support/typedMm5.js';
import { inputAt } from '../support/workbookFixtures.js';

/** The template as saved before the nineteenth session: typed newest actual month (and MM5's typed months, no sheet "Jobindsats MM5"). */
function typedTemplate(): WorkbookFile {
  const file = withTypedMm5(beskaeftigelsesplanTemplate());
  for (const [name, cells] of Object.entries(TYPED_ACTUAL_MONTH)) Object.assign(file.sheets.find((s) => s.name === name)!.cells, cells);
  return file;
}

function stateOf(file: WorkbookFile): Uint8Array {
  const doc = documentFromFile(file);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

const TEMPLATE_B4 = beskaeftigelsesplanTemplate().sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4;

describe('bringing a stored workbook up to date', () => {
  it('makes every step on a document from before them all, and says so; again, nothing', () => {
    const doc = documentFromFile(typedTemplate());
    metaMap(doc).delete('formulaDialect');
    expect(upgradeWorkbook(doc)).toEqual({ formulasRewritten: 0, actualMonth: true, mm5Actuals: true, settingsMaps: 0 });
    expect(inputAt(doc, 'Forudsætninger!B4')).toBe(TEMPLATE_B4);
    expect(workbookGrid(doc).sheetIdByName(MM5_ACTUALS_SHEET)).toBeDefined();
    expect(upgradeWorkbook(doc)).toEqual({ formulasRewritten: null, actualMonth: false, mm5Actuals: false, settingsMaps: 0 });
    doc.destroy();
  });

  it("gives a saved version's state back as it came when it is up to date, and upgraded when not", () => {
    const current = stateOf(beskaeftigelsesplanTemplate());
    expect(upgradedVersionState(current)).toBe(current);
    const old = new Y.Doc();
    Y.applyUpdate(old, upgradedVersionState(stateOf(typedTemplate())));
    expect(inputAt(old, 'Forudsætninger!B4')).toBe(TEMPLATE_B4);
    old.destroy();
  });

  it('gives bytes that are no workbook state back as they came, for the restore to refuse', () => {
    const garbage = new Uint8Array([1, 2, 3, 4, 5]);
    expect(upgradedVersionState(garbage)).toBe(garbage);
  });

  it('opens a file with the formulas, and writes a file back only where a step changed it', () => {
    const doc = openWorkbookFile(typedTemplate());
    expect(inputAt(doc, 'Forudsætninger!B4')).toBe(TEMPLATE_B4);
    doc.destroy();
    const current = beskaeftigelsesplanTemplate();
    expect(upgradedWorkbookFile(current)).toBe(current);
    const upgraded = upgradedWorkbookFile(typedTemplate());
    expect(upgraded.sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4).toBe(TEMPLATE_B4);
    const reopened = openWorkbookFile(typedTemplate());
    expect(upgraded).toEqual(exportWorkbookFile(reopened));
    reopened.destroy();
  });
});
