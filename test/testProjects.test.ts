/**
 * Every test file runs in exactly one Vitest project (test/testProjects.ts), so `npm test` runs
 * them all and `npm run test:unit` stays the fast loop: a file no project matches never runs (the
 * Jobindsats and goal-seek tests did not, before this check), and a unit test that starts a
 * server, a browser, LibreOffice or a process makes the fast loop slow.
 */
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { importsOf, resolveLocal, sourceFiles } from './support/sourceImports.js';
import { ALL_TESTS, BROWSER_TESTS, SERVER_TESTS } from './testProjects.js';

const ROOT = resolve(import.meta.dirname, '..');
const rel = (file: string): string => relative(ROOT, file).split(sep).join('/');
const testFiles = sourceFiles(resolve(ROOT, 'test')).map(rel).filter((file) => /\.(test|spec)\.tsx?$/.test(file));

const matches = (patterns: string[]) => picomatch(patterns);
const inAll = matches(ALL_TESTS);
const inServer = matches(SERVER_TESTS);
const inBrowser = matches(BROWSER_TESTS);

/** The projects that run a file, as vite.config.ts defines them (unit: all but server and browser). */
function projectsOf(file: string): string[] {
  const projects: string[] = [];
  if (inAll(file) && !inServer(file) && !inBrowser(file)) projects.push('unit');
  if (inServer(file)) projects.push('server');
  if (inBrowser(file)) projects.push('browser');
  return projects;
}

/** Imports that start something outside the test process. */
const SLOW_MODULES = [/^(node:)?child_process$/, /^playwright-core$/];
const SLOW_FILES = ['test/harness/serverHarness.ts', 'test/harness/browserHarness.ts', 'test/interchange/support/libreOffice.ts'];

/** The first chain of imports, through test/'s own modules, by which `file` reaches a slow import. */
function slowImport(file: string): string | null {
  const seen = new Set<string>();
  const queue: Array<{ path: string; via: string[] }> = [{ path: resolve(ROOT, file), via: [] }];
  while (queue.length > 0) {
    const { path, via } = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const chain = [...via, rel(path)];
    if (SLOW_FILES.includes(rel(path))) return chain.join(' → ');
    for (const spec of importsOf(path, { types: false })) {
      if (SLOW_MODULES.some((m) => m.test(spec))) return `${chain.join(' → ')} imports ${spec}`;
      const target = resolveLocal(path, spec);
      if (target && rel(target).startsWith('test/')) queue.push({ path: target, via: chain });
    }
  }
  return null;
}

describe('test projects', () => {
  it('every test file runs in exactly one project', () => {
    expect(testFiles.length).toBeGreaterThan(90);
    const misplaced = testFiles.map((file) => ({ file, projects: projectsOf(file) })).filter(({ projects }) => projects.length !== 1);
    expect(misplaced).toEqual([]);
  });

  it('each server or browser entry names a test file that exists', () => {
    const stale = [...SERVER_TESTS, ...BROWSER_TESTS].filter((pattern) => {
      const matcher = picomatch(pattern);
      return !testFiles.some((file) => matcher(file));
    });
    expect(stale).toEqual([]);
  });

  it('a unit test starts no server, browser, LibreOffice or other process', () => {
    const slow = testFiles.filter((file) => projectsOf(file)[0] === 'unit').flatMap((file) => slowImport(file) ?? []);
    expect(slow).toEqual([]);
  });
});
