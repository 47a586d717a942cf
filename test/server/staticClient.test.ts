import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';

const dirs: string[] = [];

afterAll(() => {
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

/** A server for the tests of the `describe` block, serving the client build `files`. */
function serve(files: Record<string, string>, env: Record<string, string> = {}): RunningServer {
  return serverForTests(() => ({ env: { CLIENT_DIST_DIR: distDir(files), ...env } }));
}

describe('serving the client', () => {
  describe('a build', () => {
    const server = serve({ 'index.html': '<!doctype html><title>Fremskriv</title>', 'assets/index-AbC123.js': 'console.log(1)', 'assets/index-AbC123.css': 'body{}', 'favicon.svg': '<svg/>' });

    it('/ and /w/<id> get index.html, revalidated; hashed assets are cached forever with their content type', async () => {
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
  });

  describe('no build', () => {
    const server = serve({});

    it('without a build, / answers 503 with a page saying how to build', async () => {
      const response = await fetch(`${server.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });

  describe('a build with source maps', () => {
    const files = { 'index.html': '<!doctype html>', 'assets/index-AbC123.js': 'x\n//# sourceMappingURL=index-AbC123.js.map', 'assets/index-AbC123.js.map': '{"version":3}' };
    const production = serve(files);
    const debugging = serve(files, { SERVE_SOURCE_MAPS: 'true' });

    it('source maps are not served unless SERVE_SOURCE_MAPS=true (issue 15: they hand out the source)', async () => {
      expect((await fetch(`${production.url}/assets/index-AbC123.js`)).status).toBe(200);
      expect((await fetch(`${production.url}/assets/index-AbC123.js.map`)).status).toBe(404);
      // The same file spelled with percent-escapes (the path is decoded before the file is opened).
      for (const spelled of ['index-AbC123.js%2emap', 'index-AbC123.js%2Emap', 'index-AbC123.js.m%61p', 'index-AbC123.js.MAP']) {
        expect((await fetch(`${production.url}/assets/${spelled}`)).status, spelled).toBe(404);
      }
      const map = await fetch(`${debugging.url}/assets/index-AbC123.js.map`);
      expect(map.status).toBe(200);
      expect(await map.text()).toBe('{"version":3}');
    });
  });
});
