/**
 * What every attack test asserts besides the refusal itself (issue 15's "done when"): `/healthz`
 * keeps answering within a second throughout, and an honest colleague on another workspace keeps
 * syncing and loses nothing.
 */
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { RunningServer } from '../../harness/serverHarness.js';
import { sheetOrderArray, sheetsMap, type SheetMap } from '../../../models/workbook/workbookSchema.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './syncClients.js';

const HEALTH_POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
let running = true, slowestMs = 0, polls = 0;
const failures = [];
parentPort.on('message', () => { running = false; });
function poll() {
  if (!running) return parentPort.postMessage({ slowestMs, failures, polls });
  const started = performance.now();
  const done = (failure) => {
    if (failure) failures.push(failure);
    slowestMs = Math.max(slowestMs, performance.now() - started);
    polls++;
    setTimeout(poll, 25);
  };
  // A fresh connection each time (agent: false): a keep-alive socket the server timed out would
  // fail the next request without saying anything about the server.
  const req = http.get(workerData.url + '/healthz', { agent: false, timeout: 5000 }, (res) => {
    res.resume();
    res.on('end', () => done(res.statusCode === 200 ? null : 'status ' + res.statusCode));
  });
  req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
  req.on('error', (error) => done(String(error)));
}
poll();
`;

/**
 * Polls /healthz back to back from a worker thread (its own event loop, so a busy test thread does
 * not count against the server) until stopped; reports the slowest answer and any failure.
 */
export function watchHealth(server: RunningServer): { stop(): Promise<{ slowestMs: number; failures: string[]; polls: number }> } {
  const worker = new Worker(HEALTH_POLLER, { eval: true, workerData: { url: server.url } });
  const result = new Promise<{ slowestMs: number; failures: string[]; polls: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      try {
        return await result;
      } finally {
        await worker.terminate();
      }
    },
  };
}

function cellsOf(doc: Y.Doc): Y.Map<unknown> {
  return (sheetsMap(doc).get(String(sheetOrderArray(doc).get(0))) as SheetMap).get('cells') as Y.Map<unknown>;
}

/**
 * A colleague typing into their own workspace (one new cell at a time, each seen by a second
 * client before the next) until `until` settles; then checks the second client holds every edit.
 */
export async function colleagueKeepsWorking(server: RunningServer, workspace: { id: string; editorToken: string }, until: Promise<unknown>): Promise<{ edits: number }> {
  const writer = connectClient(server, workspace.id, workspace.editorToken);
  const reader = connectClient(server, workspace.id, workspace.editorToken);
  try {
    await waitSynced(writer, reader);
    let done = false;
    void until.finally(() => (done = true));
    const tag = Math.random().toString(36).slice(2, 8);
    let edits = 0;
    // At least three edits, so an attack that settles at once still proves the colleague works.
    while (!done || edits < 3) {
      const key = `c${tag}${edits}:k`;
      cellsOf(writer.doc).set(key, edits);
      edits++;
      await waitFor(`the colleague's edit ${key} reached the other client`, () => cellsOf(reader.doc).get(key) === edits - 1, 30_000);
    }
    for (let i = 0; i < edits; i++) if (cellsOf(reader.doc).get(`c${tag}${i}:k`) !== i) throw new Error(`the colleague's edit ${i} was lost`);
    return { edits };
  } finally {
    destroyAll([writer, reader] as SyncClient[]);
  }
}

/**
 * Runs `attack` while /healthz is watched and a colleague keeps syncing on `colleagueOn` (another
 * workspace); fails when a /healthz poll got no 200 within the watcher's 5 s or the colleague lost
 * an edit. Returns what `attack` returned.
 */
export async function whileColleagueWorks<T>(server: RunningServer, colleagueOn: { id: string; editorToken: string }, attack: () => Promise<T>): Promise<T> {
  const health = watchHealth(server);
  let failures: string[] = [];
  try {
    const running = attack();
    const [result] = await Promise.all([running, colleagueKeepsWorking(server, colleagueOn, running.catch(() => undefined))]);
    return result;
  } finally {
    failures = (await health.stop()).failures;
    if (failures.length > 0) throw new Error(`/healthz failed during the attack: ${failures.join('; ')}`);
  }
}
