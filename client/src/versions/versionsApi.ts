/** Named versions of a workspace, through the server's REST API (responses validated). */
import { versionListAnswerSchema, versionPlanAnswerSchema, type Version, type VersionPlanAnswer } from '../../../models/api/versionAnswers.js';

export type { Version };

export class VersionsError extends Error {
  constructor(readonly status: number) {
    super(`versions request failed (${status})`);
    this.name = 'VersionsError';
  }
}

async function request(url: string, token: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
  });
  if (!response.ok) throw new VersionsError(response.status);
  return response.status === 204 ? null : response.json().catch(() => null);
}

function base(workspaceId: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/versions`;
}

export async function listVersions(workspaceId: string, token: string): Promise<Version[]> {
  const parsed = versionListAnswerSchema.safeParse(await request(base(workspaceId), token));
  if (!parsed.success) throw new VersionsError(0);
  return parsed.data.versions;
}

/** Saves the workspace as it stands now under `name`, as saved by `savedBy` (the planner's shown name). */
export async function saveVersion(workspaceId: string, token: string, name: string, savedBy: string): Promise<void> {
  await request(base(workspaceId), token, { method: 'POST', body: JSON.stringify({ name, savedBy }) });
}

/** Deletes a version for everyone (its space counts no more against the server's bound); 409 for the adopted plan. */
export async function deleteVersion(workspaceId: string, token: string, versionId: string): Promise<void> {
  await request(`${base(workspaceId)}/${encodeURIComponent(versionId)}`, token, { method: 'DELETE' });
}

/** A version's saved state (a Yjs update), for the `restoreVersion` operation. */
export async function versionState(workspaceId: string, token: string, versionId: string): Promise<Uint8Array> {
  const response = await fetch(`${base(workspaceId)}/${encodeURIComponent(versionId)}/state`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new VersionsError(response.status);
  return new Uint8Array(await response.arrayBuffer());
}

/** When a version was saved, as a Date; null for a date that does not read. */
export function versionDate(version: Version): Date | null {
  const date = new Date(version.createdAt);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type VersionPlan = VersionPlanAnswer;

/** What a version projected: every goal's trajectory under each of its scenarios (the adopted plan's figures). */
export async function versionPlan(workspaceId: string, token: string, versionId: string): Promise<VersionPlan> {
  const parsed = versionPlanAnswerSchema.safeParse(await request(`${base(workspaceId)}/${encodeURIComponent(versionId)}/plan`, token));
  if (!parsed.success) throw new VersionsError(0);
  return parsed.data;
}
