/**
 * How much of other clients' presence one connection may send back. The stock y-websocket client
 * relays every presence state it hears back to the server, so the server drops entries for clients
 * a connection does not speak for (SyncConnection.applyAwareness) without counting them against the
 * presence budget. Tenth hostile pass: that left them unbounded. Ten viewer connections sending
 * 192 KiB awareness frames of colleagues' states (each still parsed whole before being dropped)
 * held the event loop so that /healthz answered four times in ten seconds, slowest 3.8 s.
 *
 * An honest client echoes at most what the server sent it, so each awareness frame sent to a
 * connection credits it with its bytes; a small steady refill covers what a client sends of its
 * own accord about others (dropping a colleague it has not heard from in 30 s).
 */
import { PresenceBudget } from './presenceBudget.js';

export const PRESENCE_ECHOED_TOO_FAST = "colleagues' presence sent back faster than the server sent it";

/**
 * The bucket for one connection: it starts with four of the largest states, refills by one a
 * second, and is credited with every awareness frame sent to it, holding at most 64 of them (more
 * than every token's presence burst and a welcome together, all relayed at once).
 */
export function presenceEchoesFor(maxAwarenessStateBytes: number): PresenceBudget {
  return new PresenceBudget(64 * maxAwarenessStateBytes, maxAwarenessStateBytes, undefined, 4 * maxAwarenessStateBytes);
}
