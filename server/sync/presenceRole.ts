/**
 * A viewer shows as a viewer. The browser says in its presence whether it may edit
 * (`user.viewer`), and colleagues' pages mark viewers by it; a viewer's browser could claim
 * `viewer: false` and show as an editor to everyone. The server knows each connection's role, so
 * it writes `viewer: true` into every state a viewer's connection sets. An editor's states pass
 * as they are (an editor calling itself a viewer claims less than it may do).
 *
 * @example asViewerPresence({ client: 7, clock: 1, stateJson: '{"user":{"name":"Bo","viewer":false}}' })
 *   // stateJson '{"user":{"name":"Bo","viewer":true}}'
 */
import type { AwarenessEntry } from './syncMessages.js';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The entry with its state's `user.viewer` set to true; a state without a `user` (or a departure) is left as it is. */
export function asViewerPresence(entry: AwarenessEntry): AwarenessEntry {
  const state: unknown = JSON.parse(entry.stateJson);
  if (!isRecord(state) || !isRecord(state.user) || state.user.viewer === true) return entry;
  return { ...entry, stateJson: JSON.stringify({ ...state, user: { ...state.user, viewer: true } }) };
}
