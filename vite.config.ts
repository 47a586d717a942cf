/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ALL_TESTS, BROWSER_TESTS, SERVER_TESTS } from './test/testProjects.js';
import { agGridPatches } from './client/build/agGridPatches.js';

const SERVER_BUNDLE = 'test/harness/serverBundle.ts';

// The client lives in client/; the server serves client/dist (see server/http/staticFiles.ts).
export default defineConfig({
  root: 'client',
  // AG Grid's scroll work, patched where no option reaches it (issue 17; client/build/agGridPatches.ts).
  plugins: [react(), agGridPatches()],
  optimizeDeps: { rolldownOptions: { plugins: [agGridPatches()] } },
  // `npx vite` for client development: API and sync go to a server started with `npm start`.
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/healthz': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  // The scenario engine worker (client/src/engines) is a module worker.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    root: '.',
    // CI runs every server and browser file on a busy 2-core machine (one file at a time: Vitest's
    // default of one worker per core but one), where a server test's exports, imports and engine builds took
    // 30-45 s that take 5-15 s alone; a time limit is a bound for a hung test, never a speed
    // assertion (speed is `npm run bench`'s). Polls inside a test (waitFor) end well before it.
    testTimeout: 120_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/vitest-results.json' },
    hookTimeout: 180_000,
    // expect.poll's own default gives up after 1 s: a bound for a condition that never comes true,
    // which a page on the busy CI machine can take longer than that to reach (the large sheet's
    // first values took over a second at load 17).
    expect: { poll: { timeout: 30_000 } },
    // Three projects, so that the fast loop runs alone: `npm run test:unit` (models/ and the
    // client's pure logic, in-process), `test:server` (a real server, the CLIs, LibreOffice),
    // `test:browser` (real Chromium). `npm test` runs all three.
    projects: [
      // Unit files are in-process and CPU-bound and share no files, ports or timing: on 2 cores two
      // at a time (the default is one) took 30 of them from 84.5 s to 67 s at load 3-5. They run
      // first, as their own group (Vitest gives a group one worker count).
      {
        extends: true,
        test: {
          name: 'unit',
          include: ALL_TESTS,
          exclude: [...SERVER_TESTS, ...BROWSER_TESTS],
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      // A server or browser test's first export, import or page load starts a worker thread or a
      // page that loads the engine: 127 s for interchangeRest's first export at load average ~25.
      // Both start the server bundled once per run (test/harness/serverBundle.ts): a start took
      // about 5 s of CPU through tsx, 2 s bundled.
      { extends: true, test: { name: 'server', include: SERVER_TESTS, testTimeout: 300_000, globalSetup: [SERVER_BUNDLE], sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'browser', include: BROWSER_TESTS, testTimeout: 300_000, globalSetup: [SERVER_BUNDLE], sequence: { groupOrder: 1 } } },
    ],
  },
});
