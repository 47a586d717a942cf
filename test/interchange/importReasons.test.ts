/**
 * Why a part of an imported .xlsx could not be read, in the Danish import dialog: the notes'
 * `reason` (a damaged hidden Fremskriv part, an unreadable cell metadata part) is worded in Danish
 * where it is of a known kind (models/interchange/importReasons.ts), and kept as sent otherwise;
 * the English `warnings` the REST answer has always carried are unchanged.
 */
import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json';
import en from '../../client/src/i18n/en.json';
import { importWarningText } from '../../client/src/importExport/importWarningText.js';
import { IMPORT_REASON_KINDS } from '../../models/interchange/importReasons.js';
import { importWarning } from '../../models/interchange/importWarnings.js';
import { DYNAMIC_ARRAY_METADATA } from '../../models/interchange/xlsxDynamicArrays.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { METADATA_MARKER } from '../../models/interchange/xlsxMetadata.js';
import { handWrittenXlsx } from './support/handWrittenXlsx.js';

async function translator(lng: 'da' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { da: { translation: da }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}

/** A workbook whose hidden Fremskriv part holds `json` (as an export writes it, then edited by hand). */
async function withMetadata(json: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Ark').getCell('A1').value = 1;
  const hidden = workbook.addWorksheet('Fremskriv', { state: 'veryHidden' });
  hidden.getCell(1, 1).value = METADATA_MARKER;
  hidden.getCell(2, 1).value = json;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const VALID = { format: METADATA_MARKER, version: 1, title: 'Plan', locale: 'da-DK', sheets: ['Ark'], reportSheets: [], goals: [], scenarios: [] };

/** The one note the import of `bytes` gives about the hidden part, as the English answer and in Danish. */
async function metadataNote(bytes: Uint8Array): Promise<{ english: string; danish: string }> {
  const imported = await importXlsx(bytes, { fileName: 'plan.xlsx' });
  const note = imported.warnings.find((w) => w.kind === 'metadataInvalid' || w.kind === 'dynamicArrayMarksLost');
  if (!note) throw new Error(`no note on the part: ${JSON.stringify(imported.warnings)}`);
  return { english: note.message, danish: importWarningText(note, await translator('da')) };
}

describe('the reason a part of the file could not be read, in the Danish import dialog', () => {
  it.each([
    ['a missing field', { ...VALID, title: undefined }, 'feltet title mangler', 'title: Invalid input: expected string, received undefined'],
    ['a field of the wrong type', { ...VALID, sheets: 'Ark' }, 'feltet sheets har en forkert type', 'sheets: Invalid input: expected array, received string'],
    ['another format version', { ...VALID, version: 2 }, 'feltet version har en værdi, som Fremskriv ikke kender', 'version: Invalid input: expected 1'],
    ['a title past its bound', { ...VALID, title: 'x'.repeat(501) }, 'feltet title er større eller mindre end tilladt', 'title: Too big: expected string to have <=500 characters'],
    ['a scenario past 1,000 assumptions', { ...VALID, scenarios: [{ name: 'Høj', inputs: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`Ark!A${i + 1}`, i])) }] }, 'feltet scenarios.0.inputs er større eller mindre end tilladt', 'scenarios.0.inputs: a scenario holds at most 1000 assumptions'],
    ['a field Fremskriv does not know', { ...VALID, colour: 'blå' }, 'felter, som Fremskriv ikke kender: colour', ': Unrecognized key: "colour"'],
  ])('%s is worded in Danish, and the English note is as before', async (_, metadata, danishReason, englishReason) => {
    const note = await metadataNote(await withMetadata(JSON.stringify(metadata)));
    expect(note.danish).toBe(`Filens skjulte Fremskriv-del er ugyldig (${danishReason}); mål og scenarier er ikke importeret.`);
    expect(note.english).toBe(`the hidden Fremskriv part is not valid (${englishReason}); goals and scenarios were not imported`);
  });

  it('JSON nested too deep is worded in Danish', async () => {
    const note = await metadataNote(await withMetadata(`${'['.repeat(70)}${']'.repeat(70)}`));
    expect(note.danish).toBe('Filens skjulte Fremskriv-del er ugyldig (JSON-teksten er indlejret mere end 64 niveauer dybt); mål og scenarier er ikke importeret.');
  });

  it('a key named twice in one object (a goal\u2019s target) is refused, not read as its last, naming the key and where, in Danish', async () => {
    const goal = '{"id":"LM2","title":"Færre unge","value":"=Ark!A1","comparator":"<=","target":100,"target":900}';
    const note = await metadataNote(await withMetadata(JSON.stringify({ ...VALID, goals: ['GOAL'] }).replace('"GOAL"', goal)));
    expect(note.danish).toBe('Filens skjulte Fremskriv-del er ugyldig (JSON-teksten nævner »target« to gange i $.goals[]); mål og scenarier er ikke importeret.');
    expect(note.english).toBe('the hidden Fremskriv part is not valid (the JSON names "target" twice in goals[]; give each key once); goals and scenarios were not imported');
  });

  it("a reason of no known kind (a check's own sentence) is kept as it is", async () => {
    const goal = { id: 'LM2', title: 'Færre unge', value: '=Ark!A1' };
    const note = await metadataNote(await withMetadata(JSON.stringify({ ...VALID, goals: [goal, goal] })));
    expect(note.danish).toBe('Filens skjulte Fremskriv-del er ugyldig (goals.1.id: the goal id "LM2" is used twice); mål og scenarier er ikke importeret.');
  });

  it('a cell metadata part that is no well-formed XML says so in Danish, naming the part', async () => {
    const cells = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" cm="1"><f t="array" ref="B1">A1*2</f><v>2</v></c></row></sheetData>';
    const bytes = handWrittenXlsx({ sheets: [{ name: 'Ark', xml: cells }], metadata: DYNAMIC_ARRAY_METADATA.replace('</metadata>', '') });
    const note = await metadataNote(bytes);
    expect(note.danish).toBe('Filens cellemetadata (Excel 365’s markering af dynamiske matrixformler) kunne ikke læses (delen xl/metadata.xml er ikke gyldig XML); formlerne er læst som ældre matrixformler.');
    expect(note.english).toMatch(/^the cell metadata part could not be read \(the file is not a readable \.xlsx workbook: the part xl\/metadata\.xml is not well-formed XML \(.+\)\); dynamic-array formulas/);
  });

  it('a reason from a server before the kinds, or of a kind this client does not know, shows as sent', async () => {
    const t = await translator('da');
    expect(importWarningText(importWarning('metadataInvalid', { reason: 'something English' }), t)).toBe('Filens skjulte Fremskriv-del er ugyldig (something English); mål og scenarier er ikke importeret.');
    const newer = { kind: 'metadataInvalid', params: { reason: 'a newer reason', reasonKind: 'somethingNew' }, message: 'x' };
    expect(importWarningText(newer, t)).toBe('Filens skjulte Fremskriv-del er ugyldig (a newer reason); mål og scenarier er ikke importeret.');
  });

  it('every reason kind has a Danish and an English text', async () => {
    for (const t of [await translator('da'), await translator('en')]) {
      for (const reasonKind of IMPORT_REASON_KINDS) {
        const params = { reason: 'ENGLISH', reasonKind, depth: 64, field: 'title', keys: 'x', part: 'xl/metadata.xml', key: 'target', place: '$.goals[]' };
        const text = importWarningText({ kind: 'metadataInvalid', params, message: 'ENGLISH' }, t);
        expect(text, reasonKind).not.toMatch(/ENGLISH|importReasons\.|\{\{/);
      }
    }
  });
});
