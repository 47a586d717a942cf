/**
 * A workspace made from the template before the nineteenth session, stored as it was (typed
 * Forudsætninger!B4 "2022-12" and Fremskrivning!D2), opened by the real server: the server writes
 * the template's formulas over the Jobindsats sheet once, before anyone syncs
 * (models/templates/actualMonthUpgrade.ts); one whose B4 the planner retyped is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { TYPED_ACTUAL_MONTH } from '../../models/templates/actualMonthUpgrade.js';
import { createWorkspace, type CreatedWorkspace } from '../../server/workspaces/createWorkspace.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api } from './support/api.js';
import { storedBeforeStart, storedState } from './support/storedDocument.js';

let typed: CreatedWorkspace;
let retyped: CreatedWorkspace;

/** The template as a workspace created before the nineteenth session stored it; `b4` as the planner left it. */
function typedState(b4: string): Uint8Array {
  const file = beskaeftigelsesplanTemplate();
  for (const [name, cells] of Object.entries(TYPED_ACTUAL_MONTH)) Object.assign(file.sheets.find((s) => s.name === name)!.cells, cells);
  file.sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4 = b4;
  return storedState(file);
}

const dataDir = storedBeforeStart('actual-month', async (store) => {
  typed = await createWorkspace(store, typedState('2022-12'));
  retyped = await createWorkspace(store, typedState('2023-01'));
});
const server = serverForTests(() => ({ dataDir }));

type FileAnswer = { sheets: Array<{ name: string; cells: Record<string, unknown> }> };
const cellsOf = (file: FileAnswer, sheet: string): Record<string, unknown> => file.sheets.find((s) => s.name === sheet)!.cells;

describe('a workspace from the template before the nineteenth session, opened now', () => {
  it('holds the template\'s newest-actual-month formulas in Forudsætninger!B4 and Fremskrivning!D2', async () => {
    const file = (await api(server, 'GET', `/api/workspaces/${typed.id}/workbook.json`, typed.viewerToken)).json as FileAnswer;
    const template = beskaeftigelsesplanTemplate();
    const now = (sheet: string): Record<string, unknown> => template.sheets.find((s) => s.name === sheet)!.cells;
    expect(cellsOf(file, 'Forudsætninger').B4).toBe(now('Forudsætninger').B4);
    expect(String(cellsOf(file, 'Forudsætninger').B4)).toMatch(/^=IFERROR\(LOOKUP\(2,/);
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(now('Fremskrivning').D2);
  });

  it('leaves a B4 the planner retyped, and D2 with it', async () => {
    const file = (await api(server, 'GET', `/api/workspaces/${retyped.id}/workbook.json`, retyped.viewerToken)).json as FileAnswer;
    expect(cellsOf(file, 'Forudsætninger').B4).toBe('2023-01');
    expect(cellsOf(file, 'Fremskrivning').D2).toBe(TYPED_ACTUAL_MONTH.Fremskrivning!.D2);
  });
});
