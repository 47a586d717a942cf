/**
 * The event loop's side of the version writer thread (versionWriterThread.ts): sends it a save or
 * a delete and resolves once it is durable. Requests run in the order they were sent. A thread
 * that ends (a crash) fails what it was doing and is started again, so that versions and the main
 * file's checkpoints go on; a version whose save failed was never answered 201.
 */
import { Worker } from 'node:worker_threads';
import type { VersionInfo } from './WorkspaceStore.js';
import type { VersionWriterAnswers, VersionWriterReply, VersionWriterRequest } from './versionWriterThread.js';

/** The thread would not do what was asked (a version that is no workbook); the message says why. */
export class VersionRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VersionRefusal';
  }
}

const BOOTSTRAP = new URL('./versionWriterBootstrap.mjs', import.meta.url);

type Request = VersionWriterRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

export class VersionWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly setup: { mainFile: string; versionsFile: string; synchronous: 'full' | 'normal' }) {
    this.start();
  }

  save(workspaceId: string, version: VersionInfo, maxTotalBytes: number, state: Uint8Array | null): Promise<VersionWriterAnswers['save']> {
    return this.send({ kind: 'save', workspaceId, version, maxTotalBytes, state }) as Promise<VersionWriterAnswers['save']>;
  }

  delete(workspaceId: string, versionId: string): Promise<VersionWriterAnswers['delete']> {
    return this.send({ kind: 'delete', workspaceId, versionId }) as Promise<VersionWriterAnswers['delete']>;
  }

  restoreUpdate(workspaceId: string, fromVersionId: string, toVersionId: string, origin: string): Promise<VersionWriterAnswers['restore']> {
    return this.send({ kind: 'restore', workspaceId, fromVersionId, toVersionId, origin }) as Promise<VersionWriterAnswers['restore']>;
  }

  /** Lets the thread finish what it was sent, close its connections (checkpointing), then ends it. */
  async close(): Promise<void> {
    if (this.closed) return;
    const worker = this.worker;
    try {
      if (worker) await this.send({ kind: 'close' });
    } finally {
      this.closed = true;
      this.worker = null;
      await worker?.terminate();
    }
  }

  private send(request: Request): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    const worker = new Worker(BOOTSTRAP, { workerData: this.setup, env: {}, stdout: false, stderr: false });
    // Idle, the thread must not keep the process (or a test) alive; pending requests hold the caller anyway.
    worker.unref();
    let ready = false;
    worker.on('message', (reply: VersionWriterReply | { ready: true }) => {
      if (!('id' in reply)) {
        ready = true;
        return;
      }
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) pending?.resolve(reply.answer);
      else pending?.reject(reply.refused !== undefined ? new VersionRefusal(reply.refused) : new Error(`the version writer failed: ${reply.failed}`));
    });
    worker.on('error', (error) => this.ended(worker, error, ready));
    worker.on('exit', () => this.ended(worker, new Error('the version writer thread ended'), ready));
    this.worker = worker;
    return worker;
  }

  /** A thread that never got ready (its files cannot be opened) is started again only by the next request, not in a loop. */
  private ended(worker: Worker, reason: unknown, wasReady: boolean): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
    if (!this.closed && wasReady) this.start();
  }
}
