/**
 * How many connections one network address may hold open and how fast it may open new sync
 * connections. Every other bound is per token, and a link is easy to share: a colleague (or a
 * script) with several links, or with none, could open sockets without end from one machine,
 * each costing a file descriptor, memory and (for a sync connection) a store look-up, the whole
 * document and the presence states, until the process ran out of descriptors for everyone.
 *
 * The defaults leave room for a job centre whose planners all reach the server through one
 * municipal proxy or NAT address: 30 planners with a few tabs each hold about 100 sync
 * connections and a browser keeps up to six HTTP connections per tab; after a restart every tab
 * reconnects within seconds.
 *
 * Behind a reverse proxy every connection comes from the proxy's address: with `TRUST_PROXY` the
 * address is the last one the proxy added to `X-Forwarded-For` (what the proxy saw), and only
 * sync connections are counted per address (the proxy's own connections to us are not). Without
 * it the header is ignored: anyone can write it.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { TokenBudgets } from '../sync/tokenBudgets.js';

export interface AddressLimits {
  /** Open connections (sync and HTTP, or sync only behind a trusted proxy) from one address. */
  maxOpen: number;
  /** New sync connections one address may open in a minute (at once, then spread over the minute). */
  newSyncPerMinute: number;
  /** Read the client's address from X-Forwarded-For (set by a reverse proxy we trust). */
  trustProxy: boolean;
}

export type AddressRefusal = { status: 429; message: string; retryAfterSeconds: number };

/**
 * An address as counted: IPv4 as is (also when mapped into IPv6), IPv6 by its /64 prefix, as one
 * machine or home network usually holds a whole /64 and can pick any address in it.
 */
export function addressKey(address: string): string {
  const plain = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIPv4(plain) || !isIPv6(plain)) return plain;
  const [head = '', tail] = plain.toLowerCase().split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...headParts, ...Array<string>(Math.max(0, 8 - headParts.length - tailParts.length)).fill('0'), ...tailParts];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The last address in X-Forwarded-For: the one our proxy appended. */
function forwardedAddress(request: IncomingMessage): string | undefined {
  const header = request.headers['x-forwarded-for'];
  const text = Array.isArray(header) ? header.join(',') : header;
  const last = text?.split(',').pop()?.trim();
  return last ? last.slice(0, 100) : undefined;
}

export class ConnectionsPerAddress {
  private readonly openSync = new Map<string, number>();
  private readonly openSockets = new Map<string, number>();
  private readonly newSync: TokenBudgets;

  constructor(
    readonly limits: AddressLimits,
    now: () => number = () => performance.now(),
  ) {
    this.newSync = new TokenBudgets(limits.newSyncPerMinute, limits.newSyncPerMinute / 60, now);
  }

  /** The counted address of a request (the proxy's client, when the proxy is trusted). */
  requestAddress(request: IncomingMessage): string {
    const forwarded = this.limits.trustProxy ? forwardedAddress(request) : undefined;
    return addressKey(forwarded ?? request.socket.remoteAddress ?? 'unknown');
  }

  /**
   * A new TCP connection, direct or from the proxy; false when its address already holds
   * `maxOpen` (the caller answers 429 and closes it). Behind a trusted proxy every connection is
   * the proxy's, so none is refused here.
   */
  admitSocket(socket: Socket): boolean {
    if (this.limits.trustProxy) return true;
    const key = addressKey(socket.remoteAddress ?? 'unknown');
    if (!take(this.openSockets, key, this.limits.maxOpen)) return false;
    socket.once('close', () => give(this.openSockets, key));
    return true;
  }

  /**
   * A new sync connection from `address`: the refusal when the address holds `maxOpen` sync
   * connections or opened too many in the last minute; else `release`, to call once when it closes.
   */
  admitSync(address: string): AddressRefusal | { release(): void } {
    if ((this.openSync.get(address) ?? 0) >= this.limits.maxOpen) {
      return { status: 429, message: `this address already holds ${this.limits.maxOpen} open connections`, retryAfterSeconds: 30 };
    }
    if (!this.newSync.forToken(address).spend(1)) {
      const seconds = Math.max(1, Math.ceil(60 / this.limits.newSyncPerMinute));
      return { status: 429, message: `this address opened more than ${this.limits.newSyncPerMinute} connections in a minute; try again in ${seconds} s`, retryAfterSeconds: seconds };
    }
    take(this.openSync, address, Infinity);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        give(this.openSync, address);
      },
    };
  }
}

function take(counts: Map<string, number>, key: string, max: number): boolean {
  const open = counts.get(key) ?? 0;
  if (open >= max) return false;
  counts.set(key, open + 1);
  return true;
}

function give(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}
