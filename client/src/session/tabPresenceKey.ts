/**
 * This tab's presence key: a random secret made once per page and sent with every connection of
 * the tab (`&presence=<key>`), never in a presence state. The server gives a presence to the link
 * and key it was first claimed with (server/sync/presenceKey.ts), so a colleague holding the same
 * link cannot take over this tab's presence (name, colour, cursor) while it reconnects.
 * Dependency-free: the entry's early socket (earlySocket.ts) sends it too.
 */
let key: string | null = null;

/** 22 characters of base64url (128 random bits), the same for the whole page. */
export function tabPresenceKey(): string {
  if (key === null) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  return key;
}
