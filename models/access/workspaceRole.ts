/**
 * A role: what a workspace token lets its holder do. One definition for the server (which
 * enforces it) and the client (which offers editing only to an editor).
 */
import { z } from 'zod';

export const WORKSPACE_ROLES = ['editor', 'viewer'] as const;

export const workspaceRoleSchema = z.enum(WORKSPACE_ROLES);

export type WorkspaceRole = z.infer<typeof workspaceRoleSchema>;
