import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import da from '../../client/src/i18n/da.json';
import en from '../../client/src/i18n/en.json';
import { IMPORT_WARNING_KINDS, importWarning } from '../../models/interchange/importWarnings.js';
import { cellRepairWarnings } from '../../models/interchange/xlsxCellRepairs.js';
import { importWarningText, importWarningTexts } from '../../client/src/importExport/importWarningText.js';

async function translator(lng: 'da' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { da: { translation: da }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('import warnings as kinds', () => {
  it('keep the English sentences the REST answer has always carried', () => {
    expect(cellRepairWarnings([{ kind: 'orphan-shared-formula', cell: 'Ark1!B1' }], 0).map((w) => w.message)).toEqual([
      '1 cell shares a formula whose first cell is missing from the file, so it keeps its last computed value instead: Ark1!B1',
    ]);
    expect(importWarning('dates1904', { count: 1 }).message).toBe('the workbook counts dates from 1904 (Mac Excel); 1 date cell was moved to the 1900 date system Fremskriv and Excel use, so they show the same dates');
    expect(importWarning('goalsNotImported', {}).message).toBe("the file's goals and scenarios were not imported (only when the import replaces the workspace)");
  });

  it('name every repaired cell kind with its count and the cells listed, cut after 20', () => {
    const cells = Array.from({ length: 22 }, (_, i) => ({ kind: 'text-as-number' as const, cell: `Ark1!A${i + 1}` }));
    const [warning] = cellRepairWarnings(cells, 3);
    expect(warning).toMatchObject({ kind: 'textAsNumber', params: { count: 22 } });
    expect(warning!.kind === 'textAsNumber' ? warning!.params.cells : '').toMatch(/^Ark1!A1, Ark1!A2, .*Ark1!A20, …$/);
  });

  it('read in Danish in the import dialog, numbers in Danish style, one and many apart', async () => {
    const t = await translator('da');
    expect(importWarningText(importWarning('validationsSkipped', { sheet: 'Data', count: 1, limit: 10_000 }), t)).toBe(
      'Arket »Data«: 1 regel for datavalidering over mere end 10.000 celler eller et område, der ikke kan læses, er ikke importeret.',
    );
    expect(importWarningText(importWarning('goalsNotImported', {}), t)).toBe('Filens mål og scenarier er ikke importeret (det sker kun, når importen erstatter arbejdsområdet).');
    expect(importWarningText(importWarning('textsCut', { count: 2 }), t)).toBe('2 celler indeholdt mere end 32.767 tegn og er afkortet.');
    expect(importWarningText(importWarning('missingString', { count: 1, cells: 'Ark1!B2', strings: 0 }), t)).toBe('1 celle henviser til en delt tekst, men filen har ingen delte tekster, så cellen står tom: Ark1!B2');
  });

  it('has a Danish and an English text for every kind', async () => {
    const [tDa, tEn] = [await translator('da'), await translator('en')];
    const params = { sheet: 'Ark', limit: 5, count: 2, cells: 'Ark!A1', strings: 3, reason: 'x', sheets: 'Ark', names: 'N' };
    for (const kind of IMPORT_WARNING_KINDS) {
      const warning = { kind, params, message: 'ENGLISH' } as Parameters<typeof importWarningText>[0];
      for (const t of [tDa, tEn]) {
        const text = importWarningText(warning, t);
        expect(text, kind).not.toBe('ENGLISH');
        expect(text, kind).not.toMatch(/importWarnings\.|\{\{/);
      }
    }
  });

  it('show the English sentence for a kind this client does not know, and for a server that sends no kinds', async () => {
    const t = await translator('da');
    expect(importWarningText({ kind: 'somethingNew', params: {}, message: 'a newer note' }, t)).toBe('a newer note');
    expect(importWarningTexts({ warnings: ['an older note'] }, t)).toEqual(['an older note']);
  });
});
