/**
 * Which link (token) and tab each awareness client of a loaded workspace was first claimed through
 * (the owner key: the token's hash, and the hash of the tab's presence key when it sent one;
 * presenceKey.ts).
 *
 * Tenth hostile pass: a connection may claim an awareness client nobody speaks for, newer than the
 * workspace's clock for it (SyncConnection.applyAwareness). When a colleague's tab dropped for a
 * moment (a network blip, a laptop lid), a viewer watching the presence list claimed the
 * colleague's client id with a huge clock: everyone, the colleague's own tab included, then saw
 * the viewer's state as the colleague, and the colleague's own presence was dropped until the
 * viewer left. Now a client id first claimed through one link can only ever be claimed again
 * through that link, as a reconnecting tab does; another link's claim is dropped like any entry
 * for a client the connection does not speak for.
 */

/** Client ids remembered per workspace; past it the oldest claim is forgotten. */
export const REMEMBERED_PRESENCE_OWNERS = 10_000;

export class PresenceOwners {
  private readonly tokenOf = new Map<number, string>();

  /** True unless `client` was claimed under another owner key than `ownerKey` (presenceKey.ts). */
  mayClaim(client: number, ownerKey: string): boolean {
    const owner = this.tokenOf.get(client);
    return owner === undefined || owner === ownerKey;
  }

  claim(client: number, ownerKey: string): void {
    if (this.tokenOf.get(client) === ownerKey) return;
    this.tokenOf.set(client, ownerKey);
    if (this.tokenOf.size > REMEMBERED_PRESENCE_OWNERS) {
      const oldest = this.tokenOf.keys().next().value;
      if (oldest !== undefined) this.tokenOf.delete(oldest);
    }
  }
}
