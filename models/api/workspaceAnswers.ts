/**
 * The answers about a workspace and its links (server/README.md's REST table): creating one,
 * which role a token has, a rotated token, and the health check.
 */
import { z } from 'zod';
import { workspaceRoleSchema } from '../access/workspaceRole.js';
import { importNotesSchema } from './importAnswers.js';

/** 201 of `POST /api/workspaces`; an uploaded file adds what it could not carry over. */
export const createdWorkspaceAnswerSchema = z.object({
  id: z.string(),
  editorToken: z.string(),
  viewerToken: z.string(),
  editorUrl: z.string(),
  viewerUrl: z.string(),
  ...importNotesSchema.partial().shape,
});
export type CreatedWorkspaceAnswer = z.infer<typeof createdWorkspaceAnswerSchema>;

/** `GET /api/workspaces/:id/access`. */
export const accessAnswerSchema = z.object({ role: workspaceRoleSchema });
export type AccessAnswer = z.infer<typeof accessAnswerSchema>;

/** `POST /api/workspaces/:id/tokens`: the new token of the role and its link. */
export const tokenAnswerSchema = z.object({ role: workspaceRoleSchema, token: z.string(), url: z.string() });
export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;

/** `GET /healthz` when the store is writable. */
export const healthAnswerSchema = z.object({ ok: z.literal(true) });
export type HealthAnswer = z.infer<typeof healthAnswerSchema>;
