/**
 * The server's update check (server/sync/updateReader.ts + updateSchemaCheck.ts) asked about an
 * update a replica emits, the way a hostile peer would make one: with the Yjs API on a replica
 * of the server's document.
 */
import * as Y from 'yjs';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { readUpdateFacts } from '../../server/sync/updateReader.js';
import { UpdateRefusal, type RefusalKind, type UpdateLimits } from '../../server/sync/updateRefusal.js';
import { checkUpdateAgainstSchema } from '../../server/sync/updateSchemaCheck.js';

const LIMITS: UpdateLimits = { maxStructs: 200_000, maxClients: 1_000, maxDeleteRanges: 100_000 };

export function serverDoc(): Y.Doc {
  return documentFromFile(beskaeftigelsesplanTemplate());
}

/** The update a replica of `server` emits for `edit`. */
export function editOn(server: Y.Doc, edit: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(replica);
  edit(replica);
  const update = Y.encodeStateAsUpdate(replica, before);
  replica.destroy();
  return update;
}

/** The server's refusal of `update`, or null when it is accepted; `payForCopy` as the server's budget answers it. */
function refusalOf(server: Y.Doc, update: Uint8Array, payForCopy?: () => boolean): UpdateRefusal | null {
  try {
    checkUpdateAgainstSchema(server, readUpdateFacts(update, LIMITS), update, payForCopy);
    return null;
  } catch (error) {
    if (error instanceof UpdateRefusal) return error;
    throw error;
  }
}

/** 'accepted', or the kind of refusal; `payForCopy` as the server's budget answers it. */
export function verdict(server: Y.Doc, update: Uint8Array, payForCopy?: () => boolean): RefusalKind | 'accepted' {
  return refusalOf(server, update, payForCopy)?.kind ?? 'accepted';
}

/** 'accepted', or the reason the server gives a refused update. */
export function refusalReason(server: Y.Doc, update: Uint8Array): string {
  return refusalOf(server, update)?.message ?? 'accepted';
}
