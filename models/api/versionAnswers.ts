/** The versions endpoints' answers: one saved version, the list, and a restore. */
import { z } from 'zod';

/** A saved version; `createdAt` is ISO 8601, `createdBy` the planner's shown name (older versions lack it). */
export const versionSchema = z.object({
  id: z.string(),
  name: z.string().max(500),
  createdAt: z.string(),
  createdBy: z.string().max(200).optional(),
});
export type Version = z.infer<typeof versionSchema>;

/** `GET /api/workspaces/:id/versions`, newest first. */
export const versionListAnswerSchema = z.object({ versions: z.array(versionSchema) });
export type VersionListAnswer = z.infer<typeof versionListAnswerSchema>;

/** `POST …/versions/:versionId/restore`: the version restored and the automatic one kept before it. */
export const restoreAnswerSchema = z.object({ restored: versionSchema, before: versionSchema });
export type RestoreAnswer = z.infer<typeof restoreAnswerSchema>;

/**
 * `GET …/versions/:versionId/plan`: every goal with a trajectory as the version projected it, under
 * each of its scenarios (the adopted plan's figures, models/goals/planTrajectories.ts).
 */
export const versionPlanAnswerSchema = z.object({
  version: versionSchema,
  scenarios: z
    .array(
      z.object({
        id: z.string().max(200),
        name: z.string().max(500),
        goals: z
          .array(
            z.object({
              id: z.string().max(64),
              periods: z.array(z.string().max(500).nullable()).max(20_000),
              series: z.array(z.number().nullable()).max(20_000),
              indicator: z.string().max(10_000).optional(),
              indicatorIdentity: z.string().max(10_000).optional(),
              actual: z.array(z.boolean()).max(20_000).optional(),
            }),
          )
          .max(2_000),
      }),
    )
    .max(500),
});
export type VersionPlanAnswer = z.infer<typeof versionPlanAnswerSchema>;
