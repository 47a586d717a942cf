import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../harness/serverHarness.js';

const dirs: string[] = [];
const servers: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function distDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fremskriv-dist-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function serve(dir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startServer({ env: { CLIENT_DIST_DIR: dir, ...env } });
  servers.push(server);
  return server;
}

describe('serving the client', () => {
  it('/ and /w/<id> get index.html, revalidated; hashed assets are cached forever with their content type', async () => {
    const server = await serve(distDir({ 'index.html': '<!doctype html><title>Fremskriv</title>', 'assets/index-AbC123.js': 'console.log(1)', 'assets/index-AbC123.css': 'body{}', 'favicon.svg': '<svg/>' }));
    for (const path of ['/', '/w/AAAAAAAAAAAAAAAA']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Fremskriv</title>');
    }
    const script = await fetch(`${server.url}/assets/index-AbC123.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    expect((await fetch(`${server.url}/assets/index-AbC123.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('without a build, / answers 503 with a page saying how to build', async () => {
    const server = await serve(distDir({}));
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('source maps are not served unless SERVE_SOURCE_MAPS=true (issue 15: they hand out the source)', async () => {
    const files = { 'index.html': '<!doctype html>', 'assets/index-AbC123.js': 'x\n//# sourceMappingURL=index-AbC123.js.map', 'assets/index-AbC123.js.map': '{"version":3}' };
    const production = await serve(distDir(files));
    expect((await fetch(`${production.url}/assets/index-AbC123.js`)).status).toBe(200);
    expect((await fetch(`${production.url}/assets/index-AbC123.js.map`)).status).toBe(404);
    // The same file spelled with percent-escapes (the path is decoded before the file is opened).
    for (const spelled of ['index-AbC123.js%2emap', 'index-AbC123.js%2Emap', 'index-AbC123.js.m%61p', 'index-AbC123.js.MAP']) {
      expect((await fetch(`${production.url}/assets/${spelled}`)).status, spelled).toBe(404);
    }
    const debugging = await serve(distDir(files), { SERVE_SOURCE_MAPS: 'true' });
    const map = await fetch(`${debugging.url}/assets/index-AbC123.js.map`);
    expect(map.status).toBe(200);
    expect(await map.text()).toBe('{"version":3}');
  }, 120_000);
});
