/**
 * One websocket on /sync/<workspaceId>. Until the workspace is loaded from the store, incoming
 * frames wait in a short queue; then the server sends its sync step 1 and the awareness states it
 * knows, and handles the queue in order. A frame that fails `readFrame`, an update that fails the
 * schema check (updateSchemaCheck.ts) or that Yjs cannot apply whole, closes this connection only
 * (see models/api/closeCodes.ts). A viewer's sync step 2 and updates are dropped before they touch the
 * document. Presence: a connection speaks for one awareness client, the first it introduced
 * itself; entries for any other client are dropped.
 */
import type { RawData, WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { errorText, logEvent } from '../log/log.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { closeReason } from './closeReason.js';
import type { LoadedWorkspace, Peer } from './LoadedWorkspace.js';
import {
  encodeAwarenessEntries,
  FrameError,
  MESSAGE_AWARENESS,
  readFrame,
  syncStep1Frame,
  type AwarenessEntry,
  type FrameLimits,
  type SyncFrame,
} from './syncMessages.js';
import { clientsNamed, documentAnswer, documentRequestBudget, DOCUMENT_REQUESTED_TOO_OFTEN, STATE_VECTOR_TOO_LONG } from './documentRequests.js';
import { presenceBudgetFor, type PresenceBudget } from './presenceBudget.js';
import { PRESENCE_ECHOED_TOO_FAST, presenceEchoesFor } from './presenceEchoes.js';
import { asViewerPresence } from './presenceRole.js';
import { carriesUpdate, UPDATES_TOO_FAST } from './updateBudget.js';
import { UpdateRefusal } from './updateRefusal.js';
import { checkUpdateAgainstSchema } from './updateSchemaCheck.js';

const PRESENCE_TOO_FAST = 'presence updates too fast';
const WORKSPACE_AT_BOUND = 'the workspace is at its size bound and was measured less than a second ago; send the edit again';
/** An entry's client id and clock, counted with its state against the presence budget. */
const AWARENESS_ENTRY_OVERHEAD = 16;
/** Frames a client may send before its workspace has loaded. */
export const MAX_QUEUED_FRAMES = 256;

export interface SyncConnectionOptions {
  socket: WebSocket;
  workspaceId: string;
  role: WorkspaceRole;
  /** The token's and the tab's presence key's hashes (presenceKey.ts): a presence claimed through one link and tab stays theirs. */
  presenceOwner: string;
  connectionId: number;
  /** Close the connection when more than this many bytes wait to be sent to it. */
  maxBufferedBytes: number;
  limits: FrameLimits;
  /** The update bytes this connection's token may still make the server read (updateBudget.ts). */
  updateBudget: PresenceBudget;
  /** The presence all this token's connections may still set (presenceBudget.ts, PRESENCE_CONNECTIONS_PER_TOKEN). */
  tokenPresenceBudget: PresenceBudget;
  onClosed(connection: SyncConnection): void;
}

export class SyncConnection implements Peer {
  readonly role: WorkspaceRole;
  readonly awarenessClients = new Set<number>();
  private workspace: LoadedWorkspace | null = null;
  private queue: Uint8Array[] | null = [];
  private closed = false;
  private droppedUpdates = 0;
  private droppedPresence = 0;
  private readonly presence: PresenceBudget;
  /** Colleagues' presence this connection may send back (presenceEchoes.ts). */
  private readonly echoes: PresenceBudget;
  private readonly documentRequests = documentRequestBudget();

  constructor(private readonly options: SyncConnectionOptions) {
    this.role = options.role;
    this.presence = presenceBudgetFor(options.limits.maxAwarenessStateBytes);
    this.echoes = presenceEchoesFor(options.limits.maxAwarenessStateBytes);
    options.socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    options.socket.on('close', (code, reason) => this.closedBy(code, reason.toString('utf8')));
    options.socket.on('error', (error) => this.failed(error));
  }

  /** Called once the workspace is loaded: sync begins. */
  begin(workspace: LoadedWorkspace): void {
    if (this.closed) return;
    this.workspace = workspace;
    workspace.attach(this);
    this.send(syncStep1Frame(workspace.doc));
    if (workspace.awareness.getStates().size > 0) this.send(workspace.presenceWelcome(this.options.limits.maxAwarenessStateBytes));
    const queued = this.queue ?? [];
    this.queue = null;
    for (const data of queued) if (!this.closed) this.handleSafely(data);
  }

  send(frame: Uint8Array): void {
    const socket = this.options.socket;
    if (this.closed || socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseCode.tryAgainLater, 'client reads too slowly');
      return;
    }
    if (frame[0] === MESSAGE_AWARENESS) this.echoes.credit(frame.byteLength);
    socket.send(frame);
  }

  /** `logged`: the reason as the log writes it, when `reason` quotes what the client sent. */
  close(code: number, reason: string, logged = reason): void {
    if (this.closed) return;
    this.log('sync.closing', { code, reason: logged });
    this.options.socket.close(code, closeReason(reason));
    this.finish();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CloseCode.unsupportedData, 'text frames are not part of the protocol');
    const bytes = toBytes(data);
    if (this.queue) {
      if (this.queue.length >= MAX_QUEUED_FRAMES) return this.close(CloseCode.policyViolation, 'too many messages before the workspace loaded');
      this.queue.push(bytes);
      return;
    }
    this.handleSafely(bytes);
  }

  /** An unexpected throw (a bug, not bad input) closes this connection instead of the process. */
  private handleSafely(data: Uint8Array): void {
    try {
      this.handle(data);
    } catch (error) {
      this.log('sync.handler.failed', { error: errorText(error) });
      this.close(CloseCode.internalError, 'internal error');
    }
  }

  private handle(data: Uint8Array): void {
    if (carriesUpdate(data)) {
      // Reading an update is what costs (updateBudget.ts): a viewer's is dropped unread, an
      // editor's is counted against its token's budget before a byte of it is decoded.
      if (this.role === 'viewer') {
        this.droppedUpdates++;
        return;
      }
      const budget = this.options.updateBudget;
      if (data.byteLength > budget.burst) {
        return this.close(CloseCode.workspaceFull, `update refused: ${(data.byteLength / 1e6).toFixed(1)} MB is more than a workspace may hold`);
      }
      if (!budget.spend(data.byteLength)) return this.close(CloseCode.policyViolation, UPDATES_TOO_FAST);
    }
    const named = clientsNamed(data);
    if (named !== null && this.workspace && named > this.workspace.doc.store.clients.size + this.options.limits.update.maxClients) {
      return this.close(CloseCode.policyViolation, STATE_VECTOR_TOO_LONG);
    }
    let frame: SyncFrame;
    try {
      frame = readFrame(data, this.options.limits);
    } catch (error) {
      if (error instanceof FrameError) return this.close(error.closeCode, error.message);
      return this.close(CloseCode.invalidPayload, 'malformed message');
    }
    const workspace = this.workspace;
    if (!workspace) return;
    switch (frame.kind) {
      case 'syncStep1': {
        if (!this.documentRequests.spend(1)) return this.close(CloseCode.policyViolation, DOCUMENT_REQUESTED_TOO_OFTEN);
        const reply = documentAnswer(workspace.doc, frame.stateVector);
        return workspace.whenDurable((error) => (error === undefined ? this.send(reply) : undefined));
      }
      case 'syncStep2':
      case 'update':
        if (this.role === 'viewer') {
          this.droppedUpdates++;
          return;
        }
        try {
          // A racing hide is tried on a copy of the whole workspace: it costs the token as much
          // update budget as sending the workspace would (visibleSheetCheck.ts).
          checkUpdateAgainstSchema(workspace.doc, frame.facts, frame.update, () => this.options.updateBudget.spend(workspace.storedBytes));
        } catch (error) {
          if (!(error instanceof UpdateRefusal)) throw error;
          if (error.kind === 'budget') return this.close(CloseCode.policyViolation, UPDATES_TOO_FAST);
          this.log('sync.update.refused', { error: error.logged });
          const code = error.kind === 'incomplete' ? CloseCode.updateIncomplete : CloseCode.updateRefused;
          return this.close(code, `update refused: ${error.message}`, `update refused: ${error.logged}`);
        }
        // The edit is not lost: the client reconnects and its resync sends it again.
        if (workspace.measuredTooRecently(frame.update)) return this.close(CloseCode.tryAgainLater, WORKSPACE_AT_BOUND);
        const tooLarge = workspace.growthRefusal(frame.update);
        if (tooLarge !== null) {
          this.log('sync.update.refused', { error: tooLarge });
          return this.close(CloseCode.workspaceFull, `update refused: ${tooLarge}`);
        }
        try {
          if (!workspace.applyPeerUpdate(frame.update, this)) {
            this.log('sync.update.refused', { error: 'pending structs dropped' });
            this.close(CloseCode.updateIncomplete, 'update refused: it depends on changes the server does not have');
          }
        } catch (error) {
          // Whatever Yjs integrated before it threw has gone out as a normal update (persisted,
          // then broadcast), so memory, store and clients still agree.
          this.log('sync.update.rejected', { error: errorText(error) });
          this.close(CloseCode.invalidPayload, 'update cannot be applied');
        }
        return;
      case 'awareness':
        return this.applyAwareness(workspace, frame.entries);
      case 'queryAwareness': {
        const reply = workspace.presenceWelcome(this.options.limits.maxAwarenessStateBytes);
        // The answer is what costs: the workspace's states (up to the welcome's bound), for a one-byte question.
        if (!this.spendPresence(reply.byteLength)) return this.close(CloseCode.policyViolation, PRESENCE_TOO_FAST);
        return this.send(reply);
      }
    }
  }

  /**
   * Issue 15: a viewer could overwrite a colleague's presence. Ninth hostile pass: one link's
   * connections each announced eight presences and crowded real colleagues out of the 50 the
   * browser lists. A connection now speaks for one awareness client, the first it announces
   * itself (a state, not a departure, for a client nobody speaks for, newer than the workspace's
   * clock for it: a browser's own on connecting); every entry for another client is dropped. The
   * stock client relays every state it hears, so those are dropped, not punished.
   */
  private applyAwareness(workspace: LoadedWorkspace, entries: readonly AwarenessEntry[]): void {
    let client: number | undefined = this.awarenessClients.values().next().value;
    const own: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (client === undefined && entry.stateJson !== 'null' && workspace.awarenessOwnerFree(entry.client, this.options.presenceOwner) && workspace.awarenessClockIsNew(entry.client, entry.clock)) {
        client = entry.client;
      }
      if (entry.client === client) own.push(entry);
    }
    this.droppedPresence += entries.length - own.length;
    const bytes = entryBytes(own);
    // Others' states were parsed to be dropped: they count against what the server sent this connection.
    if (!this.echoes.spend(entryBytes(entries) - bytes)) return this.close(CloseCode.policyViolation, PRESENCE_ECHOED_TOO_FAST);
    if (own.length === 0 || client === undefined) return;
    // The states this connection sets count against its presence budget.
    if (!this.spendPresence(bytes)) return this.close(CloseCode.policyViolation, PRESENCE_TOO_FAST);
    // Claimed here, not from the awareness' `added`: a client the workspace saw before (a
    // reconnecting tab) comes back as `updated`, and was then owned by nobody.
    this.awarenessClients.add(client);
    workspace.claimAwareness(client, this.options.presenceOwner);
    try {
      const applied = this.role === 'viewer' ? own.map(asViewerPresence) : own;
      awarenessProtocol.applyAwarenessUpdate(workspace.awareness, encodeAwarenessEntries(applied), this);
    } catch {
      this.close(CloseCode.invalidPayload, 'malformed awareness update');
    }
  }

  /** Spends from this connection's presence budget and its token's, or from neither. */
  private spendPresence(bytes: number): boolean {
    if (!this.presence.spend(bytes)) return false;
    return this.options.tokenPresenceBudget.spend(bytes);
  }

  private closedBy(code: number, reason: string): void {
    if (this.closed) return;
    const workspace = this.workspace;
    this.finish();
    // The presence clocks the workspace keeps once this connection's have gone: bounded (LoadedWorkspace.ts).
    const presenceClocks = workspace?.presenceClocks;
    // The client's own reason is not written, only its length: it may quote a token in pieces.
    this.log('sync.closed', { code, reasonBytes: Buffer.byteLength(reason) || undefined, droppedViewerUpdates: this.droppedUpdates || undefined, droppedPresence: this.droppedPresence || undefined, presenceClocks });
  }

  /** The ws library closes the socket itself after an error (1009 for a frame over maxPayload). */
  private failed(error: Error): void {
    if (this.closed) return;
    const tooBig = 'code' in error && error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
    this.log('sync.closing', { code: tooBig ? CloseCode.messageTooBig : undefined, reason: errorText(error) });
    this.finish();
  }

  private finish(): void {
    this.closed = true;
    this.queue = null;
    this.workspace?.detach(this);
    this.workspace = null;
    this.options.onClosed(this);
  }

  private log(event: string, fields: Record<string, string | number | undefined>): void {
    logEvent(event, { workspace: this.options.workspaceId, conn: this.options.connectionId, role: this.role, ...fields });
  }
}

function entryBytes(entries: readonly AwarenessEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.stateJson.length + AWARENESS_ENTRY_OVERHEAD, 0);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
