/** The rate of versions one workspace may keep (server/http/versionSaveRate.ts), on a given clock. */
import { describe, expect, it } from 'vitest';
import { VersionSaveRate } from '../../server/http/versionSaveRate.js';

const START = Date.parse('2026-12-03T09:00:00Z');

describe('versions kept per workspace per minute', () => {
  it.each([
    // saves (seconds after START), asked at (seconds), seconds until the next may be kept
    [[], 0, 0],
    [[0, 1, 2], 3, 0],
    [[0, 1, 2, 3], 4, 56],
    [[0, 1, 2, 3], 59.5, 1],
    [[0, 1, 2, 3], 60, 0],
    [[0, 10, 20, 30], 65, 0],
    [[10, 20, 30, 40], 65, 5],
  ])('with four a minute, saves at %j asked at %s s wait %s s', (saves, askedAt, wait) => {
    const rate = new VersionSaveRate(4);
    for (const at of saves) rate.record('ws', START + at * 1000);
    expect(rate.secondsUntilNext('ws', START + askedAt * 1000)).toBe(wait);
  });

  it('one workspace’s saves leave another’s alone', () => {
    const rate = new VersionSaveRate(1);
    rate.record('busy', START);
    expect(rate.secondsUntilNext('busy', START + 1000)).toBe(59);
    expect(rate.secondsUntilNext('quiet', START + 1000)).toBe(0);
  });

  it('forgets workspaces with no save in the last minute once it remembers many, and still counts the recent ones', () => {
    const rate = new VersionSaveRate(1);
    for (let i = 0; i < 1_000; i++) rate.record(`old${i}`, START);
    rate.record('recent', START + 30_000);
    rate.record('new', START + 61_000);
    expect(rate.secondsUntilNext('recent', START + 61_000)).toBe(29);
    expect(rate.secondsUntilNext('old0', START + 61_000)).toBe(0);
  });
});
