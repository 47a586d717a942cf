/**
 * Reads a Jobindsats table from the shapes it arrives in:
 * - API v2 JSON: `[ { "Variables": [ { "Name", "Label" }, … ], "Data": [ [ … ], … ] } ]`;
 * - API v3 JSON: `{ "columns": [ … ], "rows": [ [ … ], … ] }` (a column is a name, or an object
 *   with `label`/`name`/`id`);
 * - CSV from `/v2/data/<table>/csv` or saved by a planner: `;` (or `,`/tab), decimal comma, with
 *   or without a BOM;
 * - the same table saved as .xlsx (the first sheet, its first row the header).
 * A wrong or expired API key answers `{"Forkert nøgle eller nøglen er udløbet.":""}`: that is
 * refused with a message saying so. Every file passes the import's limits first (size, ZIP and
 * XML guards for .xlsx).
 *
 * @example readJobindsatsFile(bytes, 'ptva02.json') // → JobindsatsTable
 */
import Papa from 'papaparse';
import { readJsonFile } from '../format/jsonText.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { checkCsvWidth, decodeCsv, guessSeparator } from '../interchange/csvText.js';
import { MAX_IMPORT_CELLS, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from '../interchange/interchangeLimits.js';
import { importXlsx } from '../interchange/xlsxImport.js';
import { JobindsatsError, jobindsatsTable, type JobindsatsTable, type RawCell, type RawColumn } from './jobindsatsTable.js';

const WRONG_KEY = /forkert nøgle|nøglen er udløbet/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawRows(value: unknown, where: string): RawCell[][] {
  if (!Array.isArray(value)) throw new JobindsatsError(`${where} is not a list of rows`);
  if (value.length > MAX_IMPORT_ROWS) throw new JobindsatsError(`the data has more than ${MAX_IMPORT_ROWS} rows`);
  return value.map((row, i) => {
    if (!Array.isArray(row)) throw new JobindsatsError(`${where}[${i}] is not a row (a list of values)`);
    return row.map((cell): RawCell => (cell === null || ['string', 'number', 'boolean'].includes(typeof cell) ? (cell as RawCell) : String(cell)));
  });
}

function checkCellCount(columns: number, rows: number): void {
  if (columns * rows > MAX_IMPORT_CELLS) throw new JobindsatsError(`the data has more than ${MAX_IMPORT_CELLS} values`);
}

/** Jobindsats' refusal of a key, in any of the JSON shapes it may take. */
function wrongKeyAnswer(value: unknown): boolean {
  if (isRecord(value)) return Object.keys(value).some((key) => WRONG_KEY.test(key)) || Object.values(value).some((v) => typeof v === 'string' && WRONG_KEY.test(v));
  return typeof value === 'string' && WRONG_KEY.test(value);
}

function v2Table(value: unknown[]): JobindsatsTable {
  const first = value[0];
  if (!isRecord(first) || !Array.isArray(first.Variables) || !('Data' in first)) throw new JobindsatsError('the JSON is a list but not Jobindsats API v2 data (expected [ { "Variables": […], "Data": […] } ])');
  const columns = first.Variables.map((variable, i): RawColumn => {
    if (!isRecord(variable)) throw new JobindsatsError(`Variables[${i}] is not a { "Name", "Label" } object`);
    const label = typeof variable.Label === 'string' ? variable.Label : typeof variable.Name === 'string' ? variable.Name : '';
    return typeof variable.Name === 'string' ? { label, code: variable.Name } : { label };
  });
  const rows = rawRows(first.Data, 'Data');
  checkCellCount(columns.length, rows.length);
  return jobindsatsTable(columns, rows);
}

function v3Column(column: unknown, i: number): RawColumn {
  if (typeof column === 'string') return { label: column };
  if (isRecord(column)) {
    const label = [column.label, column.Label, column.name, column.Name, column.id].find((v): v is string => typeof v === 'string');
    if (label !== undefined) {
      const code = [column.id, column.code, column.Name].find((v): v is string => typeof v === 'string');
      return code !== undefined && code !== label ? { label, code } : { label };
    }
  }
  throw new JobindsatsError(`columns[${i}] is neither a name nor a { "label" } object`);
}

function v3Table(value: Record<string, unknown>): JobindsatsTable {
  if (!Array.isArray(value.columns)) throw new JobindsatsError('the JSON is not Jobindsats data (expected API v2 [ { "Variables", "Data" } ] or v3 { "columns", "rows" })');
  const columns = value.columns.map(v3Column);
  const rows = rawRows(value.rows, 'rows');
  checkCellCount(columns.length, rows.length);
  return jobindsatsTable(columns, rows);
}

/**
 * Jobindsats JSON (API v2 or v3) → the table; a wrong-key answer or other JSON is refused, as is
 * JSON nested too deep or naming a key twice in one object (read as every JSON body is,
 * jsonText.ts; before the seventeenth hostile pass an uploaded file's `"Data"` given twice was
 * read as the last one silently, while the REST bodies already refused it).
 */
export function readJobindsatsJson(text: string): JobindsatsTable {
  const value = readJsonFile(text, 'the JSON is not Jobindsats data', (message) => new JobindsatsError(message));
  if (wrongKeyAnswer(value)) throw new JobindsatsError('Jobindsats refused the API key: "Forkert nøgle eller nøglen er udløbet." (wrong or expired key)');
  if (Array.isArray(value)) {
    if (value.length === 0) throw new JobindsatsError('the Jobindsats answer holds no table (an empty list)');
    return v2Table(value);
  }
  if (isRecord(value)) return v3Table(value);
  throw new JobindsatsError('the JSON is not Jobindsats data (expected API v2 [ { "Variables", "Data" } ] or v3 { "columns", "rows" })');
}

/** Jobindsats CSV (`;`, decimal comma, perhaps a BOM) → the table; the first line is the header. */
export function readJobindsatsCsv(bytes: Uint8Array): JobindsatsTable {
  const { text } = decodeCsv(bytes);
  if (text.includes('\u0000')) throw new JobindsatsError('the CSV file is not text (it holds NUL characters)');
  const separator = guessSeparator(text);
  checkCsvWidth(text, separator);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: 'greedy', preview: MAX_IMPORT_ROWS + 1 });
  const [header, ...rows] = parsed.data;
  if (!header) throw new JobindsatsError('the CSV file is empty');
  if (rows.length > MAX_IMPORT_ROWS) throw new JobindsatsError(`the CSV file has more than ${MAX_IMPORT_ROWS} rows`);
  checkCellCount(header.length, rows.length);
  return jobindsatsTable(header.map((label) => ({ label })), rows);
}

/** A Jobindsats table a planner saved as .xlsx: its first sheet, the first row the header. */
export async function readJobindsatsXlsx(bytes: Uint8Array, fileName: string): Promise<JobindsatsTable> {
  const imported = await importXlsx(bytes, { fileName });
  const sheet = imported.sheets[0]!;
  const grid: RawCell[][] = [];
  for (const [address, input] of Object.entries(sheet.cells)) {
    const at = parseCellAddress(address);
    if (!at) continue;
    (grid[at.row] ??= [])[at.col] = typeof input === 'string' && input.startsWith("'") ? input.slice(1) : input;
  }
  const [header = [], ...rows] = Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  return jobindsatsTable(Array.from(header, (cell) => ({ label: cell === null ? '' : String(cell) })), rows);
}

/** Any of the shapes, judged by content (JSON, ZIP) and then by name. */
export async function readJobindsatsFile(bytes: Uint8Array, fileName: string): Promise<JobindsatsTable> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new JobindsatsError(`the file is larger than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MiB`);
  if (bytes.length === 0) throw new JobindsatsError('the file is empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readJobindsatsXlsx(bytes, fileName);
  const { text } = decodeCsv(bytes);
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') return readJobindsatsJson(text.trim());
  if (/\.(xlsx|json)$/i.test(fileName)) throw new JobindsatsError(`the file is named ${fileName.replace(/^.*\./, '.')} but is not ${/xlsx$/i.test(fileName) ? 'an Excel workbook' : 'JSON'}`);
  return readJobindsatsCsv(bytes);
}
