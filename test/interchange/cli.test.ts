import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkbookJson, type WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { REPO_ROOT } from '../harness/serverHarness.js';
import { HOSTILE_FILES } from './support/hostileFiles.js';
import { normalised } from './support/normalisedWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'fremskriv-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'export' | 'import', ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const templatePath = join(REPO_ROOT, 'models/templates/beskaeftigelsesplan-2023.json');

describe('npm run export / npm run import', () => {
  it('convert the template to .xlsx and back to the same v1 workbook, silently', () => {
    const xlsx = join(dir, 'plan.xlsx');
    const json = join(dir, 'plan.json');
    expect(run('export', templatePath, xlsx)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(run('import', xlsx, json)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(parseWorkbookJson(readFileSync(json, 'utf8'))).toEqual(normalised(beskaeftigelsesplanTemplate()));
  });

  it('export one scenario with --scenario', () => {
    const xlsx = join(dir, 'lav.xlsx');
    const json = join(dir, 'lav.json');
    expect(run('export', templatePath, xlsx, '--scenario', 'Lavkonjunktur').status).toBe(0);
    expect(run('import', xlsx, json).status).toBe(0);
    expect(parseWorkbookJson(readFileSync(json, 'utf8')).sheets[0]!.cells.B5).toBe(1.1);
  });

  it('import warns on stderr about functions Fremskriv cannot compute, and still converts', async () => {
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'X', locale: 'da-DK', sheets: [{ name: 'Ark', cells: { A1: 1, B2: '=FORECAST.ETS(A1,A1:A2,A1:A2)' } }] });
    const xlsx = join(dir, 'ets.xlsx');
    writeFileSync(xlsx, await exportWorkbookXlsx(doc));
    doc.destroy();
    const result = run('import', xlsx, join(dir, 'ets.json'));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('import: warning: Fremskriv cannot compute FORECAST.ETS (Ark!B2)\n');
  });

  const bad: Array<[string, () => Promise<string[]>, 'export' | 'import', RegExp]> = [
    ['no arguments', async () => [], 'export', /^export: usage: npm run --silent export -- IN\.json OUT\.xlsx/],
    ['a missing file', async () => [join(dir, 'findes-ikke.json'), join(dir, 'x.xlsx')], 'export', /cannot read .*ENOENT/],
    ['a file that is not JSON', async () => [writeText('ikke.json', 'ikke json'), join(dir, 'x.xlsx')], 'export', /not valid JSON/],
    ['an unknown scenario', async () => [templatePath, join(dir, 'x.xlsx'), '--scenario', 'Ingen'], 'export', /no scenario named "Ingen"/],
    ['too many arguments', async () => ['a', 'b', 'c'], 'import', /^import: usage: npm run --silent import -- IN\.xlsx OUT\.json/],
    ['a missing .xlsx', async () => [join(dir, 'findes-ikke.xlsx'), join(dir, 'x.json')], 'import', /cannot read .*ENOENT/],
    ['a text file named .xlsx', async () => [writeText('tekst.xlsx', 'hej'), join(dir, 'x.json')], 'import', /named \.xlsx but is not an Excel workbook/],
    ...HOSTILE_FILES.filter((f) => f.fileName.endsWith('.xlsx') && !f.name.includes('zip bomb (a part')).map(
      (f): [string, () => Promise<string[]>, 'import', RegExp] => [f.name, async () => [writeBytes(f.fileName, await f.make()), join(dir, 'x.json')], 'import', f.message],
    ),
  ];

  it.each(bad)('%s: one line on stderr and exit code 2', async (_, args, script, message) => {
    const result = run(script, ...(await args()));
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
