/**
 * Differential test against LibreOffice: seeded planning workbooks (support/planningWorkbook.ts:
 * a monthly projection, a budget and a 98-municipality benchmark) are exported with Fremskriv's
 * cached values, recalculated by LibreOffice 7.4 (one soffice run for all seeds) and compared cell
 * by cell: numbers within 1e-9 relative, errors by type. A difference is allowed only where it is
 * exactly one of LibreOffice's own documented deviations from Excel (support/libreOfficeDeviations.ts).
 * Three seeds per run; FREMSKRIV_FUZZ_SEEDS=200 runs 200. A failure names its seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { recalculateInOwnLocale } from './support/libreOffice.js';
import { knownDeviation } from './support/libreOfficeDeviations.js';
import { planningWorkbookFile } from './support/planningWorkbook.js';
import { storedValues } from './support/rawXlsx.js';
import { fremskrivValues, sameResult, type PlainValue } from './support/xlsxValues.js';

const SEEDS = fuzzSeeds(3, 7001);

interface Compared {
  seed: number;
  file: WorkbookFile;
  ours: Map<string, PlainValue>;
  theirs: Map<string, PlainValue>;
}

const compared: Compared[] = [];

/** Equal as Excel would show them: sameResult, and an error only equal to the same error. */
function agree(ours: PlainValue, theirs: PlainValue): boolean {
  const oursError = ours !== null && typeof ours === 'object' ? ours.error : undefined;
  const theirsError = theirs !== null && typeof theirs === 'object' ? theirs.error : undefined;
  if (oursError !== undefined || theirsError !== undefined) return oursError === theirsError;
  return sameResult(ours, theirs);
}

function formulaAt(file: WorkbookFile, key: string): string | undefined {
  const [sheet, address] = key.split('!') as [string, string];
  const input = file.sheets.find((s) => s.name === sheet)?.cells[address];
  return typeof input === 'string' && input.startsWith('=') ? input : undefined;
}

beforeAll(async () => {
  const files = SEEDS.map((seed) => planningWorkbookFile(new SeededRandom(seed)));
  const docs = files.map((file) => documentFromFile(file));
  try {
    const exported = await Promise.all(docs.map((doc) => exportWorkbookXlsx(doc)));
    const recalculated = recalculateInOwnLocale(files.map((file, i) => ({ locale: file.locale, exported: exported[i]! })));
    for (const [i, seed] of SEEDS.entries()) {
      compared.push({ seed, file: files[i]!, ours: fremskrivValues(docs[i]!), theirs: await storedValues(recalculated[i]!) });
    }
  } finally {
    for (const doc of docs) doc.destroy();
  }
}, 600_000);

describe('a planning workbook recalculated by LibreOffice Calc', () => {
  it.each(SEEDS.map((seed, i) => [seed, i]))('agrees in every formula cell (seed %i)', (seed, index) => {
    const { file, ours, theirs } = compared[index]!;
    const differences: string[] = [];
    let formulas = 0;
    for (const [key, value] of ours) {
      const formula = formulaAt(file, key);
      if (formula === undefined) continue;
      formulas++;
      const other = theirs.get(key) ?? null;
      if (agree(value, other) || knownDeviation(formula, value, other) !== undefined) continue;
      differences.push(`${key} ${formula}: Fremskriv ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(other)}`);
    }
    expect(differences, `seed ${seed}:\n${differences.slice(0, 25).join('\n')}`).toEqual([]);
    expect(formulas).toBeGreaterThan(500);
  });
});
