/**
 * The server the server and browser tests start, compiled once per run (a Vitest globalSetup of
 * those projects, vite.config.ts). `node --import tsx server/main.ts` compiles nothing after tsx's
 * cache is warm, but resolves and loads each of the server's ~300 modules through tsx's loader
 * thread, and again in the version writer thread and in each work thread it starts: about 5 s of
 * CPU a start against about 2 s for the same code as one file per thread, and the tests start the
 * server some 150 times on a 2-core machine.
 *
 * The bundle is the server's own source (server/, models/), compiled by esbuild as tsx compiles it
 * (tsx is esbuild with the same tsconfig.json); its packages load from node_modules as `npm start`
 * loads them. The three entries keep their places relative to each other, so what the server finds
 * by `import.meta.url` is where it is under `npm start`: the repository root (client/dist, the
 * client build's sources) one directory up, and the threads' entries `workerBootstrap.mjs` and
 * `versionWriterBootstrap.mjs` beside main.ts's. The harness (serverHarness.ts) starts the bundle
 * when SERVER_BUNDLE_ENV names it, and `node --import tsx server/main.ts` otherwise (the benchmarks,
 * a test file run outside these projects); test/server/dataDirLock.test.ts and rest.test.ts start
 * `npm start`'s command line themselves.
 *
 * A rerun in watch mode compiles again, so an edit to the server is in the next run.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, SERVER_BUNDLE_ENV } from './serverHarness.js';

/** One directory below the root, as server/ is. */
const BUNDLE_DIR = join(REPO_ROOT, 'test-artifacts');

/** Output name → source. The threads' names are the ones WorkPool.ts and VersionWriter.ts start. */
const ENTRIES = {
  'server-main': 'server/main.ts',
  workerBootstrap: 'server/work/workerMain.ts',
  versionWriterBootstrap: 'server/store/versionWriterThread.ts',
};

/** Compiles into a fresh directory, then renames each file into place (two projects may compile at once). */
async function compile(): Promise<string> {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const staging = mkdtempSync(join(BUNDLE_DIR, '.server-bundle-'));
  try {
    await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, join(REPO_ROOT, source)])),
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    for (const name of Object.keys(ENTRIES)) {
      for (const file of [`${name}.mjs`, `${name}.mjs.map`]) renameSync(join(staging, file), join(BUNDLE_DIR, file));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return join(BUNDLE_DIR, 'server-main.mjs');
}

export default async function setup(project: TestProject): Promise<void> {
  process.env[SERVER_BUNDLE_ENV] = await compile();
  project.onTestsRerun(async () => {
    process.env[SERVER_BUNDLE_ENV] = await compile();
  });
}
