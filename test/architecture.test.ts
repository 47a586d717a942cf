/**
 * The shape of the code base, enforced: models/ is the pure core (no DOM frameworks, no network,
 * no Node I/O), client/ and server/ build on it and never on each other, and no module imports
 * itself back through a cycle, not even through a type import (a type cycle still ties two modules
 * into one idea). The browser page never loads HyperFormula: only the engine worker does; the
 * entry's chunk, which paints the pre-screen, carries no format code renderer.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, resolveLocal, sourceFiles } from './support/sourceImports.js';

const ROOT = resolve(import.meta.dirname, '..');

const layers = ['models', 'server', 'client'].map((layer) => ({ layer, files: sourceFiles(join(ROOT, layer)) }));
const rel = (file: string): string => relative(ROOT, file);

/** Every cycle among `files`' imports (type imports included), each as `a → b → a`. */
function importCycles(files: string[]): string[] {
  const graph = new Map<string, string[]>();
  for (const file of files) graph.set(file, importsOf(file, { types: true }).flatMap((spec) => resolveLocal(file, spec) ?? []));
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → '));
      return;
    }
    state.set(file, 'visiting');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

/**
 * The modules `entry` loads (static value imports, and `import()` when `dynamic`) and each path by
 * which one imports a package `forbidden` names.
 */
function packagesReached(entry: string, { dynamic }: { dynamic: boolean }, forbidden: (spec: string) => boolean): { seen: number; offending: string[] } {
  const offending: string[] = [];
  const seen = new Set<string>();
  const queue: Array<{ file: string; via: string[] }> = [{ file: entry, via: [] }];
  while (queue.length > 0) {
    const { file, via } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file, { types: false, dynamic })) {
      // `?worker&url` is the worker's address, not its code.
      if (spec.includes('?worker')) continue;
      if (forbidden(spec)) offending.push([...via, file].map(rel).join(' → ') + ` imports ${spec}`);
      const target = resolveLocal(file, spec);
      if (target) queue.push({ file: target, via: [...via, file] });
    }
  }
  return { seen: seen.size, offending };
}

const FORBIDDEN_IN_MODELS = [/^node:/, /^(fs|path|http|https|net|child_process|os)$/, /^react/, /^ws$/, /^better-sqlite3$/, /^y-websocket$/, /^y-indexeddb$/, /^ag-grid/, /^chart\.js/];

describe('architecture', () => {
  it('models/ imports neither Node I/O, the network, nor UI frameworks', () => {
    const offending = layers[0]!.files.flatMap((file) =>
      importsOf(file, { types: true })
        .filter((spec) => FORBIDDEN_IN_MODELS.some((pattern) => pattern.test(spec)))
        .map((spec) => `${rel(file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('each layer imports only itself and models/ (client and server never import each other)', () => {
    const offending: string[] = [];
    for (const { layer, files } of layers) {
      const allowed = new Set([layer, 'models']);
      for (const file of files) {
        for (const spec of importsOf(file, { types: true })) {
          const target = resolveLocal(file, spec);
          if (!target) continue;
          const targetLayer = rel(target).split('/')[0]!;
          if (!allowed.has(targetLayer)) offending.push(`${rel(file)} imports ${rel(target)}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('no module imports itself back through a cycle, type imports included', () => {
    expect(importCycles(layers.flatMap(({ files }) => files))).toEqual([]);
  });

  it('the cycle check finds a cycle made only of type imports (a fixture of two modules)', () => {
    const fixture = sourceFiles(join(ROOT, 'test/architecture-fixtures/typeCycle')).sort();
    expect(fixture).toHaveLength(3);
    expect(importCycles(fixture)).toEqual(['test/architecture-fixtures/typeCycle/sheetCommands.ts → test/architecture-fixtures/typeCycle/sheetView.ts → test/architecture-fixtures/typeCycle/sheetCommands.ts']);
  });

  it('the page reaches HyperFormula only through the engine worker (its language dictionary aside)', () => {
    const { seen, offending } = packagesReached(join(ROOT, 'client/src/main.tsx'), { dynamic: true }, (spec) => /^hyperformula(\/|$)/.test(spec) && spec !== 'hyperformula/i18n/languages/daDK');
    expect(seen).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });

  it("the entry's chunk carries no format code renderer (numfmt): the pre-screen fits the server's texts without it, and it loads with the page's chunks", () => {
    const { seen, offending } = packagesReached(join(ROOT, 'client/src/main.tsx'), { dynamic: false }, (spec) => /^numfmt(\/|$)/.test(spec));
    expect(seen).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });

  it('the client reads the document through models/workbook/workbookReader.ts, never the schema module (type imports count)', () => {
    const schema = join(ROOT, 'models/workbook/workbookSchema.ts');
    const offending = layers[2]!.files.filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)].some(
        (m) => resolveLocal(file, m[1]!) === schema,
      ),
    );
    expect(offending.map(rel)).toEqual([]);
  });
});
