/**
 * Issue 15, problem 5: two servers on one DATA_DIR started without a word, and after both
 * compacted, edits one of them had broadcast were gone. A second server now refuses to start.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';

/** Runs a second server process on `dataDir` to its exit; resolves with its exit code and output. */
function secondServer(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', CLIENT_BUILD: 'skip', DATA_DIR: dataDir, ADMIN_TOKEN: 'a-second-admin-token-1234' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // A server that did start must not outlive the test.
  const started = setInterval(() => {
    if (/Fremskriv listening on/.test(output)) child.kill('SIGTERM');
  }, 50);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearInterval(started);
      resolve({ code, output });
    }),
  );
}

describe('one server per DATA_DIR (issue 15, problem 5)', () => {
  describe('while a server runs', () => {
    const first = serverForTests();

    it('a second server on the same DATA_DIR refuses to start with a clear message and exit code 3; the first keeps serving', async () => {
      const second = await secondServer(first.dataDir);
      expect(second.code).toBe(3);
      expect(second.output).toContain(`fremskriv: DATA_DIR ${first.dataDir} is in use by another Fremskriv server (pid ${first.pid})`);
      expect(second.output).not.toMatch(/Fremskriv listening on/);
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    });
  });

  describe('after a server is killed', () => {
    const server = serverForTests();

    it('after a crash (kill -9) the stale lock is taken over: the next start succeeds', async () => {
      await server.kill9();
      await server.restart();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      // And once that server stops cleanly, nothing of the lock stays behind to block the next one.
      await server.sigterm();
      await server.restart();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });
});
