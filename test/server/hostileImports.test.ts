/**
 * .xlsx files a hostile colleague imports (the twelfth hostile pass): a number format longer than
 * the 255 characters Excel allows is read as General (before: 500 `internal error`), and a small
 * file whose cells share one long formula or one long string is refused (413) before its formulas
 * are read, counted against what a workspace can hold (before: a 5 kB file giving an 8,000-character
 * shared formula to 3,000 cells kept a worker thread 97 s only to be refused by the size bound).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { handWrittenXlsx } from '../interchange/support/handWrittenXlsx.js';
import { upload } from '../interchange/support/restClient.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

const server = serverForTests();

interface SheetFile {
  sheets: Array<{ name: string; cells: Record<string, unknown> }>;
}

async function workbookFile(workspace: CreatedWorkspace): Promise<SheetFile> {
  const { status, json } = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
  expect(status).toBe(200);
  return json as SheetFile;
}

/** Column letters A…Z for the first 26 columns. */
function column(index: number): string {
  return String.fromCharCode(65 + index);
}

describe('a number format longer than Excel allows', () => {
  it('is read as General: the sheet is imported with its number, not answered 500', async () => {
    const workspace = await createWorkspace(server);
    const styles = `<numFmts count="1"><numFmt numFmtId="200" formatCode="${'0'.repeat(20_000)}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="200" applyNumberFormat="1"/></cellXfs>`;
    const bytes = handWrittenXlsx({ sheets: [{ name: 'Formater', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>1234</v></c></row></sheetData>' }], styles });
    const answer = await upload(server, workspace.id, workspace.editorToken, { bytes, name: 'formater.xlsx' }, { mode: 'sheets' });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    const sheet = (await workbookFile(workspace)).sheets.find((s) => s.name === 'Formater');
    expect(sheet?.cells).toEqual({ A1: 1234 });
  });
});

describe('a small file whose cells share long content', () => {
  let colleague: CreatedWorkspace;

  beforeAll(async () => {
    colleague = await createWorkspace(server);
  });

  it.each([
    [
      'one 8,000-character shared formula given to 1,000 cells',
      (): Uint8Array => {
        const master = `<row r="1"><c r="A1"><f t="shared" ref="A1:A1001" si="0">1${'+B1'.repeat(2_666)}</f></c></row>`;
        const users = Array.from({ length: 1_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><f t="shared" si="0"/></c></row>`).join('');
        return handWrittenXlsx({ sheets: [{ name: 'Delt', xml: `<sheetData>${master}${users}</sheetData>` }] });
      },
    ],
    [
      'one 30,000-character shared string in 20,000 cells',
      (): Uint8Array => {
        const rows = Array.from({ length: 2_000 }, (_, i) => `<row r="${i + 1}">${Array.from({ length: 10 }, (_, j) => `<c r="${column(j)}${i + 1}" t="s"><v>0</v></c>`).join('')}</row>`).join('');
        return handWrittenXlsx({ sheets: [{ name: 'Delt', xml: `<sheetData>${rows}</sheetData>` }], strings: `<si><t>${'x'.repeat(30_000)}</t></si>` });
      },
    ],
  ])('%s is refused with 413 saying why, before it is built; the workspace is untouched and a colleague carries on', async (_what, file) => {
    const workspace = await createWorkspace(server);
    const before = await workbookFile(workspace);
    const bytes = file();
    expect(bytes.length).toBeLessThan(100_000);
    for (const dryRun of ['true', 'false']) {
      const answer = await whileColleagueWorks(server, colleague, () => upload(server, workspace.id, workspace.editorToken, { bytes, name: 'delt.xlsx' }, { mode: 'sheets', dryRun }));
      expect(answer.status).toBe(413);
      expect((answer.json as { error: string }).error).toMatch(/^delt\.xlsx: the workbook holds more than 2,097,152 characters of text and formulas: a workspace may take at most 2\.1 MB/);
    }
    expect(await workbookFile(workspace)).toEqual(before);
  }, 120_000);
});
