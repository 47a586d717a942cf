/**
 * Jobindsats tables as the portal serves them, built from its documented shapes, for tests:
 * - PTVA02 (everyone on public support): Roskilde and Hele landet, by "Ydelsesgrupper" and month,
 *   measures "Antal personer" (a number) and "Antal fuldtidspersoner" (decimal-comma text);
 * - Y30R21 (the benchmark, "forventet og faktisk"): all 98 municipalities, one quarter-MAT
 *   period, with "Placering på benchmarkranglisten".
 * Each table comes as API v2 JSON, API v3 JSON, CSV (`;`, decimal comma, with or without BOM) and
 * .xlsx, so a test can check that every shape imports to the same sheet. Figures are seeded and
 * illustrative, never real statistics.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { SeededRandom } from './seededRandom.js';

export interface FixtureTable {
  table: string;
  /** Column labels; the first two are the area and the period. */
  labels: string[];
  /** v2 `Name` codes, parallel to labels. */
  codes: string[];
  rows: Array<Array<string | number>>;
}

export const PTVA02_GROUPS = ['Ydelsesgrupper i alt', 'A-dagpenge mv.', 'Kontanthjælp mv.', 'Sygedagpenge mv.', 'Fleksjob'];

function months(from: string, count: number): string[] {
  const [year, month] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}M${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

function commaText(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** PTVA02 from `firstMonth` (YYYY-MM) for `count` months. */
export function ptva02(firstMonth = '2022-07', count = 12, seed = 7): FixtureTable {
  const prng = new SeededRandom(seed);
  const random = (): number => prng.next();
  const rows: FixtureTable['rows'] = [];
  for (const area of ['Roskilde', 'Hele landet']) {
    const scale = area === 'Roskilde' ? 1 : 62;
    for (const period of months(firstMonth, count)) {
      for (const [g, group] of PTVA02_GROUPS.entries()) {
        const persons = Math.round((g === 0 ? 9540 : [0, 1800, 2400, 1300, 900][g]!) * scale * (0.97 + 0.06 * random()));
        rows.push([area, period, group, persons, commaText(persons * 0.93, 1)]);
      }
    }
  }
  return {
    table: 'PTVA02',
    labels: ['Område', 'Periode', 'Ydelsesgrupper', 'Antal personer', 'Antal fuldtidspersoner'],
    codes: ['area', 'period', '_ygrp_ptva02', 'ptva02_pers', 'ptva02_fuldtid'],
    rows,
  };
}

/** The 98 municipalities, from the template's benchmark sheet (97 others and Roskilde). */
export function municipalities(): string[] {
  const template = JSON.parse(readFileSync(new URL('../../models/templates/beskaeftigelsesplan-2023.json', import.meta.url), 'utf8')) as {
    sheets: Array<{ name: string; cells: Record<string, unknown> }>;
  };
  const benchmark = template.sheets.find((s) => s.name === 'Benchmark')!;
  return Array.from({ length: 98 }, (_, i) => String(benchmark.cells[`A${i + 4}`]));
}

/** Y30R21: every municipality's expected and actual share, and its place on the ranking. */
export function y30r21(period = '2023QMAT04', seed = 11): FixtureTable {
  const prng = new SeededRandom(seed);
  const random = (): number => prng.next();
  const names = municipalities();
  const gaps = names.map(() => Math.round((random() * 4 - 2) * 100) / 100);
  const order = [...gaps.keys()].sort((a, b) => gaps[a]! - gaps[b]!);
  const rank = new Map(order.map((index, place) => [index, place + 1]));
  const rows = names.map((area, i) => {
    const expected = 14 + random() * 6;
    return [area, period, 'Ydelsesgrupper i alt', commaText(expected, 2), commaText(expected + gaps[i]!, 2), commaText(gaps[i]!, 2), rank.get(i)!];
  });
  return {
    table: 'Y30R21',
    labels: ['Område', 'Periode', 'Ydelsesgrupper', 'Forventet andel (pct.)', 'Faktisk andel (pct.)', 'Forskel mellem forventet og faktisk andel (pct. point)', 'Placering på benchmarkranglisten'],
    codes: ['area', 'period', '_ygrp_y30r21', 'y30r21_forv', 'y30r21_fakt', 'y30r21_forskel', 'y30r21_plac'],
    rows,
  };
}

export function asV2Json(table: FixtureTable): string {
  return JSON.stringify([{ Variables: table.labels.map((Label, i) => ({ Name: table.codes[i], Label })), Data: table.rows }]);
}

/** v3 answers numbers as decimal-comma text too. */
export function asV3Json(table: FixtureTable): string {
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell)));
  return JSON.stringify({ columns: table.labels.map((label, i) => ({ id: table.codes[i], label })), rows });
}

export function asCsv(table: FixtureTable, bom: boolean): Uint8Array {
  const field = (cell: string | number): string => {
    const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = [table.labels, ...table.rows].map((row) => row.map(field).join(';')).join('\r\n');
  const bytes = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

/** As a planner saves it from Excel: numbers as numbers, shares as the text Jobindsats gave. */
export async function asXlsx(table: FixtureTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.table);
  sheet.addRow(table.labels);
  for (const row of table.rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const WRONG_KEY_ANSWER = '{"Forkert nøgle eller nøglen er udløbet.":""}';
