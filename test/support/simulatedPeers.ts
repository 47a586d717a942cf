/**
 * Peers exchanging Yjs updates over a simulated network: updates are delivered in random order,
 * peers go offline (nothing reaches or leaves them) and reconnect with a state-vector sync, as
 * y-websocket does.
 */
import * as Y from 'yjs';
import type { SeededRandom } from './seededRandom.js';

const REMOTE = Symbol('remote');

interface Message {
  to: number;
  update: Uint8Array;
}

export class SimulatedPeers {
  readonly online: boolean[];
  private inbox: Message[] = [];

  constructor(readonly docs: Y.Doc[]) {
    this.online = docs.map(() => true);
    docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return;
        docs.forEach((_, to) => {
          if (to !== from) this.inbox.push({ to, update });
        });
      });
    });
  }

  get pending(): number {
    return this.inbox.length;
  }

  /** Delivers one random pending message whose recipient is online; false when none can go. */
  deliverOne(random: SeededRandom): boolean {
    const ready = this.inbox.map((m, i) => [m, i] as const).filter(([m]) => this.online[m.to]);
    if (ready.length === 0) return false;
    const [message, index] = random.pick(ready);
    this.inbox.splice(index, 1);
    Y.applyUpdate(this.docs[message.to]!, message.update, REMOTE);
    return true;
  }

  disconnect(peer: number): void {
    this.online[peer] = false;
  }

  /** Back online: a two-way state-vector sync with every online peer. */
  reconnect(peer: number): void {
    this.online[peer] = true;
    this.docs.forEach((other, i) => {
      if (i === peer || !this.online[i]) return;
      this.sync(this.docs[peer]!, other);
    });
  }

  private sync(a: Y.Doc, b: Y.Doc): void {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
  }

  /** Everyone online, every message delivered, and a final full sync. */
  settle(random: SeededRandom): void {
    this.docs.forEach((_, i) => (this.online[i] = true));
    while (this.deliverOne(random));
    for (let i = 0; i < this.docs.length; i++) for (let j = i + 1; j < this.docs.length; j++) this.sync(this.docs[i]!, this.docs[j]!);
  }
}
