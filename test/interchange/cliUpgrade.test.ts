/**
 * Every CLI that reads a workbook file reads one from the template before the nineteenth session
 * (typed Forudsætninger!B4 "2022-12" and Fremskrivning!D2, no `formulaDialect`) as the server
 * loads such a workspace: with the template's newest-actual-month formulas over the Jobindsats
 * sheet (models/templates/workbookUpgrade.ts). The file's Jobindsats sheet holds January 2023
 * for Roskilde, so B4 reads "2023-01" once upgraded where the typed cell said "2022-12"; the
 * goal NY reads B4 (2 more once it is "2023-01") and the assumption B5, so each CLI's output
 * tells which it read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkbookJson, type WorkbookFile } from '../../models/format/workbookFile.js';
import { TYPED_ACTUAL_MONTH } from '../../models/templates/actualMonthUpgrade.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { npmScript, type ScriptRun } from '../harness/scriptRun.js';

const dir = mkdtempSync(join(tmpdir(), 'fremskriv-cli-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE_B4 = beskaeftigelsesplanTemplate().sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4;

/** The template as a file saved before the nineteenth session, with the goal NY; `january`: Roskilde's January 2023 in the Jobindsats sheet. */
function oldFile(january: boolean): WorkbookFile {
  const file = beskaeftigelsesplanTemplate();
  delete file.formulaDialect;
  for (const [name, cells] of Object.entries(TYPED_ACTUAL_MONTH)) Object.assign(file.sheets.find((s) => s.name === name)!.cells, cells);
  if (january) Object.assign(file.sheets.find((s) => s.name === 'Jobindsats')!.cells, { H1: '2023-01', H2: 415 });
  file.sheets.push({ name: 'Måned', cells: { A1: '=IF(Forudsætninger!B4="2023-01",2,0)+Forudsætninger!B5' } });
  file.goals = [...(file.goals ?? []), { id: 'NY', title: 'Nyeste måned', value: '=Måned!A1', comparator: '>=', target: 5 }];
  return file;
}

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const withJanuary = write('old-january.json', JSON.stringify(oldFile(true)));

/** The run succeeded, with nothing on stderr. */
function expectSuccess(run: ScriptRun): void {
  expect(run, run.stderr).toMatchObject({ status: 0, stderr: '' });
}

/** The run succeeded; its stdout as JSON. */
function answer(run: ScriptRun): unknown {
  expectSuccess(run);
  return JSON.parse(run.stdout);
}

// Each test runs a CLI (npm, tsx, the engine): tens of seconds on a busy 2-core machine.
describe('a workbook file from the template before the nineteenth session, read by the CLIs', { timeout: 300_000 }, () => {
  it('evaluate: the goal reading Forudsætninger!B4 sees the newest actual month, 2023-01', async () => {
    const report = answer(await npmScript('evaluate', [withJanuary])) as { scenarios: Array<{ name: string; goals: Array<{ id: string; value: unknown }> }> };
    const basis = report.scenarios.find((s) => s.name === 'Basis')!;
    expect(basis.goals.find((g) => g.id === 'NY')!.value).toBe(3);
  });

  it('export: the .xlsx holds the template\'s formula in Forudsætninger!B4, computed as 2023-01', async () => {
    const output = join(dir, 'old.xlsx');
    expectSuccess(await npmScript('export', [withJanuary, output]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(output)).buffer);
    const b4 = workbook.getWorksheet('Forudsætninger')!.getCell('B4');
    expect(`=${String(b4.formula)}`).toBe(TEMPLATE_B4);
    expect(b4.result).toBe('2023-01');
  });

  it('solve: the assumption needs 3 for NY, as the upgraded B4 adds 2', async () => {
    const solved = answer(await npmScript('solve', [withJanuary, '--goal', 'NY', '--input', 'Forudsætninger!B5', '--scenario', 'Basis'])) as { status: string; required: number };
    expect(solved.status).toBe('solved');
    expect(solved.required).toBeCloseTo(3, 6);
  });

  it('sensitivity: NY\'s margin is -2 (3 against 5), as the upgraded B4 adds 2', async () => {
    const report = answer(await npmScript('sensitivity', [withJanuary, '--scenario', 'Basis'])) as { goals: Array<{ id: string; margin: number }> };
    expect(report.goals.find((g) => g.id === 'NY')!.margin).toBeCloseTo(-2, 9);
  });

  it('jobindsats: importing January writes OUT.json with the formulas, and NY moves with the month', async () => {
    const input = write('old.json', JSON.stringify(oldFile(false)));
    const data = write('january.csv', 'Område;Periode;Antal personer\r\nRoskilde;2023M01;415');
    const output = join(dir, 'out.json');
    const preview = answer(await npmScript('jobindsats', [data, input, output, '--measure', 'Antal personer'])) as { goalsMoved: Array<{ goalId: string; before: { value: unknown }; after: { value: unknown } }> };
    const file = parseWorkbookJson(readFileSync(output, 'utf8'));
    expect(file.sheets.find((s) => s.name === 'Forudsætninger')!.cells.B4).toBe(TEMPLATE_B4);
    expect(file.sheets.find((s) => s.name === 'Jobindsats')!.cells).toMatchObject({ H1: '2023-01', H2: 415 });
    expect(preview.goalsMoved.find((g) => g.goalId === 'NY')).toMatchObject({ before: { value: 1 }, after: { value: 3 } });
  });
});
