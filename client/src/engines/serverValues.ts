/**
 * The server's last computed values for the scenario a page opens on (GET /api/workspaces/:id/values),
 * fetched by the entry in parallel with the sync, so that a first visit (nothing stored in this
 * browser) shows every formula's value as soon as the document is synced rather than when the
 * engine worker has loaded and built. They count only for the exact document state they were
 * computed from: a council member must never read a number for a formula that has changed since.
 *
 * @example
 *   const answer = await fetchServerValues(workspaceId, token); // null: none, refused, unreadable
 *   if (answer && belongsTo(answer, doc)) show(answer.cells);
 */
import * as Y from 'yjs';
import { firstValuesSchema, type FirstValues } from '../../../models/scenarios/firstValues.js';

export type ServerValues = FirstValues;

/** The answer, checked; null for anything but a readable 200 (the worker's values come anyway). */
export async function fetchServerValues(workspaceId: string, token: string, scenarioId?: string): Promise<ServerValues | null> {
  const query = scenarioId === undefined ? '' : `?scenario=${encodeURIComponent(scenarioId)}`;
  try {
    const response = await fetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/values${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return null;
    const parsed = firstValuesSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the values were computed from exactly the document's present state (state vector and deletions). */
export function belongsTo(values: ServerValues, doc: Y.Doc): boolean {
  try {
    const bytes = Uint8Array.from(atob(values.document.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    return Y.equalSnapshots(Y.decodeSnapshot(bytes), Y.snapshot(doc));
  } catch {
    // Not a snapshot: the values cannot be tied to this document.
    return false;
  }
}
