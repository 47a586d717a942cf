/**
 * Looks inside the server process without changing the server: it is started with
 * `NODE_OPTIONS=--inspect=127.0.0.1:0` (no session is attached while it works, so the inspector
 * costs nothing measurable), and the benchmark attaches over the DevTools protocol to
 * - read the JavaScript heap after two forced full collections (`readServerHeap`), and
 * - record a CPU profile of one phase (`profileServer`, with `npm run bench -- --profile`),
 *   written as a .cpuprofile that Chrome DevTools opens.
 */
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import type { RunningServer } from '../test/harness/serverHarness.js';

export const INSPECT_NODE_OPTION = '--inspect=127.0.0.1:0';

const INSPECTOR_LINE = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/;

interface Session {
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): void;
}

async function attach(server: RunningServer): Promise<Session> {
  const url = INSPECTOR_LINE.exec(server.output())?.[1];
  if (!url) throw new Error(`the server was not started with ${INSPECT_NODE_OPTION} (no inspector line in its output)`);
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1024 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(message.error.message));
    else waiter?.resolve(message.result);
  });
  socket.on('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('the inspector session closed'));
    pending.clear();
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

export interface HeapReading {
  usedBytes: number;
  totalBytes: number;
}

/** The heap in use after full garbage collection, in bytes. */
export async function readServerHeap(server: RunningServer): Promise<HeapReading> {
  const session = await attach(server);
  try {
    await session.call('HeapProfiler.collectGarbage');
    await session.call('HeapProfiler.collectGarbage');
    const usage = (await session.call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  } finally {
    session.close();
  }
}

/** Starts sampling the server's CPU; `stop()` writes the profile to `file`. */
export async function profileServer(server: RunningServer, file: string): Promise<{ stop(): Promise<void> }> {
  const session = await attach(server);
  await session.call('Profiler.enable');
  await session.call('Profiler.setSamplingInterval', { interval: 500 });
  await session.call('Profiler.start');
  return {
    async stop() {
      try {
        const { profile } = (await session.call('Profiler.stop')) as { profile: unknown };
        writeFileSync(file, JSON.stringify(profile));
      } finally {
        session.close();
      }
    },
  };
}
