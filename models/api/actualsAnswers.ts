/**
 * The Jobindsats actuals endpoints' answers (`…/actuals`, `…/actuals/refresh`): the table's shape
 * for the dialog (a dry run without a measure), an import or its preview with its `changes`, and
 * the list of a workspace's data links.
 */
import { z } from 'zod';
import type { ActualsChanges } from '../actuals/actualsChanges.js';
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

/** An import of figures (or its preview, `dryRun`). */
export const actualsAnswerSchema = z.object({
  dryRun: z.boolean(),
  sheet: z.string(),
  created: z.boolean(),
  dimension: z.string(),
  measure: z.string(),
  rows: z.array(z.string()).max(10_000),
  periods: z.array(z.string()).max(10_000),
  addedPeriods: z.array(z.string()).max(10_000),
  changes: actualsChangesSchema,
  /** The data link kept with the sheet (in a dry run: the one the import would keep). */
  link: dataLinkSchema,
});
export type ActualsAnswer = z.infer<typeof actualsAnswerSchema>;
