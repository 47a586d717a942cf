/**
 * Telling colleagues' version lists to read again. The list lives on the server (REST), outside
 * the document, so a colleague's save, restore or delete changed nothing an open versions panel
 * follows: it kept showing a deleted version until the tab was opened again, and restoring it
 * then failed. The planner who changed the list says so in their presence (awareness) state, as a
 * counter under `versionsChanged`; every open panel reads the list again when a colleague's
 * counter moves. Awareness is network data: a value that is no counter is ignored.
 */
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';

const FIELD = 'versionsChanged';
const counter = z.number().int().nonnegative();

/** After this planner saved, restored or deleted a version. */
export function announceVersionsChanged(awareness: Awareness): void {
  const current = counter.safeParse(awareness.getLocalState()?.[FIELD]);
  awareness.setLocalStateField(FIELD, current.success ? current.data + 1 : 1);
}

/**
 * Calls `changed` whenever a colleague's counter moves (not for the counter a colleague brings
 * when first seen: the list was read after it). Returns the function that stops listening.
 */
export function onColleagueVersionsChanged(awareness: Awareness, changed: () => void): () => void {
  const seen = new Map<number, number>();
  const read = (): void => {
    let moved = false;
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const parsed = counter.safeParse(state[FIELD]);
      if (!parsed.success || seen.get(clientId) === parsed.data) continue;
      if (seen.has(clientId)) moved = true;
      seen.set(clientId, parsed.data);
    }
    if (moved) changed();
  };
  read();
  awareness.on('change', read);
  return () => awareness.off('change', read);
}
