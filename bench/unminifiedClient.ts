/**
 * For the profiling scripts (firstViewProfile.ts, largeSheetProfile.ts): the client built
 * unminified, so that a V8 profile names our functions, and a profile frame's readable name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/harness/serverHarness.js';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Builds the client unminified into a fresh directory (the caller removes it). */
export function buildUnminified(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fremskriv-profile-client-'));
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr}`);
  return dir;
}

/** `paint CellView.js:52`: the function, its chunk (hash dropped) and line. */
export const frameName = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '.js');
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
};
