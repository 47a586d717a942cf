/**
 * A worker thread: runs one job at a time as the pool sends them (server/work/WorkPool.ts) and
 * answers each with its result, a refusal, or a failure. Memory and time limits are the pool's:
 * it terminates a thread that exceeds them.
 */
import { parentPort } from 'node:worker_threads';
import { runWorkJob, WorkRefusal, type WorkJob } from './workJobs.js';

export type WorkerReply =
  | { id: number; ok: true; answer: unknown }
  | { id: number; ok: false; refused?: { status: number; message: string }; failed?: string };

if (!parentPort) throw new Error('workerMain runs in a worker thread');
const port = parentPort;

port.on('message', (message: { id: number; job: WorkJob }) => {
  void runWorkJob(message.job).then(
    (answer) => port.postMessage({ id: message.id, ok: true, answer } satisfies WorkerReply),
    (error: unknown) => {
      const reply: WorkerReply =
        error instanceof WorkRefusal
          ? { id: message.id, ok: false, refused: { status: error.status, message: error.message } }
          : { id: message.id, ok: false, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      port.postMessage(reply);
    },
  );
});
port.postMessage({ ready: true });
