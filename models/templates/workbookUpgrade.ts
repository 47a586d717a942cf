/**
 * Bringing a workbook an earlier build wrote up to date, in one place, so that every way in reads
 * it alike: the server loading a stored workspace, a saved version being restored (by the server
 * or in the browser), and the CLIs reading a v1 file. Before, only the server's load made the
 * second step: a version restored from before the nineteenth session brought the typed newest
 * actual month back until the workspace was next loaded, and the CLIs read an old file's typed
 * month as it stood.
 *
 * 1. formulas written before they spilled are brought to the dynamic-array dialect, once
 *    (engine/legacyFormulas.ts; a v1 file without `formulaDialect` is read so already);
 * 2. the template's typed newest actual month becomes the template's formulas, where safe
 *    (actualMonthUpgrade.ts);
 * 3. the template's typed MM5 months become the sheet "Jobindsats MM5" and row 8's formulas
 *    reading it, where safe (mm5ActualsUpgrade.ts);
 * 4. every sheet gets the settings maps it lacks (merged areas, Wrap Text, column widths, …), so
 *    no two colleagues create one at once and lose one another's entries (sheetSettings.ts).
 *
 * Each step changes nothing once made, so reading a workbook through it again is harmless.
 *
 * @example const doc = openWorkbookFile(parseWorkbookJson(text)); // the CLIs' FILE.json
 */
import * as Y from 'yjs';
import { adoptDynamicArrays } from '../engine/legacyFormulas.js';
import { exportWorkbookFile } from '../format/exportWorkbookFile.js';
import type { WorkbookFile } from '../format/workbookFile.js';
import { addMissingSettingsMaps } from '../workbook/sheetSettings.js';
import { writesDynamicArrays } from '../workbook/workbookReader.js';
import { upgradeActualMonthFormulas } from './actualMonthUpgrade.js';
import { upgradeMm5Actuals } from './mm5ActualsUpgrade.js';
import { documentFromFile } from './templates.js';

/** What upgradeWorkbook changed. */
export interface WorkbookUpgrades {
  /** Formulas rewritten for the dynamic-array dialect; null when the workbook was already in it. */
  formulasRewritten: number | null;
  /** Whether the template's newest-actual-month formulas were written. */
  actualMonth: boolean;
  /** Whether MM5 was given the template's sheet "Jobindsats MM5" and the formulas reading it. */
  mm5Actuals: boolean;
  /** Sheets given the settings maps they lacked. */
  settingsMaps: number;
}

/** The transaction origin of each step (the server's, so clients see whose change it was). */
export interface WorkbookUpgradeOrigins {
  formulaDialect?: unknown;
  actualMonth?: unknown;
  mm5Actuals?: unknown;
  settingsMaps?: unknown;
}

/** Brings `doc` up to date, each step as one transaction with its origin; what it changed. */
export function upgradeWorkbook(doc: Y.Doc, origins: WorkbookUpgradeOrigins = {}): WorkbookUpgrades {
  const formulasRewritten = writesDynamicArrays(doc) ? null : adoptDynamicArrays(doc, origins.formulaDialect ?? null);
  const actualMonth = upgradeActualMonthFormulas(doc, origins.actualMonth ?? null);
  const mm5Actuals = upgradeMm5Actuals(doc, origins.mm5Actuals ?? null);
  const settingsMaps = addMissingSettingsMaps(doc, origins.settingsMaps ?? null);
  return { formulasRewritten, actualMonth, mm5Actuals, settingsMaps };
}

/**
 * A saved version's state as this build reads it: the same bytes when nothing needs bringing up
 * to date, else the state upgraded. Bytes that are no Yjs state come back as they are, for the
 * reader after to refuse as it does (operations/restoreVersion.ts's versionDoc).
 */
export function upgradedVersionState(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const upgrades = upgradeWorkbook(doc);
    return upgrades.formulasRewritten === null && !upgrades.actualMonth && !upgrades.mm5Actuals && upgrades.settingsMaps === 0 ? state : Y.encodeStateAsUpdate(doc);
  } catch {
    return state;
  } finally {
    doc.destroy();
  }
}

/** A v1 file opened as a document, brought up to date (the caller destroys it). Throws WorkbookFileError as documentFromFile does. */
export function openWorkbookFile(file: WorkbookFile): Y.Doc {
  const doc = documentFromFile(file);
  upgradeWorkbook(doc);
  return doc;
}

/**
 * A v1 file brought up to date, for a tool that writes the file back (the Jobindsats CLI): the
 * file itself when no step changes its workbook, else the upgraded document written as a file,
 * as `GET …/workbook.json` writes a workspace.
 */
export function upgradedWorkbookFile(file: WorkbookFile): WorkbookFile {
  const doc = documentFromFile(file);
  try {
    const upgrades = upgradeWorkbook(doc);
    return upgrades.actualMonth || upgrades.mm5Actuals ? exportWorkbookFile(doc) : file;
  } finally {
    doc.destroy();
  }
}
