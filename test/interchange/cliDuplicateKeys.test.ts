/**
 * A v1 workbook file or a Jobindsats JSON file naming a key twice, given to a CLI (the
 * seventeenth hostile pass). JSON.parse keeps the last silently, so `"A1": 1, "A1": 3` evaluated
 * as 3 while the file read as 1 to anyone checking it by eye; the server already refused such a
 * body with 400. Every CLI reads its files through models/format/jsonText.ts now: one line on
 * stderr naming the key and where, exit code 2, nothing written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmScript } from '../harness/scriptRun.js';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'fremskriv-cli-duplicates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const FILE = (cells: string): string => `{"format":"fremskriv.workbook","version":1,"title":"Plan","locale":"da-DK","sheets":[{"name":"Ark1","cells":{${cells}}}]}`;

// Each test runs one CLI process (npm, tsx, the engine): tens of seconds on a busy 2-core machine.
describe('a CLI given a JSON file naming a key twice', { timeout: 300_000 }, () => {
  it('evaluate refuses a workbook naming a cell twice: one line on stderr saying which and where, exit code 2', async () => {
    const path = write('twice.json', FILE('"A1":1,"B1":2,"A1":3'));
    expect(await npmScript('evaluate', [path])).toEqual({
      status: 2,
      stdout: '',
      stderr: `evaluate: ${path}: not a valid fremskriv.workbook v1 file: the JSON names "A1" twice in sheets[].cells; give each key once\n`,
    });
  });

  it('export refuses a workbook naming "title" twice (one spelled with an escape) and writes no .xlsx', async () => {
    const path = write('title.json', FILE('"A1":1').replace('"title":"Plan"', '"title":"Plan","\\u0074itle":"Andet"'));
    const xlsx = join(dir, 'title.xlsx');
    const run = await npmScript('export', [path, xlsx]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the JSON names "title" twice; give each key once');
    expect(existsSync(xlsx)).toBe(false);
  });

  it('jobindsats refuses a data file giving "Data" twice and writes no OUT.json', async () => {
    const table = asV2Json(ptva02('2023-01', 2));
    const data = write('ptva02.json', table.replace(',"Data":', ',"Data":[],"Data":'));
    const workbook = write('plan.json', FILE('"A1":1'));
    const out = join(dir, 'out.json');
    const run = await npmScript('jobindsats', [data, workbook, out, '--measure', 'Antal personer']);
    expect(run).toEqual({ status: 2, stdout: '', stderr: `jobindsats: ${data}: the JSON is not Jobindsats data: the JSON names "Data" twice in []; give each key once\n` });
    expect(existsSync(out)).toBe(false);
  });
});
