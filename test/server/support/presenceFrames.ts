/** Awareness frames as a raw socket sends them (y-protocols' encoding), for the presence tests. */
import * as encoding from 'lib0/encoding';

/** One awareness frame setting `state` for each client of `clients` at `clock`. */
export function presenceFrame(clients: readonly number[], clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, clients.length);
  for (const client of clients) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}
