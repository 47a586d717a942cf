/**
 * The real server for the tests of one file or `describe` block: started before them (port 0, a
 * fresh data directory), stopped after them, as `serverAndBrowser()` does for the browser tests.
 * The answer stands for the running server from the first test on (`server.url`,
 * `createWorkspace(server)`); see sharedForTests.ts.
 *
 * @example
 *   const server = serverForTests({ env: { MAX_BODY_BYTES: '1024' } });
 *   it('…', async () => { const workspace = await createWorkspace(server); … });
 *
 * `options` may be a function, called when the server starts: for an address known only after an
 * earlier `beforeAll` (a fake Jobindsats listening on port 0), or, async, for a server started on
 * what an earlier one left (its data directory, once that one is stopped):
 *
 * @example
 *   const first = serverForTests();
 *   const second = serverForTests(async () => { await first.sigterm(); return { dataDir: first.dataDir }; });
 *
 * A test that restarts or kills the server uses the answer's own `restart()`, `kill9()` and
 * `sigterm()`; the server is still stopped (and its data directory removed) after the tests.
 */
import { startServer, type RunningServer, type StartServerOptions } from './serverHarness.js';
import { sharedForTests } from './sharedForTests.js';

export interface ServerForTestsOptions extends StartServerOptions {
  /** How long the start may take. Default 180 s: a first start on a busy machine (the server itself has 120 s to say it is ready). */
  startTimeoutMs?: number;
}

export function serverForTests(options: ServerForTestsOptions | (() => StartServerOptions | Promise<StartServerOptions>) = {}): RunningServer {
  const timeoutMs = typeof options === 'function' ? undefined : options.startTimeoutMs;
  return sharedForTests('the server', async () => startServer(typeof options === 'function' ? await options() : options), {
    destroy: (server) => server.stop(),
    timeoutMs: timeoutMs ?? 180_000,
  });
}
