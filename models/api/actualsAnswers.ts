/**
 * The Jobindsats actuals endpoints' answers (`…/actuals`, `…/actuals/refresh`): the table's shape
 * for the dialog (a dry run without a measure), an import or its preview with its `changes`, and
 * the list of a workspace's data links.
 */
import { z } from 'zod';
import type { ActualsChanges } from '../actuals/actualsChanges.js';
import { ACTUALS_MODES } from '../actuals/actualsMerge.js';
import type { ActualsWarning } from '../actuals/actualsWarnings.js';
import type { GoalMoved } from '../analysis/goalsMoved.js';
import { dataLinkSchema } from '../actuals/dataLink.js';

/** `GET /api/workspaces/:id/actuals`: each data link with the name of its sheet. */
export const actualsStatusSchema = z.object({
  apiConfigured: z.boolean(),
  links: z.array(z.object({ sheet: z.string(), ...dataLinkSchema.shape })).max(1000),
});
export type ActualsStatus = z.infer<typeof actualsStatusSchema>;
export type ActualsLink = ActualsStatus['links'][number];

/** A dry run without `measure`: what the table offers to choose from. */
export const tableShapeSchema = z.object({
  dryRun: z.literal(true),
  table: z.object({
    area: z.string(),
    period: z.string(),
    measures: z.array(z.string()).max(500),
    dimensions: z.array(z.object({ name: z.string(), values: z.array(z.string()).max(500) })).max(100),
    periods: z.array(z.string()).max(10_000),
  }),
});
export type TableShapeAnswer = z.infer<typeof tableShapeSchema>;
export type TableShape = TableShapeAnswer['table'];

// A row label read back from the sheet may be any text a planner typed there (Excel's cell limit).
const labels = z.array(z.string().max(32_767)).max(10_000);

/** What an import changes compared with what the sheet holds now, matched by row and month label. */
export const actualsChangesSchema = z.object({
  created: z.boolean(),
  addedPeriods: labels,
  updatedPeriods: labels,
  removedPeriods: labels,
  addedRows: labels,
  updatedRows: labels,
  removedRows: labels,
  changedFigures: z.number().int().nonnegative(),
}) satisfies z.ZodType<ActualsChanges>;

const label = z.string().max(32_767);

/** A row that is a total, or a row whose figure jumps against the previous month's actual (actualsWarnings.ts). */
export const actualsWarningSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('totalRow'), row: label }),
  z.object({ kind: z.literal('jump'), row: label, period: label, figure: z.number(), previousPeriod: label, previousFigure: z.number(), months: z.number().int().positive() }),
]) satisfies z.ZodType<ActualsWarning>;

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const goalStanding = z.object({
  value: scalar,
  target: scalar,
  met: z.boolean().nullable(),
  status: z.enum(['met', 'missed', 'tracked', 'qualitative', 'error']),
});

/** A goal whose value, target or verdict the import moves, for the scenario asked for (goalsMoved.ts). */
export const goalMovedSchema = z.object({ goalId: z.string().max(64), before: goalStanding, after: goalStanding }) satisfies z.ZodType<GoalMoved>;

/** An import of figures (or its preview, `dryRun`). */
export const actualsAnswerSchema = z.object({
  dryRun: z.boolean(),
  sheet: z.string(),
  created: z.boolean(),
  dimension: z.string(),
  measure: z.string(),
  /** Whether the figures were merged with the sheet or replaced it. */
  mode: z.enum(ACTUALS_MODES),
  /** The sheet's rows and months after the import (a merge keeps those the file does not have). */
  rows: z.array(z.string()).max(10_000),
  periods: z.array(z.string()).max(10_000),
  addedPeriods: z.array(z.string()).max(10_000),
  changes: actualsChangesSchema,
  warnings: z.array(actualsWarningSchema).max(20_000),
  /** A dry run's goals moved, with the scenario they were judged under (an import's answer has neither). */
  scenario: z.string().optional(),
  goalsMoved: z.array(goalMovedSchema).max(10_000).optional(),
  /** The data link kept with the sheet (in a dry run: the one the import would keep). */
  link: dataLinkSchema,
});
export type ActualsAnswer = z.infer<typeof actualsAnswerSchema>;
