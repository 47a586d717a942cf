/**
 * Who is here and where: this planner's name, colour and selected cell go out over y-websocket
 * awareness; colleagues' states come back validated (awareness is network data) and capped.
 */
import { z } from 'zod';
import type { Awareness } from 'y-protocols/awareness';
import { asPlainText } from '../../../models/format/plainText.js';
import { createStore, type Store } from '../ui/store.js';
import type { UserProfile } from '../session/userProfile.js';

const MAX_PEERS = 50;

/**
 * A colleague's presence, read field by field: a state without a valid `user` (a stock y-websocket
 * client, another app's awareness, a state cut short) is nobody to list, and its cursor is drawn
 * nowhere (a cursor without a name would be a ghost); a valid `user` with a malformed cursor is
 * listed without a cursor.
 */
const peerUserSchema = z.object({
  // Plain text, as version names are (eighteenth hostile pass): a bidi override or a line break in
  // a colleague's name made it read as another name in the presence bar and the cell's name tag.
  name: z.string().transform(asPlainText).pipe(z.string().min(1).max(60)),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  viewer: z.boolean().optional(),
});

const peerCursorSchema = z.object({
  sheetId: z.string().max(128),
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});

export interface Peer {
  clientId: number;
  name: string;
  colour: string;
  viewer: boolean;
  cursor: { sheetId: string; row: number; col: number } | null;
}

export class PresenceTracker {
  readonly peers: Store<Peer[]> = createStore<Peer[]>([]);
  readonly profile: Store<UserProfile>;
  private readonly onChange = (): void => this.readPeers();

  constructor(
    private readonly awareness: Awareness,
    profile: UserProfile,
    private readonly viewer: boolean,
  ) {
    this.profile = createStore(profile);
    this.setProfile(profile);
    awareness.on('change', this.onChange);
    this.readPeers();
  }

  destroy(): void {
    this.awareness.off('change', this.onChange);
  }

  setProfile(profile: UserProfile): void {
    this.profile.set(profile);
    this.awareness.setLocalStateField('user', { name: profile.name, colour: profile.colour, viewer: this.viewer });
  }

  setCursor(cursor: { sheetId: string; row: number; col: number } | null): void {
    const current: unknown = this.awareness.getLocalState()?.cursor;
    const same =
      current !== null &&
      typeof current === 'object' &&
      cursor !== null &&
      JSON.stringify(current) === JSON.stringify(cursor);
    if (!same) this.awareness.setLocalStateField('cursor', cursor);
  }

  private readPeers(): void {
    const peers: Peer[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID || peers.length >= MAX_PEERS) continue;
      const fields: Record<string, unknown> = state !== null && typeof state === 'object' ? state : {};
      const user = peerUserSchema.safeParse(fields.user);
      if (!user.success) continue;
      const cursor = peerCursorSchema.safeParse(fields.cursor);
      peers.push({ clientId, name: user.data.name, colour: user.data.colour, viewer: user.data.viewer ?? false, cursor: cursor.success ? cursor.data : null });
    }
    peers.sort((a, b) => a.clientId - b.clientId);
    this.peers.set(peers);
  }
}
