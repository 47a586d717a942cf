/**
 * The interchange format `fremskriv.workbook` v1 (JSON), documented in models/FORMAT.md.
 * `parseWorkbookFile` checks a value read from anywhere (a file, a request body) and says what is
 * wrong and where, in one line.
 */
import { z } from 'zod';
import { readJsonFile } from './jsonText.js';
import { goalDefinitionSchema } from '../goals/goalModel.js';
import { scenarioInputsSchema } from '../scenarios/scenarioModel.js';
import { MAX_COLUMNS, MAX_ROWS, parseCellAddress } from '../workbook/cellAddress.js';
import { sameSheetName, sheetNameProblem } from '../workbook/sheetNames.js';
import { DYNAMIC_ARRAYS, WORKBOOK_LOCALES } from '../workbook/workbookSchema.js';
import { cellFormatSchema } from '../workbook/cellFormatSchema.js';
import { assumptionBoundsSchema } from '../workbook/assumptionBounds.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../workbook/columnWidths.js';
import { frozenPanesSchema } from '../workbook/frozenPanes.js';
import { areasOverlap, MAX_MERGED_AREAS, parseMergedArea } from '../workbook/mergedCells.js';
import { SHEET_VISIBILITIES } from '../workbook/sheetVisibility.js';
import { HORIZONTAL_ALIGNMENTS } from '../workbook/cellAlignment.js';
import { MAX_GOALS, MAX_SCENARIOS, MAX_SHEETS, recordBoundMessage } from '../workbook/workbookBounds.js';
import { definedNameProblem, MAX_DEFINED_NAMES, MAX_NAME_FORMULA } from '../workbook/definedNames.js';

export const WORKBOOK_FORMAT = 'fremskriv.workbook';
export const WORKBOOK_VERSION = 1;
export { MAX_SHEETS };
export const MAX_CELLS = 2_000_000;

const cellAddress = z.string().refine((key) => parseCellAddress(key) !== null, 'not an A1 cell address');
const columnLetters = z.string().refine((key) => /^[A-Z]{1,3}$/.test(key) && parseCellAddress(`${key}1`) !== null, 'not a column (A–XFD)');
const cellValue = z.union([z.number().finite(), z.string().max(32_767), z.boolean()], 'a cell holds a finite number, text or true/false');

/** Merged areas as A1 ranges (`B1:M1`), none overlapping another (mergedCells.ts). */
const mergesSchema = z
  .array(z.string().max(20).refine((range) => parseMergedArea(range) !== null, 'not a range of two cells or more (B1:M1)'))
  .max(MAX_MERGED_AREAS, { message: `at most ${MAX_MERGED_AREAS} merged areas on a sheet`, abort: true })
  .superRefine((ranges, ctx) => {
    const areas = ranges.map(parseMergedArea);
    areas.forEach((area, i) => {
      const other = areas.findIndex((earlier, j) => j < i && earlier && area && areasOverlap(earlier, area));
      if (other >= 0) ctx.addIssue({ code: 'custom', path: [i], message: `${ranges[i]} overlaps ${ranges[other]}` });
    });
  });

const sheetSchema = z
  .object({
    name: z.string().refine((name) => sheetNameProblem(name) === null, 'not an allowed sheet name'),
    cells: z.record(cellAddress, cellValue),
    formats: z.record(cellAddress, cellFormatSchema).optional(),
    validations: z.record(cellAddress, assumptionBoundsSchema).optional(),
    columnWidths: z.record(columnLetters, z.number().int().min(MIN_COLUMN_WIDTH).max(MAX_COLUMN_WIDTH)).optional(),
    frozenPanes: frozenPanesSchema.optional(),
    /** The cells with Excel's Wrap Text on (wrapText.ts), by A1 address. */
    wrapText: z.array(cellAddress).max(MAX_CELLS).optional(),
    /** Cells' horizontal alignment (cellAlignment.ts), by A1 address; a cell not listed is General (numbers right, text left). */
    alignment: z.record(cellAddress, z.enum(HORIZONTAL_ALIGNMENTS)).optional(),
    /** Merged cells (Excel's Merge & Center): the areas' A1 ranges; only an area's top-left cell holds content. */
    merges: mergesSchema.optional(),
    /** Hidden rows by number (1 is the first row) and hidden columns by letter, as Excel's Hide (hiddenLines.ts). */
    hiddenRows: z.array(z.number().int().min(1).max(MAX_ROWS)).max(MAX_ROWS).optional(),
    hiddenColumns: z.array(columnLetters).max(MAX_COLUMNS).optional(),
    /** Absent is visible (sheetVisibility.ts); a file keeps at least one visible sheet. */
    visibility: z.enum(SHEET_VISIBILITIES).optional(),
  })
  .strict();

/** A defined name (definedNames.ts): its formula's references name their sheet and are absolute; `sheet` scopes it to that sheet. */
const definedNameSchema = z
  .object({
    name: z.string().refine((name) => definedNameProblem(name) === null, 'not an allowed name (a letter or "_" first, then letters, digits, "_" or "."; no cell address)'),
    formula: z.string().min(1).max(MAX_NAME_FORMULA),
    sheet: z.string().min(1).optional(),
  })
  .strict();

const scenarioSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    inputs: scenarioInputsSchema,
  })
  .strict();

/**
 * Rejects an item that repeats an earlier one's `field`, pointing at the repeat. Without this a
 * repeated goal id was imported as one goal, silently, and a repeated sheet or scenario name failed
 * the import without saying where (found by test/models/workbookFile.test.ts).
 */
function unique<T>(field: string, read: (item: T) => string, same: (a: string, b: string) => boolean, what: string) {
  return (items: T[], ctx: z.RefinementCtx): void => {
    items.forEach((item, i) => {
      const value = read(item).trim();
      if (items.slice(0, i).some((earlier) => same(read(earlier).trim(), value))) {
        ctx.addIssue({ code: 'custom', path: [i, field], message: `${what} ${JSON.stringify(value)} is used twice` });
      }
    });
  };
}

const caseless = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export const workbookFileSchema = z
  .object({
    format: z.literal(WORKBOOK_FORMAT),
    version: z.literal(WORKBOOK_VERSION),
    title: z.string().max(500),
    locale: z.enum(WORKBOOK_LOCALES),
    // Absent in files written before formulas spilled: their formulas are read as legacy Excel's (FORMAT.md).
    formulaDialect: z.literal(DYNAMIC_ARRAYS).optional(),
    sheets: z
      .array(sheetSchema)
      .min(1)
      .max(MAX_SHEETS, { message: recordBoundMessage('sheets'), abort: true })
      .superRefine(unique('name', (s) => s.name, sameSheetName, 'the sheet name'))
      .refine((sheets) => sheets.some((s) => (s.visibility ?? 'visible') === 'visible'), 'a workbook keeps at least one visible sheet'),
    goals: z
      .array(goalDefinitionSchema)
      // Before the pairwise uniqueness check, which would compare 20,000 goals 200 million times.
      .max(MAX_GOALS, { message: recordBoundMessage('goals'), abort: true })
      .superRefine(unique('id', (g) => g.id, (a, b) => a === b, 'the goal id'))
      .optional(),
    scenarios: z
      .array(scenarioSchema)
      .max(MAX_SCENARIOS, { message: recordBoundMessage('scenarios'), abort: true })
      .superRefine(unique('name', (s) => s.name, caseless, 'the scenario name'))
      .optional(),
    names: z
      .array(definedNameSchema)
      .max(MAX_DEFINED_NAMES)
      // Unique per scope (a sheet's name may share the workbook's).
      .superRefine((names, ctx) =>
        names.forEach((n, i) => {
          const twice = names.slice(0, i).some((e) => caseless(e.name.trim(), n.name.trim()) && caseless(e.sheet ?? '', n.sheet ?? ''));
          if (twice) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `the name ${JSON.stringify(n.name.trim())} is used twice` });
        }),
      )
      .optional(),
  })
  .strict();

export type WorkbookFile = z.infer<typeof workbookFileSchema>;
export type WorkbookFileSheet = z.infer<typeof sheetSchema>;

/** A file that is not a valid v1 workbook; `message` says what and where, in one line. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    // A key or name from the file may hold a line break; escaped, the message stays one line.
    super(message.replace(/\p{Cc}/gu, (ch) => JSON.stringify(ch).slice(1, -1)));
    this.name = 'WorkbookFileError';
  }
}

/** Fields whose keys are the file's data (cell addresses, input references), not field names. */
const KEYED_BY_DATA = new Set(['cells', 'formats', 'inputs', 'validations', 'columnWidths', 'alignment']);

/** `sheets[0].cells["B1"]`: field names with dots, positions and data keys in brackets. */
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  path.forEach((part, i) => {
    const parent = path[i - 1];
    if (typeof part === 'number') out += `[${part}]`;
    else if (!KEYED_BY_DATA.has(String(parent)) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(part))) out += `${out ? '.' : ''}${String(part)}`;
    else out += `[${JSON.stringify(String(part))}]`;
  });
  return out || '(top level)';
}

/** What is wrong, in the schema's words: a bad record key says why the key is bad. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}

/** Validates a parsed JSON value as a v1 workbook, or throws WorkbookFileError. */
export function parseWorkbookFile(value: unknown): WorkbookFile {
  const result = workbookFileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new WorkbookFileError(`not a valid ${WORKBOOK_FORMAT} v1 file: ${formatPath(issue.path)}: ${issueMessage(issue)}`);
  }
  const file = result.data;
  const cells = file.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0);
  if (cells > MAX_CELLS) throw new WorkbookFileError(`not a valid ${WORKBOOK_FORMAT} v1 file: more than ${MAX_CELLS} cells`);
  return file;
}

/**
 * Parses JSON text as a v1 workbook (read as every JSON body is, jsonText.ts); a JSON syntax error
 * says where (line and column), a key named twice says which and in what (seventeenth hostile
 * pass: the CLIs kept the last of `"A1": 1, "A1": 2` silently, while the server refused it).
 */
export function parseWorkbookJson(text: string): WorkbookFile {
  return parseWorkbookFile(readJsonFile(text, `not a valid ${WORKBOOK_FORMAT} v1 file`, (message) => new WorkbookFileError(message)));
}
