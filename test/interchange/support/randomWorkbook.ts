/**
 * Seeded random workbooks for the round-trip and LibreOffice tests: up to four sheets with
 * awkward names, numbers across many magnitudes, awkward text, booleans, and formulas over
 * functions both Fremskriv and LibreOffice compute (rank functions included), each formula
 * reading only cells before it so there are no cycles; number formats, goals and scenarios.
 * Arithmetic only ever reads numeric cells, so no result hangs on how a program converts text.
 *
 * Where LibreOffice 7.4 is known to differ from Excel (and so from Fremskriv), the formulas stay
 * on the common ground, so the LibreOffice check measures the file, not those differences:
 * RANK asks only about a value inside its list (LibreOffice ranks a missing value instead of
 * giving #N/A), PERCENTRANK passes a significance of 12 digits (LibreOffice rounds the result,
 * Excel truncates it), numeric columns have no gaps (the engine's MEDIAN of no numbers is 0,
 * Excel's #NUM!), and numbers turn into text only when small (above 1e15 LibreOffice writes
 * 1.5E+016, the engine all digits). Left out: MOD (of a number near 1e25 Excel gives #NUM!,
 * LibreOffice 0, the engine 4, all lost precision) and INT (checked on its own in
 * libreOfficeRecalculation.test.ts, which also adds the conditional aggregates over error cells).
 */
import type { WorkbookFile, WorkbookFileSheet } from '../../../models/format/workbookFile.js';
import { sheetPrefix } from '../../../models/formula/a1References.js';
import { columnLabel, formatCellAddress } from '../../../models/workbook/cellAddress.js';
import type { CellFormat, CellInput } from '../../../models/workbook/workbookSchema.js';
import type { SeededRandom } from '../../support/seededRandom.js';

const SHEET_NAMES = ['Ark1', 'Data 2023', "Kim's tal", 'Æble-Øst', 'Mål', 'Scenarier', 'Goals', '_fremskriv', 'Budget', 'Forudsætninger'];
const ROWS = 8;
/** Columns A–D and F hold numbers and numeric formulas; E holds text, booleans and text formulas. */
const NUMERIC_COLUMNS = [0, 1, 2, 3, 5];
const TEXT_COLUMN = 4;
const TEXTS = ['tekst', "'012", 'Æblegrød', '=', 'et "citeret" ord', '  mellemrum ', '12%', 'TRUE', '-5 æbler', '@navn', '+45 1234'];

interface Numeric {
  sheet: number;
  row: number;
  col: number;
}

function randomNumber(random: SeededRandom): number {
  const roll = random.next();
  if (roll < 0.4) return random.int(151) - 50;
  if (roll < 0.75) return Math.round((random.next() * 1000 - 500) * 10 ** random.int(6)) / 10 ** random.int(6);
  return random.pick([0, 1e-7, 123456789.123, -0.5, 0.1 + 0.2, 1 / 3, 2.5e12]);
}

class FormulaWriter {
  constructor(
    private readonly random: SeededRandom,
    private readonly names: string[],
    private readonly numeric: Numeric[],
  ) {}

  private ref(cell: Numeric, here: number): string {
    const prefix = cell.sheet === here && this.random.chance(0.7) ? '' : sheetPrefix(this.names[cell.sheet]!);
    const dollar = this.random.chance(0.2) ? '$' : '';
    return `${prefix}${dollar}${formatCellAddress(cell)}`;
  }

  /**
   * A range of numeric cells over rows already written on an earlier sheet, or above on this one,
   * and one cell inside it.
   */
  private range(here: number, row: number): { range: string; member: string } | null {
    const sheets = [...new Set(this.numeric.map((c) => c.sheet))].filter((s) => s < here || (s === here && row > 0));
    if (sheets.length === 0) return null;
    const sheet = this.random.pick(sheets);
    const maxRow = sheet === here ? row - 1 : ROWS - 1;
    const top = this.random.int(maxRow + 1);
    const bottom = top + this.random.int(maxRow - top + 1);
    const left = this.random.int(4);
    const right = left + this.random.int(4 - left);
    const prefix = sheet === here ? '' : sheetPrefix(this.names[sheet]!);
    const member = formatCellAddress({ row: top + this.random.int(bottom - top + 1), col: left + this.random.int(right - left + 1) });
    return { range: `${prefix}${columnLabel(left)}${top + 1}:${columnLabel(right)}${bottom + 1}`, member: `${prefix}${member}` };
  }

  numericFormula(here: number, row: number): string | null {
    const before = this.numeric.filter((c) => c.sheet < here || (c.sheet === here && c.row < row));
    if (before.length === 0) return null;
    const a = this.ref(this.random.pick(before), here);
    const b = this.ref(this.random.pick(before), here);
    const found = this.range(here, row);
    const simple = [`=${a}+${b}*2`, `=${a}/${b}`, `=ROUND(${a}*1.234567,3)`, `=IF(${a}>${b},${a},${b}-1)`, `=SQRT(ABS(${a}))`, `=POWER(${a},2)`, `=IFERROR(${a}/${b},0)`, `=ROUNDDOWN(${a},0)-${b}%`];
    if (!found) return this.random.pick(simple);
    const { range, member } = found;
    return this.random.pick([
      ...simple,
      `=SUM(${range})`,
      `=AVERAGE(${range})`,
      `=MAX(${range})-MIN(${range})`,
      `=MEDIAN(${range})`,
      `=COUNT(${range})`,
      `=RANK.EQ(${member},${range})`,
      `=RANK(${member},${range},1)`,
      `=PERCENTRANK.INC(${range},${member},12)`,
      `=PERCENTRANK(${range},${member},12)`,
      `=PERCENTILE(${range},0.15)`,
      `=PERCENTILE.INC(${range},0.8)`,
      `=STDEV.S(${range})`,
      `=SUMPRODUCT(${range},${range})`,
    ]);
  }

  textFormula(here: number, row: number): string | null {
    const before = this.numeric.filter((c) => c.sheet < here || (c.sheet === here && c.row < row));
    if (before.length === 0) return null;
    const a = this.ref(this.random.pick(before), here);
    return this.random.pick([`="x"&SIGN(${a})`, `=UPPER("æble")&"-"&LEN("abc")`, `=AND(${a}>0,${a}<50)`, `=IF(${a}>10,"stor","lille")`]);
  }
}

function randomSheet(random: SeededRandom, writer: FormulaWriter, here: number, name: string, numeric: Numeric[]): WorkbookFileSheet {
  const cells: Record<string, CellInput> = {};
  const formats: Record<string, CellFormat> = {};
  for (let row = 0; row < ROWS; row++) {
    for (const col of [...NUMERIC_COLUMNS, TEXT_COLUMN].sort((x, y) => x - y)) {
      const address = formatCellAddress({ row, col });
      if (col === TEXT_COLUMN) {
        if (random.chance(0.15)) continue;
        const roll = random.next();
        const formula = roll < 0.4 ? writer.textFormula(here, row) : null;
        cells[address] = formula ?? (roll < 0.55 ? random.chance(0.5) : random.pick(TEXTS));
        if (random.chance(0.1)) formats[address] = 'text';
        continue;
      }
      const formula = random.chance(0.5) ? writer.numericFormula(here, row) : null;
      cells[address] = formula ?? randomNumber(random);
      numeric.push({ sheet: here, row, col });
      if (random.chance(0.25)) formats[address] = random.pick(['percent', 'integer', 'number', 'date'] as const);
    }
  }
  if (random.chance(0.3)) formats[formatCellAddress({ row: ROWS + 1, col: 0 })] = 'percent';
  return Object.keys(formats).length > 0 ? { name, cells, formats } : { name, cells };
}

export function randomWorkbookFile(random: SeededRandom): WorkbookFile {
  const count = 1 + random.int(4);
  const names: string[] = [];
  while (names.length < count) {
    const name = random.pick(SHEET_NAMES);
    if (!names.includes(name)) names.push(name);
  }
  const numeric: Numeric[] = [];
  const writer = new FormulaWriter(random, names, numeric);
  const sheets = names.map((name, i) => randomSheet(random, writer, i, name, numeric));
  const first = sheetPrefix(names[0]!);
  const numberCell = Object.entries(sheets[0]!.cells).find(([, v]) => typeof v === 'number')?.[0] ?? 'A1';
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: `Tilfældig ${random.seed}`,
    locale: random.chance(0.5) ? 'da-DK' : 'en-GB',
    sheets,
    goals: [
      { id: 'g1', title: 'Første mål', value: `=${first}B3`, comparator: '>=', target: 10, deadline: '2023-12', series: `${first}A2:D2`, periods: `${first}A1:D1` },
      { id: 'g2', title: 'Andet mål', value: `=SUM(${first}A1:A4)`, comparator: random.pick(['<', '<=', '>', '>='] as const), target: `=PERCENTILE(${first}A1:D4,0.5)` },
      { id: 'kvalitativ', title: 'Kvalitativt mål', description: 'Uden tal' },
    ],
    scenarios: [
      { name: 'Basis', inputs: {} },
      { name: 'Høj', inputs: { [`${first}${numberCell}`]: 1000 } },
    ],
  };
}
