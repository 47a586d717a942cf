/**
 * The part of an exported .xlsx that only Fremskriv reads: a very hidden sheet holding the
 * workspace's title, goals and scenarios as v1 JSON, which sheets are workbook sheets and which
 * are the goals/scenarios report sheets (never imported back as sheets), and the text cells
 * whose stored form starts with an apostrophe. Read back, it is untrusted input like the rest
 * of the file and is checked with the v1 schemas.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { duplicateKeyMessage, duplicateKeyPlace, jsonDuplicateKey } from '../format/jsonDuplicateKeys.js';
import { jsonNestedPast, jsonTooDeepMessage, MAX_JSON_DEPTH } from '../format/jsonNesting.js';
import { MAX_CELLS, MAX_SHEETS, workbookFileSchema } from '../format/workbookFile.js';
import { WORKBOOK_LOCALES } from '../workbook/workbookSchema.js';
import { reasonOfIssue, reasonParams } from './importReasons.js';
import { importWarning, type ImportWarning } from './importWarnings.js';

export const METADATA_MARKER = 'fremskriv.xlsx-metadata';
const CHUNK = 30_000;

const metadataSchema = z
  .object({
    format: z.literal(METADATA_MARKER),
    version: z.literal(1),
    title: z.string().max(500),
    locale: z.enum(WORKBOOK_LOCALES),
    sheets: z.array(z.string().max(100)).max(MAX_SHEETS),
    reportSheets: z.array(z.string().max(100)).max(10),
    goals: workbookFileSchema.shape.goals,
    scenarios: workbookFileSchema.shape.scenarios,
    quotedText: z.record(z.string().max(100), z.array(z.string().max(12)).max(MAX_CELLS)).optional(),
    scenario: z.string().max(100).optional(),
  })
  .strict();

export type XlsxMetadata = z.infer<typeof metadataSchema>;

/** Adds the hidden metadata sheet under `name`. */
export function writeMetadataSheet(workbook: ExcelJS.Workbook, name: string, metadata: XlsxMetadata): void {
  const sheet = workbook.addWorksheet(name, { state: 'veryHidden' });
  const json = JSON.stringify(metadata);
  sheet.getCell(1, 1).value = METADATA_MARKER;
  for (let i = 0, row = 2; i < json.length; i += CHUNK, row++) sheet.getCell(row, 1).value = json.slice(i, i + CHUNK);
}

/** Whether a worksheet is a metadata sheet (hidden, marker in A1). */
export function isMetadataSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.state !== 'visible' && sheet.getCell(1, 1).value === METADATA_MARKER;
}

/**
 * The metadata of a workbook Fremskriv exported, null when there is none. A damaged or edited
 * metadata sheet is reported in `problem` and ignored (the sheets are still imported).
 */
export function readMetadataSheet(workbook: ExcelJS.Workbook): { metadata: XlsxMetadata | null; problem?: ImportWarning } {
  const sheet = workbook.worksheets.find(isMetadataSheet);
  if (!sheet) return { metadata: null };
  let json = '';
  for (let row = 2; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    if (typeof value !== 'string') break;
    json += value;
  }
  if (jsonNestedPast(json)) {
    return { metadata: null, problem: importWarning('metadataInvalid', reasonParams(jsonTooDeepMessage(), { reasonKind: 'jsonTooDeep', depth: MAX_JSON_DEPTH })) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { metadata: null, problem: importWarning('metadataDamaged', {}) };
  }
  // Seventeenth hostile pass: JSON.parse kept the last of a key named twice (a goal's `target`),
  // silently, as it did for REST bodies and uploaded Jobindsats files before they refused it.
  const duplicate = jsonDuplicateKey(json);
  if (duplicate) {
    const place = duplicateKeyPlace(duplicate);
    const reason = reasonParams(`${duplicateKeyMessage(duplicate)}; give each key once`, { reasonKind: 'jsonKeyTwice', key: duplicate.key.slice(0, 40), place: place === '' ? '$' : `$.${place}` });
    return { metadata: null, problem: importWarning('metadataInvalid', reason) };
  }
  const result = metadataSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const reason = reasonParams(`${issue.path.join('.')}: ${issue.message}`, reasonOfIssue(issue, parsed));
    return { metadata: null, problem: importWarning('metadataInvalid', reason) };
  }
  return { metadata: result.data };
}
