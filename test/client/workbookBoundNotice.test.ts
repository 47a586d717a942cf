/**
 * A planner's own edit past the workbook's bounds (models/workbook/workbookBounds.ts) is refused
 * in the browser before it is sent, with a sentence naming the bound in the planner's language:
 * sent, the server would close the connection with 4422 and the page would have to reload.
 */
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import { applyOperations } from '../../models/operations/applyOperation.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { engineSession } from './support/engineSession.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('an edit past the workbook’s bounds', () => {
  it('the 201st goal is refused before it is sent, with "Et arbejdsområde kan højst have 200 mål" (English: "at most 200 goals")', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const have = goalsArray(doc).length;
    applyOperations(doc, Array.from({ length: 200 - have }, (_, i) => ({ type: 'putGoal' as const, goal: { id: `ekstra-${i}`, title: `Mål ${i}` } })));
    const session = await engineSession(doc, cleanups);
    const sent: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => sent.push(update));

    expect(session.apply({ type: 'putGoal', goal: { id: 'et-til', title: 'Et mål for meget' } })).toBe(false);
    expect(sent).toEqual([]);
    const notice = session.notice.get();
    expect(notice?.key).toBe('operationError.too-many-goals');
    const t = i18next.createInstance();
    await t.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', interpolation: { escapeValue: false } });
    expect(t.t(notice!.key, notice!.values)).toMatch(/^Et arbejdsområde kan højst have 200 mål\./);
    expect(t.t(notice!.key, { ...notice!.values, lng: 'en' })).toMatch(/^A workspace holds at most 200 goals\./);
  });
});
