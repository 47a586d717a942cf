import { describe, expect, it } from 'vitest';
import { MAX_VERSION_NAME, versionNameAround } from '../../models/api/versionNames.js';

const beforeRestore = (name: string): string => `Før gendannelse af »${name}«`;

describe('a version name made around another version’s name', () => {
  it('keeps a name that fits as it is', () => {
    expect(versionNameAround(beforeRestore, 'Budget 2025')).toBe('Før gendannelse af »Budget 2025«');
  });

  it('shortens the inner name with an ellipsis so the whole is 200 characters', () => {
    const name = versionNameAround(beforeRestore, 'x'.repeat(MAX_VERSION_NAME));
    expect(name).toHaveLength(MAX_VERSION_NAME);
    expect(name).toMatch(/^Før gendannelse af »x+…«$/);
  });

  it('never cuts a letter outside the Basic Multilingual Plane in half', () => {
    const inner = '😀'.repeat(MAX_VERSION_NAME);
    const name = versionNameAround(beforeRestore, inner);
    expect(name.length).toBeLessThanOrEqual(MAX_VERSION_NAME);
    expect(name).toMatch(/^Før gendannelse af »(😀)+…«$/u);
  });
});
