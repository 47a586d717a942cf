import { describe, expect, it } from 'vitest';
import { loadProfile, namedProfile, rememberNameAsked, saveProfile, shouldAskName, type UserProfile } from '../../client/src/session/userProfile.js';

/** localStorage as the browser keeps it, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const guest: UserProfile = { name: 'Gæst 7', colour: '#1971c2', named: false };

describe("asking for the planner's name once", () => {
  it('a planner who never gave a name is asked', () => {
    expect(shouldAskName(memoryStorage(), guest)).toBe(true);
  });

  it('"not now" is remembered: the planner is not asked again', () => {
    const storage = memoryStorage();
    rememberNameAsked(storage);
    expect(shouldAskName(storage, loadProfile(storage, 'Gæst 7', 7))).toBe(false);
  });

  it('a chosen name is kept and never asked for again', () => {
    const storage = memoryStorage();
    const named = namedProfile(guest, '  Anna Berg  ', () => 0);
    expect(named).toEqual({ name: 'Anna Berg', colour: '#f08c00', named: true });
    saveProfile(storage, named!);
    expect(shouldAskName(storage, loadProfile(storage, 'Gæst 7', 7))).toBe(false);
  });

  it('a blank name is no answer; a renamed planner keeps the colour colleagues know', () => {
    expect(namedProfile(guest, '   ')).toBeNull();
    expect(namedProfile({ name: 'Anna', colour: '#5f3dc4', named: true }, 'Anna B.')?.colour).toBe('#5f3dc4');
  });
});
