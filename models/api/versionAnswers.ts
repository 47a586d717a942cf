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
