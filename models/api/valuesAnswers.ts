/**
 * The answer of GET /api/workspaces/:id/values (README.md, REST): a workspace's last computed
 * values and judged goals under one scenario, for the state of the document named in `document`.
 * The server writes it (server/work/firstValuesJob.ts); the page reads it through this schema
 * (network data is checked before it reaches the grid) and shows it only for that same state.
 */
import { z } from 'zod';
import { cellFormatSchema } from '../workbook/cellFormatSchema.js';
import type { ScenarioEvaluation } from '../scenarios/ScenarioEngines.js';
import { goalResultAnswerSchema } from './analysisAnswers.js';
import type { FirstSheetScreen } from '../scenarios/firstSheetScreen.js';

const scalarValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
/** A cell's value as the engine gives it (models/engine/cellValue.ts). */
export const cellValueSchema = z.union([scalarValue, z.object({ error: z.string(), message: z.string() })]);

/** A goal's result as the engine gives it: the report's (analysisAnswers.ts), with its warnings typed, not worded. */
const goalResultSchema = goalResultAnswerSchema.extend({
  warnings: z.array(z.object({ kind: z.literal('valueNotAtDeadline'), deadline: z.string(), value: scalarValue, deadlineValue: scalarValue })),
});

const scenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  inputs: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});

/** What a page paints first (models/scenarios/firstSheetScreen.ts), when asked for with `?screen=<locale>`. */
export const firstSheetScreenSchema = z.object({
  title: z.string(),
  sheets: z.array(z.string()),
  scenarioName: z.string(),
  frozen: z.object({ rows: z.number().int().min(0), cols: z.number().int().min(0) }),
  rowHeaderWidth: z.number(),
  columnWidths: z.array(z.number()),
  rows: z.array(z.array(z.object({ text: z.string(), classes: z.array(z.enum(['fx-num', 'fx-err', 'fx-spill', 'fx-input'])), number: z.number().optional(), format: cellFormatSchema.optional() }))),
  goals: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(['met', 'missed', 'tracked', 'qualitative', 'error']) })),
}) satisfies z.ZodType<FirstSheetScreen>;

export const valuesAnswerSchema = z.object({
  /** The scenario's id ("" for a workbook without scenarios). */
  scenario: z.string(),
  /** The document state the values belong to: `Y.encodeSnapshot(Y.snapshot(doc))`, base64url. */
  document: z.string(),
  /** sheetId, rowId, colId, value, … for every non-empty cell (models/scenarios/identifiedValues.ts). */
  cells: z.array(cellValueSchema),
  /** false when `cells` stopped at the server's bound (FIRST_VALUES_MAX_CELLS). */
  complete: z.boolean(),
  /** Every goal judged under the scenario. */
  evaluation: z.object({ scenario: scenarioSchema, goals: z.array(goalResultSchema) }) satisfies z.ZodType<ScenarioEvaluation>,
  /** Only with `?screen=<locale>` (the first scenario): the first sheet's top-left cells and the goals, as text in that locale. */
  screen: firstSheetScreenSchema.optional(),
});

export type ValuesAnswer = z.infer<typeof valuesAnswerSchema>;
