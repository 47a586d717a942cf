/**
 * The presence states a connection is sent when it joins (and when it asks for them). Each state
 * is bounded (MAX_AWARENESS_STATE_BYTES) and each token's rate of setting them is budgeted, but a
 * workspace's states together were sent whole, uncounted, to every newcomer: a colleague keeping
 * many large states alive made every join cost their sum, encoded afresh for each join.
 *
 * Now the welcome holds states smallest first up to a bound (a planner's state is a few hundred
 * bytes: 60 planners' fit many times over), encoded once until presence next changes. A state left
 * out reaches the newcomer with its next renewal (every 15 s), relayed like any presence.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import { awarenessFrame } from './syncMessages.js';

/** The welcome holds at most this many largest states' worth of bytes. */
export const WELCOME_STATES = 4;

export class PresenceWelcome {
  private cached: Uint8Array | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly maxBytes: number,
  ) {
    awareness.on('update', this.forget);
  }

  /** The awareness frame for a newcomer (possibly with no states). */
  frame(): Uint8Array {
    if (this.cached) return this.cached;
    const sized = [...this.awareness.getStates()].map(([client, state]) => ({ client, bytes: JSON.stringify(state).length })).sort((a, b) => a.bytes - b.bytes);
    const clients: number[] = [];
    let bytes = 0;
    for (const state of sized) {
      if (bytes + state.bytes > this.maxBytes) break;
      bytes += state.bytes;
      clients.push(state.client);
    }
    this.cached = awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return this.cached;
  }

  destroy(): void {
    this.awareness.off('update', this.forget);
    this.cached = null;
  }

  private readonly forget = (): void => {
    this.cached = null;
  };
}
