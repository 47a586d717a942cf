/**
 * The refusals a planner meets in the actuals dialogs are explained in Danish and English. The
 * messages come from the real readers and pivot (models/actuals/), so a changed wording there
 * fails here instead of silently falling back to the raw English text.
 */
import { describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import { actualsErrorText } from '../../client/src/importExport/actualsErrors.js';
import { previewLines, shortList } from '../../client/src/importExport/actualsPreview.js';
import type { ActualsChanges } from '../../models/actuals/actualsChanges.js';
import { pivotActuals } from '../../models/actuals/actualsPivot.js';
import { readJobindsatsFile } from '../../models/actuals/jobindsatsReaders.js';
import { asV2Json, ptva02, WRONG_KEY_ANSWER } from '../support/jobindsatsFixtures.js';
import { JobindsatsFetches } from '../../server/http/jobindsatsFetches.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

function translated(key: string): { da: unknown; en: unknown } {
  const at = (tree: object): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return { da: at(da), en: at(en) };
}

describe('actuals refusals as a planner reads them', () => {
  it('an unknown measure names the measure asked for and the ones the table has', async () => {
    const table = await readJobindsatsFile(bytes(asV2Json(ptva02())), 'ptva02.json');
    const message = await refusal(() => pivotActuals(table, { measure: 'Antal borgere', filters: { Ydelsesgrupper: 'Fleksjob' } }));
    expect(actualsErrorText(400, message)).toEqual({ key: 'actuals.errors.unknownMeasure', values: { measure: 'Antal borgere', known: '"Antal personer", "Antal fuldtidspersoner"' } });
  });

  it('an unknown filter value names the dimension and its values', async () => {
    const table = await readJobindsatsFile(bytes(asV2Json(ptva02())), 'ptva02.json');
    const message = await refusal(() => pivotActuals(table, { measure: 'Antal personer', filters: { Ydelsesgrupper: 'Efterløn' } }));
    expect(actualsErrorText(400, message)).toMatchObject({ key: 'actuals.errors.unknownValue', values: { value: 'Efterløn', dimension: 'Ydelsesgrupper' } });
  });

  it.each([
    ['a spreadsheet of something else', '{"sales": [1, 2, 3]}', 'budget.json'],
    ['a CSV without a period column', 'Område;Antal personer\nRoskilde;12\n', 'liste.csv'],
    ['text that is not JSON', '{ not json', 'ptva02.json'],
  ])('a wrong file (%s) is explained as a wrong file, naming it', async (_, content, name) => {
    const message = await refusal(() => readJobindsatsFile(bytes(content), name));
    // The server puts the file's name before the reader's words (actualsHandlers.readTable).
    expect(actualsErrorText(400, `${name}: ${message}`)).toEqual({ key: 'actuals.errors.wrongFile', values: { file: name, detail: message } });
  });

  it("a file holding Jobindsats' wrong-key answer is the wrong-key explanation", async () => {
    const message = await refusal(() => readJobindsatsFile(bytes(WRONG_KEY_ANSWER), 'ptva02.json'));
    expect(actualsErrorText(400, `ptva02.json: ${message}`).key).toBe('actuals.errors.wrongKey');
  });

  it.each([
    [400, 'this server has no Jobindsats API key (JOBINDSATS_API_KEY): upload the file instead', 'actuals.errors.noApiKey'],
    [400, 'the sheet "Plan" has no data link: import it from Jobindsats first', 'actuals.errors.noLink'],
    [400, 'the sheet "Jobindsats" has its rows by Område, these figures by Ydelsesgrupper: send mode "replace" to start the sheet over, or choose another sheet', 'actuals.errors.otherTable'],
    [400, 'the sheet "Jobindsats" holds Antal personer for another choice than these figures (Antal fuldtidspersoner): send mode "replace" to start the sheet over, or choose another sheet', 'actuals.errors.otherTable'],
    [400, 'table is required to fetch from Jobindsats (e.g. "ptv_a02")', 'actuals.errors.noTable'],
    [413, 'the request body is larger than 10 MiB', 'actuals.errors.tooLarge'],
    [413, 'the workspace would take 2.3 MB; a workspace may take at most 2.1 MB (about 56,000 cells of numbers)', 'actuals.errors.workspaceFull'],
    [403, 'forbidden', 'actuals.errors.notAllowed'],
    [0, 'network', 'actuals.errors.network'],
    [500, 'internal error', 'actuals.errors.other'],
  ])('status %i "%s" is %s', (status, message, key) => {
    expect(actualsErrorText(status, message).key).toBe(key);
  });

  it('every explanation exists in Danish and English, with the same placeholders', () => {
    const keys = ['noApiKey', 'wrongKey', 'noTable', 'unreachable', 'unknownMeasure', 'unknownValue', 'unknownDimension', 'severalValues', 'otherTable', 'noLink', 'workspaceFull', 'tooLarge', 'notAllowed', 'network', 'wrongFile', 'wrongData', 'other'];
    for (const key of keys) {
      const { da: danish, en: english } = translated(`actuals.errors.${key}`);
      expect(typeof danish, key).toBe('string');
      const placeholders = (s: unknown): string[] => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
      expect(placeholders(danish), key).toEqual(placeholders(english));
    }
  });
});

describe('too many Jobindsats fetches, as a planner reads it', () => {
  it("the workspace's fetch limit says how many a minute and when to try again, in Danish and English", async () => {
    // The server's own refusal: an unreachable API still counts the first fetch, so the second is past one a minute.
    const fetches = new JobindsatsFetches({ url: 'http://127.0.0.1:9', key: 'k', timeoutMs: 5_000 }, 1);
    await fetches.fetch('w1', 'ptv_a02', '*').catch(() => undefined);
    const message = await refusal(() => fetches.fetch('w1', 'ptv_a02', '*'));
    const explained = actualsErrorText(429, message);
    expect(explained.key).toBe('actuals.errors.fetchRate');
    expect(explained.values.perMinute).toBe('1');
    expect(Number(explained.values.seconds)).toBeGreaterThan(0);
    expect(translated(explained.key).da).toMatch(/Prøv igen om \{\{seconds\}\} sekunder/);
    expect(translated(explained.key).en).toMatch(/Try again in \{\{seconds\}\} seconds/);
  });

  it("another 429 (a token's requests at once) is explained as the server being busy, its words kept", () => {
    const message = 'this token is already sending 64 MB of uploads (at most 64 MB at a time); wait for them to finish';
    expect(actualsErrorText(429, message)).toEqual({ key: 'actuals.errors.busy', values: { detail: message } });
  });
});

describe('the preview of what an import changes', () => {
  const none: ActualsChanges = { created: false, addedPeriods: [], updatedPeriods: [], removedPeriods: [], addedRows: [], updatedRows: [], removedRows: [], changedFigures: 0 };
  const echo = (key: string, values: Record<string, string | number>): string => `${key}${JSON.stringify(values)}`;

  it('the same figures again say that nothing changes', () => {
    expect(previewLines(none, echo)).toEqual([{ key: 'actuals.changes.none', values: {} }]);
  });

  it('a new month and a revised month are named, then the number of figures', () => {
    const lines = previewLines({ ...none, addedPeriods: ['2023-07'], updatedPeriods: ['2023-06'], updatedRows: ['Roskilde'], changedFigures: 6 }, echo);
    expect(lines).toEqual([
      { key: 'actuals.changes.addedPeriods', values: { list: '2023-07' } },
      { key: 'actuals.changes.updatedPeriods', values: { list: '2023-06' } },
      { key: 'actuals.changes.updatedRows', values: { list: 'Roskilde' } },
      { key: 'actuals.changes.figures', values: { count: 6 } },
    ]);
  });

  it('98 new municipalities are cut short with the count', () => {
    const rows = Array.from({ length: 98 }, (_, i) => `Kommune ${i + 1}`);
    expect(shortList(rows)).toEqual({ key: 'actuals.changes.more', values: { shown: rows.slice(0, 8).join(', '), count: 98 } });
    expect(shortList(rows.slice(0, 3))).toBe('Kommune 1, Kommune 2, Kommune 3');
  });
});
