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
import type * as Y from 'yjs';
import { isDocumentState } from '../../../models/scenarios/documentState.js';
import { valuesAnswerSchema, type ValuesAnswer } from '../../../models/api/valuesAnswers.js';

export type ServerValues = ValuesAnswer;

/**
 * The answer, checked; null for anything but a readable 200 (the worker's values come anyway).
 * `signal` stops the request once the page has its own values: the server then stops computing
 * an answer nobody waits for.
 */
export async function fetchServerValues(workspaceId: string, token: string, signal?: AbortSignal): Promise<ServerValues | null> {
  return readServerValues(fetch(`/api/workspaces/${encodeURIComponent(workspaceId)}/values`, { headers: { Authorization: `Bearer ${token}` }, signal }));
}

/** The answer to a request already sent (the entry sends the first one: session/earlyStart.ts), checked. */
export async function readServerValues(sent: Promise<Response>): Promise<ServerValues | null> {
  try {
    const response = await sent;
    if (!response.ok) return null;
    const parsed = valuesAnswerSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the values were computed from exactly the document's present state (state vector and deletions). */
export function belongsTo(values: ServerValues, doc: Y.Doc): boolean {
  return isDocumentState(values.document, doc);
}
