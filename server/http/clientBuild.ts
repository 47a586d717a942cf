/**
 * Builds client/dist with Vite before the server listens, when the build is missing or older than
 * any source it is made from (client/, models/, vite.config.ts, package.json). CLIENT_BUILD=skip
 * never builds (server-only tests); `/` then answers 503 until a build exists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverErrorText, logEvent } from '../log/log.js';

const IGNORED = new Set(['dist', 'node_modules', '.vite']);

/** The newest modification time (ms) of any file under `path`. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (IGNORED.has(entry.name) || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

export function clientDistDir(repoRoot: string): string {
  return join(repoRoot, 'client', 'dist');
}

/** Why the build is needed, or null when it is current. */
export function clientBuildReason(repoRoot: string): string | null {
  const index = join(clientDistDir(repoRoot), 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  const sources = ['client', 'models', 'vite.config.ts', 'package.json'].map((part) => newestMtime(join(repoRoot, part)));
  return Math.max(...sources) > built ? 'stale' : null;
}

/** Builds when needed (mode 'auto'). A failed build is logged; the server still starts. */
export async function ensureClientBuild(repoRoot: string, mode: 'auto' | 'skip'): Promise<void> {
  const reason = clientBuildReason(repoRoot);
  if (reason === null) return;
  if (mode === 'skip') {
    logEvent('client.build.skipped', { reason, because: 'CLIENT_BUILD=skip' });
    return;
  }
  if (!existsSync(join(repoRoot, 'client', 'index.html'))) {
    logEvent('client.build.skipped', { reason, because: 'client/index.html does not exist' }, 'err');
    return;
  }
  const started = performance.now();
  logEvent('client.build.started', { reason });
  // Always a production build: a server started from a test runner inherits NODE_ENV=test, which
  // would otherwise give React's development build, and later starts would keep serving it.
  const nodeEnv = process.env.NODE_ENV;
  try {
    process.env.NODE_ENV = 'production';
    const vite = await import('vite');
    await vite.build({ configFile: join(repoRoot, 'vite.config.ts'), root: join(repoRoot, 'client'), mode: 'production', logLevel: 'warn' });
    logEvent('client.build.finished', { ms: Math.round(performance.now() - started) });
  } catch (error) {
    logEvent('client.build.failed', { error: serverErrorText(error) }, 'err');
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
