/** Every text the client shows exists in Danish and in English. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const daKeys = new Set(keys(da));
const enKeys = new Set(keys(en));
/** A key used with a count resolves to its _one/_other forms. */
const known = (set: Set<string>, key: string): boolean => set.has(key) || set.has(`${key}_other`);

describe('translations', () => {
  it('Danish and English have the same keys', () => {
    expect([...daKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !daKeys.has(k))).toEqual([]);
  });

  it('every literal key the client uses exists in both languages', () => {
    const used = new Set<string>();
    for (const file of sources(join(import.meta.dirname, '../../client/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(?:t|tell)\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !known(daKeys, key) || !known(enKeys, key))).toEqual([]);
  });

  it('the accessible names others rely on are as agreed', () => {
    expect([da.formulaBar.label, en.formulaBar.label]).toEqual(['Formel', 'Formula']);
    expect([da.scenario.label, en.scenario.label]).toEqual(['Scenarie', 'Scenario']);
  });
});
