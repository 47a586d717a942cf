/** `POST /api/workspaces/:id/import`: what was imported, what could not be carried over. */
import { z } from 'zod';
import type { ImportSummary } from '../interchange/importedWorkbook.js';
import type { ImportMode } from '../interchange/importIntoWorkspace.js';
import type { UnsupportedFunction } from '../interchange/unsupportedFunctions.js';
import { versionSchema } from './versionAnswers.js';
import { cellFormatSchema } from '../workbook/cellFormatSchema.js';
import { IMPORT_WARNING_KINDS } from '../interchange/importWarnings.js';

const sheetSummarySchema = z.object({
  name: z.string(),
  rows: z.number(),
  columns: z.number(),
  cells: z.number(),
  formulas: z.number(),
  preview: z.array(z.array(z.union([z.number(), z.string(), z.boolean(), z.null()]))).max(50),
  // Added in the nineteenth session: a server from before it answers without, and the preview reads General.
  formats: z.array(z.array(cellFormatSchema.nullable())).max(50).default([]),
}) satisfies z.ZodType<ImportSummary['sheets'][number]>;

const unsupportedFunctionSchema = z.object({
  function: z.string(),
  kind: z.enum(['function', 'name', 'syntax']),
  sheet: z.string(),
  cell: z.string(),
}) satisfies z.ZodType<UnsupportedFunction>;

/** What an import could not carry over (also part of `POST /api/workspaces` with an upload). */
export const importNotesSchema = z.object({
  unsupportedFunctions: z.array(unsupportedFunctionSchema).max(1000),
  unsupportedFunctionCount: z.number(),
  /** The notes in English, as before the kinds (kept for scripts that read them). */
  warnings: z.array(z.string()).max(100),
  /**
   * The same notes, in the same order, as kinds with parameters the dialog words in its language
   * (twentieth session: a server from before answers without, and the dialog shows `warnings`).
   * A kind this client does not know shows its `message`.
   */
  warningDetails: z.array(z.object({
    kind: z.union([z.enum(IMPORT_WARNING_KINDS), z.string()]),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })).max(100).optional(),
});
export type ImportNotesAnswer = z.infer<typeof importNotesSchema>;

export const importAnswerSchema = z.object({
  dryRun: z.boolean(),
  imported: z.object({
    // Written out rather than imported: the importer would come into the browser's bundle with it.
    mode: z.enum(['sheets', 'replace']) satisfies z.ZodType<ImportMode>,
    title: z.string(),
    sheets: z.array(sheetSummarySchema).max(500),
    goals: z.number(),
    scenarios: z.number(),
  }),
  ...importNotesSchema.shape,
  /** The version kept of what a `replace` import replaced. */
  versionSaved: versionSchema.nullable(),
  /** How a CSV was read (separator, decimal, encoding). */
  csv: z.object({ separator: z.string(), decimal: z.string(), encoding: z.string() }).optional(),
});
export type ImportAnswer = z.infer<typeof importAnswerSchema>;
