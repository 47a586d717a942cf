import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { loadXlsx, xlsxOfFile } from './support/xlsxValues.js';

const twoThirty = 14.5 / 24;
const file: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Tider',
  locale: 'da-DK',
  sheets: [
    {
      name: 'Tider',
      cells: { A1: 25 / 24, A2: twoThirty, A3: twoThirty + 15 / 86400, A4: 46361 + twoThirty },
      formats: { A1: 'duration', A2: 'time12', A3: 'time12Seconds', A4: 'dateTime' },
    },
  ],
};

const exported = (): Promise<Uint8Array> => xlsxOfFile(file);

describe('durations, 12-hour times and dates with a time in .xlsx', () => {
  it('are written with Excel\'s built-in number formats 46, 18, 19 and 22, which Excel shows in the reader\'s region', async () => {
    const bytes = await exported();
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    const builtIn = [...styles.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((match) => Number(match[1]));
    expect(builtIn).toEqual(expect.arrayContaining([46, 18, 19, 22]));
    // No custom code of its own: Excel's built-in formats are shown in each region's form (22 as 05-12-2026 14:30 in Danish).
    expect(styles).not.toMatch(/formatCode="[^"]*(AM\/PM|\[h\]|h&quot;:mm)/);
    const sheet = (await loadXlsx(bytes)).getWorksheet('Tider')!;
    expect(sheet.getCell('A1').numFmt).toBe('[h]:mm:ss');
    expect(sheet.getCell('A1').value).toBe(25 / 24);
    expect(sheet.getCell('A2').numFmt).toBe('h:mm AM/PM');
    expect(sheet.getCell('A3').numFmt).toBe('h:mm:ss AM/PM');
    expect(sheet.getCell('A4').value).toBe(46361 + twoThirty);
  });

  it('read back as the same numbers and formats', async () => {
    const imported = importedWorkbookFile(await importXlsx(await exported(), { fileName: 'tider.xlsx' }));
    expect(imported.sheets[0]?.cells).toMatchObject(file.sheets[0]!.cells);
    expect(imported.sheets[0]?.formats).toEqual(file.sheets[0]!.formats);
  });
});
