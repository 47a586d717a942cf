/**
 * An export names its file after the workbook's title, cut to 150 characters: a title whose emoji
 * straddles that cut once left half of it in the Content-Disposition header, whose encoding then
 * threw, and every export of the workspace answered 500 for everyone (eleventh hostile pass).
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { workbookFile } from '../support/workbookFixtures.js';
import { requestOnFreshConnection } from '../harness/freshConnection.js';
import { createWorkspace } from './support/api.js';

const server = serverForTests();

const TITLE = `${'Beskæftigelsesplan '.repeat(8).slice(0, 149)}🎯 2027`;

async function download(path: string, token: string): Promise<{ status: number; disposition: string }> {
  const response = await requestOnFreshConnection(`${server.url}${path}`, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, disposition: response.headers.get('content-disposition') ?? '' };
}

describe('a workbook title with an emoji where the file name is cut', () => {
  it('is exported as .xlsx, as .xlsx under a scenario and as CSV, each named with the title up to the emoji', async () => {
    const workspace = await createWorkspace(server, workbookFile({ Data: { A1: 1 } }, { title: TITLE, scenarios: [{ name: 'Høj', inputs: {} }] }));
    for (const path of ['export.xlsx', 'export.xlsx?scenario=H%C3%B8j', 'sheets/Data.csv']) {
      const answer = await download(`/api/workspaces/${workspace.id}/${path}`, workspace.viewerToken);
      expect(answer.status, path).toBe(200);
      expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(answer.disposition)?.[1] ?? ''), path).toMatch(/^(Beskæftigelsesplan ){7}Beskæftigelsespl( - \S+)*\.(xlsx|csv)$/);
    }
  });
});
