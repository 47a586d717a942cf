import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkbookJson, type WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { REPO_ROOT } from '../harness/serverHarness.js';
import { npmScript, type ScriptRun } from '../harness/scriptRun.js';
import { HOSTILE_FILES } from './support/hostileFiles.js';
import { normalised } from './support/normalisedWorkbook.js';
import { workbookFile } from '../support/workbookFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'fremskriv-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'export' | 'import', ...args: string[]): Promise<ScriptRun> {
  return npmScript(script, args);
}

const templatePath = join(REPO_ROOT, 'models/templates/beskaeftigelsesplan-2023.json');

// Each test runs one or two CLI processes (npm, tsx, the engine): tens of seconds on a busy 2-core machine.
describe('npm run export / npm run import', { timeout: 300_000 }, () => {
  it('convert the template to .xlsx and back to the same v1 workbook, silently', async () => {
    const xlsx = join(dir, 'plan.xlsx');
    const json = join(dir, 'plan.json');
    expect(await run('export', templatePath, xlsx)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run('import', xlsx, json)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(parseWorkbookJson(readFileSync(json, 'utf8'))).toEqual(normalised(beskaeftigelsesplanTemplate()));
  });

  it('export one scenario with --scenario', async () => {
    const xlsx = join(dir, 'lav.xlsx');
    const json = join(dir, 'lav.json');
    expect((await run('export', templatePath, xlsx, '--scenario', 'Lavkonjunktur')).status).toBe(0);
    expect((await run('import', xlsx, json)).status).toBe(0);
    expect(parseWorkbookJson(readFileSync(json, 'utf8')).sheets[0]!.cells.B5).toBe(1.1);
  });

  it('import warns on stderr about functions Fremskriv cannot compute, and still converts', async () => {
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'X', locale: 'da-DK', sheets: [{ name: 'Ark', cells: { A1: 1, B2: '=FORECAST.ETS(A1,A1:A2,A1:A2)' } }] });
    const xlsx = join(dir, 'ets.xlsx');
    writeFileSync(xlsx, await exportWorkbookXlsx(doc));
    doc.destroy();
    const result = await run('import', xlsx, join(dir, 'ets.json'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('import: warning: Fremskriv cannot compute FORECAST.ETS (Ark!B2)\n');
  });

  it('export with --plan adds the follow-up sheet comparing the actual months with the plan, as the REST export does', async () => {
    // January and February actual, March projected; the plan knew January only and projected 8 for February.
    const months = (february: number | string): WorkbookFile =>
      workbookFile(
        { Tal: { A1: '2023-01', A2: '2023-02', A3: '2023-03', B1: 10, B2: february, B3: '=B2-1' } },
        { title: 'Vedtaget', goals: [{ id: 'lav', title: 'Lav', comparator: '<=', target: 8, deadline: '2023-03', series: 'Tal!B1:B3', periods: 'Tal!A1:A3' }] },
      );
    const live = writeText('live.json', JSON.stringify(months(9)));
    const plan = writeText('vedtaget.json', JSON.stringify(months('=B1-2')));
    const xlsx = join(dir, 'opfoelgning.xlsx');
    expect(await run('export', live, xlsx, '--plan', plan)).toEqual({ status: 0, stdout: '', stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(xlsx)).buffer);
    const sheet = workbook.getWorksheet('Opfølgning');
    expect(sheet).toBeDefined();
    const rows: unknown[][] = [];
    sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Faktiske tal mod den vedtagne plan »Vedtaget«']);
    // February: 9 actual against the plan's 8 (fewer is better): behind by 1.
    expect(rows).toContainEqual(['lav', 'Lav', 'Basis', 'Basis', '2023-02', 9, 8, 1, 'Bagud']);
  });

  const bad: Array<[string, () => Promise<string[]>, 'export' | 'import', RegExp]> = [
    ['no arguments', async () => [], 'export', /^export: usage: npm run --silent export -- IN\.json OUT\.xlsx/],
    ['a missing file', async () => [join(dir, 'findes-ikke.json'), join(dir, 'x.xlsx')], 'export', /cannot read .*ENOENT/],
    ['a file that is not JSON', async () => [writeText('ikke.json', 'ikke json'), join(dir, 'x.xlsx')], 'export', /not valid JSON/],
    ['an unknown scenario', async () => [templatePath, join(dir, 'x.xlsx'), '--scenario', 'Ingen'], 'export', /no scenario named "Ingen"/],
    ['--plan without a file', async () => [templatePath, join(dir, 'x.xlsx'), '--plan'], 'export', /--plan needs a file/],
    ['a plan that is not a v1 workbook', async () => [templatePath, join(dir, 'x.xlsx'), '--plan', writeText('ikke-plan.json', '{"format": 1}')], 'export', /ikke-plan\.json/],
    ['an unknown option', async () => [templatePath, join(dir, 'x.xlsx'), '--planer', 'x'], 'export', /unknown option --planer/],
    ['too many arguments', async () => ['a', 'b', 'c'], 'import', /^import: usage: npm run --silent import -- IN\.xlsx OUT\.json/],
    ['a missing .xlsx', async () => [join(dir, 'findes-ikke.xlsx'), join(dir, 'x.json')], 'import', /cannot read .*ENOENT/],
    ['a text file named .xlsx', async () => [writeText('tekst.xlsx', 'hej'), join(dir, 'x.json')], 'import', /named \.xlsx but is not an Excel workbook/],
    ...HOSTILE_FILES.filter((f) => f.fileName.endsWith('.xlsx') && !f.name.includes('zip bomb (a part')).map(
      (f): [string, () => Promise<string[]>, 'import', RegExp] => [f.name, async () => [writeBytes(f.fileName, await f.make()), join(dir, 'x.json')], 'import', f.message],
    ),
  ];

  it.each(bad)('%s: one line on stderr and exit code 2', async (_, args, script, message) => {
    const result = await run(script, ...(await args()));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(message);
  });
});

function writeText(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function writeBytes(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
