import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientBuildReason, ensureClientBuild } from '../../server/http/clientBuild.js';

const root = mkdtempSync(join(tmpdir(), 'fremskriv-build-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

describe('building the client before serving it', () => {
  it('builds when the build is missing, not when it is current, and again when a source is newer', async () => {
    write('package.json', '{ "type": "module" }\n');
    write('vite.config.ts', "export default { root: 'client', logLevel: 'silent', build: { outDir: 'dist', emptyOutDir: true } };\n");
    write('client/index.html', '<!doctype html><title>Fremskriv</title><script type="module" src="./src/main.js"></script>\n');
    write('client/src/main.js', "document.title = 'built';\n");
    write('models/model.ts', 'export {};\n');
    expect(clientBuildReason(root)).toBe('missing');

    await ensureClientBuild(root, 'skip');
    expect(existsSync(join(root, 'client/dist/index.html'))).toBe(false);

    await ensureClientBuild(root, 'auto');
    expect(existsSync(join(root, 'client/dist/index.html'))).toBe(true);
    expect(clientBuildReason(root)).toBeNull();

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'models/model.ts'), later, later);
    expect(clientBuildReason(root)).toBe('stale');
  }, 60_000);
});
