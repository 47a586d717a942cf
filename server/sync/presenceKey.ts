/**
 * A browser tab's presence key: a random secret the tab makes once per page and sends with every
 * connection of its (`/sync/<id>?token=…&presence=<key>`), never in any presence state. A presence
 * is owned by the link and the key it was first claimed with (presenceOwners.ts).
 *
 * Eleventh hostile pass: ownership by link alone let a colleague holding the *same* editor link
 * claim another planner's awareness client while her tab reconnected (her client id and clock are
 * in every presence frame), and show as her, with her name, colour and cursor, to everyone, her own
 * tab included. The key is not: a colleague cannot claim a presence whose tab sent one. A client
 * sending none (the stock y-websocket client) owns its presence by link, as before.
 *
 * @example presenceOwnerKey('aGFzaA', 'k3Jx9…') // 'aGFzaA/<sha-256 of the key>'
 */
import { createHash } from 'node:crypto';

/** What a presence key may be: 16 to 64 characters of base64url (the browser sends 22). */
const PRESENCE_KEY = /^[A-Za-z0-9_-]{16,64}$/;

export const PRESENCE_KEY_PROBLEM = 'presence must be 16 to 64 characters of A–Z, a–z, 0–9, "-" or "_"';

/** The owner key for a token's hash and the tab's presence key; null when the key is malformed. */
export function presenceOwnerKey(tokenKey: string, presenceKey: string | null): string | null {
  if (presenceKey === null) return tokenKey;
  if (!PRESENCE_KEY.test(presenceKey)) return null;
  // Hashed: the server keeps no tab's secret in memory for as long as the workspace stays loaded.
  return `${tokenKey}/${createHash('sha256').update(presenceKey).digest('base64url')}`;
}
