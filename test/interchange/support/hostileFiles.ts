/**
 * The hostile and broken files of the issue, built fresh for each test: zip bombs (honest and
 * lying about their size), a truncated archive, sheets claiming a million columns, files that are
 * not what their extension says, XML with external entities, and more. Shared by the model tests
 * and the REST tests.
 */
import { deflateRawSync } from 'node:zlib';
import { MAX_IMPORT_COLUMNS } from '../../../models/interchange/interchangeLimits.js';
import { exportWorkbookXlsx } from '../../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../../models/templates/templates.js';
import { buildLyingZip, buildZip, editPart, renamePart, zipParts } from './zipBuilder.js';

export interface HostileFile {
  name: string;
  fileName: string;
  make(): Promise<Uint8Array>;
  /** What the refusal says. */
  message: RegExp;
  kind: 'invalid' | 'unsupported-type' | 'too-large';
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** A small, valid export to spoil. */
export async function smallExport(): Promise<Uint8Array> {
  const doc = documentFromFile({
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Lille',
    locale: 'da-DK',
    sheets: [{ name: 'Data', cells: { A1: 'Måned', B1: 'Antal', A2: '2023-01', B2: 5, B3: '=B2*2' } }],
  });
  try {
    return await exportWorkbookXlsx(doc);
  } finally {
    doc.destroy();
  }
}

const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';

function withDoctype(doctype: string, reference: string): (xml: string) => string {
  return (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (head) => `${head}${doctype}`).replace('<v>5</v>', `<v>5</v>`).replace('</sheetData>', `</sheetData><!-- ${reference} -->`);
}

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'a zip bomb (a part that unpacks to 80 MiB)',
    fileName: 'bombe.xlsx',
    async make() {
      const parts = [...zipParts(await smallExport())].map(([name, data]) => ({ name, data })).filter((p) => p.name !== SHEET);
      // Packed by zlib and claimed honestly: deflating 80 MiB in JavaScript would cost the test seconds.
      const spaces = new Uint8Array(80 * 1024 * 1024).fill(0x20);
      return buildLyingZip([...parts, { name: SHEET, data: spaces, packed: new Uint8Array(deflateRawSync(spaces)), claimedSize: spaces.length }]);
    },
    message: /zip bomb/,
    kind: 'too-large',
  },
  {
    name: 'a zip bomb that lies about its size',
    fileName: 'loegn.xlsx',
    async make() {
      const parts = [...zipParts(await smallExport())].map(([name, data]) => ({ name, data }));
      const sheet = parts.find((p) => p.name === SHEET)!;
      return buildLyingZip([...parts.filter((p) => p !== sheet), { name: SHEET, data: sheet.data + ' '.repeat(40 * 1024 * 1024), claimedSize: 2000 }]);
    },
    message: /unpacks to more than the archive says/,
    kind: 'invalid',
  },
  {
    name: 'a truncated zip',
    fileName: 'afkortet.xlsx',
    async make() {
      const bytes = await smallExport();
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    message: /truncated/,
    kind: 'invalid',
  },
  {
    name: 'a sheet claiming a million columns (its dimension)',
    fileName: 'bred.xlsx',
    make: async () => editPart(await smallExport(), SHEET, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:BDWGN1"/>')),
    message: /claims a size of A1:BDWGN1/,
    kind: 'too-large',
  },
  {
    name: 'a sheet declaring a million columns',
    fileName: 'kolonner.xlsx',
    make: async () => editPart(await smallExport(), SHEET, (xml) => xml.replace('<sheetData>', '<cols><col min="1" max="1000000" width="9"/></cols><sheetData>')),
    message: /declares columns up to 1000000/,
    kind: 'too-large',
  },
  {
    name: 'a cell beyond the last column any spreadsheet has',
    fileName: 'celle.xlsx',
    make: async () => editPart(await smallExport(), SHEET, (xml) => xml.replace('</sheetData>', '<row r="9"><c r="BDWGN9"><v>1</v></c></row></sheetData>')),
    message: /could not be read|beyond|Fremskriv holds/,
    kind: 'invalid',
  },
  {
    name: 'a PNG image named .xlsx',
    fileName: 'billede.xlsx',
    make: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    message: /named \.xlsx but is not an Excel workbook: it looks like a PNG image/,
    kind: 'unsupported-type',
  },
  {
    name: 'an old .xls named .xlsx',
    fileName: 'gammel.xlsx',
    make: async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    message: /Excel 97–2003 \(\.xls\).*save it as \.xlsx/,
    kind: 'unsupported-type',
  },
  {
    name: 'a Word document named .xlsx',
    fileName: 'notat.xlsx',
    make: async () =>
      buildZip([
        { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
        { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
        { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
      ]),
    message: /not an Excel workbook: it is a Word document/,
    kind: 'unsupported-type',
  },
  {
    name: 'an .xlsx named .csv',
    fileName: 'tal.csv',
    make: smallExport,
    message: /named \.csv but is not a CSV text file: it looks like a ZIP archive/,
    kind: 'unsupported-type',
  },
  {
    name: 'XML with an external entity in a sheet',
    fileName: 'xxe.xlsx',
    make: async () => editPart(await smallExport(), SHEET, withDoctype(XXE, '&xxe;')),
    message: /sheet1\.xml declares a DOCTYPE or XML entities/,
    kind: 'invalid',
  },
  {
    name: 'XML with an external entity in the workbook part',
    fileName: 'xxe2.xlsx',
    make: async () => editPart(await smallExport(), 'xl/workbook.xml', withDoctype(XXE, '&xxe;')),
    message: /workbook\.xml declares a DOCTYPE or XML entities/,
    kind: 'invalid',
  },
  {
    name: 'a "billion laughs" in the shared strings',
    fileName: 'latter.xlsx',
    make: async () => editPart(await smallExport(), 'xl/sharedStrings.xml', withDoctype(LAUGHS, '&lol2;')),
    message: /sharedStrings\.xml declares a DOCTYPE/,
    kind: 'invalid',
  },
  {
    name: 'a password-protected (encrypted) archive',
    fileName: 'kode.xlsx',
    make: async () => {
      const parts = [...zipParts(await smallExport())].map(([name, data]) => ({ name, data, password: name === SHEET ? 'hemmelig' : undefined }));
      return buildLyingZip(parts);
    },
    message: /password-protected/,
    kind: 'invalid',
  },
  {
    name: 'an archive with the same part twice',
    fileName: 'dobbelt.xlsx',
    make: async () => {
      const parts = [...zipParts(await smallExport())].map(([name, data]) => ({ name, data }));
      // No ZIP writer writes a name twice: write a near twin, then give it the same name.
      return renamePart(buildZip([...parts, { name: SHEET.replace('.xml', '.xmL'), data: '<worksheet/>' }]), SHEET.replace('.xml', '.xmL'), SHEET);
    },
    message: /appears twice/,
    kind: 'invalid',
  },
  {
    name: 'an archive of 5,000 parts',
    fileName: 'mange.xlsx',
    make: async () => buildZip(Array.from({ length: 5000 }, (_, i) => ({ name: `x/${i}.xml`, data: '<a/>', stored: true }))),
    message: /5000 parts; at most 2000/,
    kind: 'too-large',
  },
  {
    name: 'a binary file named .csv',
    fileName: 'data.csv',
    make: async () => new Uint8Array([0x41, 0x3b, 0x42, 0x0a, 0x00, 0x01, 0x02, 0x03]),
    message: /named \.csv but is not a CSV text file: it looks like a binary file/,
    kind: 'unsupported-type',
  },
  {
    name: 'a CSV line with 100,000 columns',
    fileName: 'bred.csv',
    make: async () => new TextEncoder().encode(`${';'.repeat(100_000)}\n`),
    message: new RegExp(`more than ${MAX_IMPORT_COLUMNS} columns`),
    kind: 'too-large',
  },
  {
    name: 'a CSV file with 50,000 rows',
    fileName: 'lang.csv',
    make: async () => new TextEncoder().encode('1;2\n'.repeat(50_000)),
    message: /more than 40000 rows/,
    kind: 'too-large',
  },
];
