import * as Y from 'yjs';
import { writeFileSync } from 'node:fs';
import { documentFromFile } from './models/templates/templates.js';
for (const rows of [2_500, 5_000, 10_000]) {
  const cells: Record<string, number | string> = {};
  for (let r = 1; r <= rows; r++) { for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c; }
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'S', locale: 'da-DK', sheets: [{ name: 'D', cells }] });
  writeFileSync(`/tmp/hard/num${rows*10}.bin`, Y.encodeStateAsUpdate(doc));
}
// worst case: many small unmergeable array items (row ids inserted at the front one by one)
const doc = new Y.Doc();
const arr = doc.getArray('x');
for (let i = 0; i < 100_000; i++) arr.insert(0, ['r' + (i % 10)]);
const s = Y.encodeStateAsUpdate(doc);
writeFileSync('/tmp/hard/worst100k.bin', s);
