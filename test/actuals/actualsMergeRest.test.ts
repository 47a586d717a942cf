/**
 * The merge contract of `POST …/actuals` and `…/actuals/refresh` against the real server: next
 * month's file is added beside the months the sheet holds, the preview names the months added and
 * updated, `mode: "replace"` starts the sheet over, and a merge that would mix two tables is
 * refused with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { actualsAnswerSchema } from '../../models/api/actualsAnswers.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { api, workspaceForTests } from '../server/support/api.js';
import { asCsv, asXlsx, type FixtureTable } from '../support/jobindsatsFixtures.js';

/** LM2's young people in Roskilde as Jobindsats gives them, for the months given (`2023M01` → figure). */
function youngPeople(figures: Record<string, number>, area = 'Roskilde'): FixtureTable {
  return {
    table: 'PTVA02',
    labels: ['Område', 'Periode', 'Antal personer'],
    codes: ['area', 'period', 'ptva02_pers'],
    rows: Object.entries(figures).map(([period, persons]) => [area, period, persons]),
  };
}

const choice = { measure: 'Antal personer' };

async function jobindsatsSheet(server: ReturnType<typeof serverForTests>, workspaceId: string, token: string): Promise<Record<string, unknown>> {
  const file = await api(server, 'GET', `/api/workspaces/${workspaceId}/workbook.json`, token);
  const sheets = (file.json as { sheets: Array<{ name: string; cells: Record<string, unknown> }> }).sheets;
  return sheets.find((s) => s.name === 'Jobindsats')!.cells;
}

describe('merging Jobindsats actuals into a workspace (REST)', { timeout: 180_000 }, () => {
  const server = serverForTests();
  const workspace = workspaceForTests(server, beskaeftigelsesplanTemplate());

  it('a file with only next month is previewed as that month added, and importing it keeps the months already there', async () => {
    const path = `/api/workspaces/${workspace.id}/actuals`;
    const csv = { bytes: asCsv(youngPeople({ '2023M01': 412 }), true), name: 'ptva02-jan.csv' };
    const dry = await uploadTo(server, path, workspace.editorToken, csv, { ...choice, dryRun: 'true' });
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    const preview = actualsAnswerSchema.parse(dry.json);
    expect(preview).toMatchObject({
      mode: 'merge',
      periods: ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01'],
      changes: { addedPeriods: ['2023-01'], updatedPeriods: [], removedPeriods: [], removedRows: [], changedFigures: 1 },
    });
    expect(preview.goalsMoved?.map((g) => g.goalId)).toContain('LM2');
    const applied = await uploadTo(server, path, workspace.editorToken, csv, choice);
    expect(applied.status, JSON.stringify(applied.json)).toBe(200);
    expect(applied.json).toMatchObject({ dryRun: false, mode: 'merge', link: { periods: preview.periods } });
    const cells = await jobindsatsSheet(server, workspace.id, workspace.viewerToken);
    expect([cells.B1, cells.G1, cells.H1, cells.B2, cells.G2, cells.H2]).toEqual(['2022-07', '2022-12', '2023-01', 445, 420, 412]);
  });

  it('refreshing with a file that revises the last month and adds the next names one updated and one added', async () => {
    const xlsx = { bytes: await asXlsx(youngPeople({ '2023M01': 415, '2023M02': 405 })), name: 'ptva02-feb.xlsx' };
    const dry = await uploadTo(server, `/api/workspaces/${workspace.id}/actuals/refresh`, workspace.editorToken, xlsx, { sheet: 'Jobindsats', dryRun: 'true' });
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    expect(dry.json).toMatchObject({ mode: 'merge', addedPeriods: ['2023-02'], changes: { addedPeriods: ['2023-02'], updatedPeriods: ['2023-01'], removedPeriods: [], changedFigures: 2 } });
  });

  it('mode "replace" makes the sheet the file\'s table, and the preview names the months it removes', async () => {
    const csv = { bytes: asCsv(youngPeople({ '2023M01': 412 }), false), name: 'ptva02-jan.csv' };
    const dry = await uploadTo(server, `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, csv, { ...choice, mode: 'replace', dryRun: 'true' });
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    expect(dry.json).toMatchObject({ mode: 'replace', periods: ['2023-01'], changes: { removedPeriods: ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12'] } });
    const bad = await uploadTo(server, `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, csv, { ...choice, mode: 'append', dryRun: 'true' });
    expect(bad).toMatchObject({ status: 400, json: { error: 'mode: mode must be "merge" or "replace"' } });
  });

  it('merging figures of another measure into a linked sheet is refused, naming the way to replace, and nothing is written', async () => {
    const before = await jobindsatsSheet(server, workspace.id, workspace.viewerToken);
    const other: FixtureTable = { ...youngPeople({ '2023M03': 400 }), labels: ['Område', 'Periode', 'Antal fuldtidspersoner'] };
    const refused = await uploadTo(server, `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, { bytes: asCsv(other, false), name: 'fuldtid.csv' }, { measure: 'Antal fuldtidspersoner' });
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ error: expect.stringMatching(/^the sheet "Jobindsats" holds Antal personer for another choice .*send mode "replace"/) });
    expect(await jobindsatsSheet(server, workspace.id, workspace.viewerToken)).toEqual(before);
    const json = await api(server, 'POST', `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, { table: 'PTVA02', measure: 'Antal personer', mode: 'merge', dryRun: true });
    // The REST JSON body takes `mode` too (here refused only for want of an API key).
    expect(json).toMatchObject({ status: 400, json: { error: expect.stringMatching(/no Jobindsats API key/) } });
  });
});
