/**
 * Reading a source file's imports without a compiler, for the tests that check the code's shape
 * (architecture.test.ts, testProjects.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx)$/;

/** Every .ts/.tsx file under `dir` (node_modules and dist skipped). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : SOURCE.test(name) ? [path] : [];
  });
}

/**
 * What `file` imports. `types` counts `import type` too: it vanishes at run time (so it never loads
 * code, which is what the HyperFormula check asks) but still ties the two modules together (which
 * is what the cycle check asks). `dynamic` (default true) counts `import()` too: false reads only
 * what loads with the module itself (what the entry's chunk carries).
 */
export function importsOf(file: string, { types, dynamic = true }: { types: boolean; dynamic?: boolean }): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const statement = types ? /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g : /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(statement)) found.push(m[1]!);
  if (dynamic) for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** A relative import → the project file it names (`.js` written for `.ts`). */
export function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}
