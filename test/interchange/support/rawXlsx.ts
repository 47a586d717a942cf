/**
 * Reads the values a spreadsheet program stored in an .xlsx straight from its XML: each cell's
 * cached result with its type (`t="b"`, `"e"`, `"s"`, `"str"`, number). exceljs reads some cached
 * results lossily (a formula's 0 or FALSE comes back as no result), so the LibreOffice check
 * reads them here.
 */
import { attributes, decodeXmlText, startTags } from './xmlTags.js';
import { zipParts } from './zipBuilder.js';
import type { PlainValue } from './xlsxValues.js';


function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => decodeXmlText(t[1]!)).join(''));
}

/** Every stored value, keyed `Sheet!A1`, with formula cells holding their cached result. */
export async function storedValues(bytes: Uint8Array): Promise<Map<string, PlainValue>> {
  const parts = zipParts(bytes);
  const part = (name: string): string => parts.get(name) ?? '';
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  const strings = sharedStrings(part('xl/sharedStrings.xml'));
  const targets = new Map(startTags(rels, 'Relationship').map((tag) => [attributes(tag).Id, attributes(tag).Target]));
  const out = new Map<string, PlainValue>();
  for (const tag of startTags(workbook, 'sheet')) {
    const a = attributes(tag);
    const target = targets.get(a['r:id'])?.replace(/^\/?xl\//, '') ?? '';
    const xml = part(`xl/${target}`);
    for (const cell of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = attributes(`<c ${cell[1]}>`);
      const inner = cell[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const inline = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
      let value: PlainValue = null;
      if (attrs.t === 'inlineStr' && inline !== undefined) value = decodeXmlText(inline.replace(/<[^>]+>/g, ''));
      else if (v === undefined) value = null;
      else if (attrs.t === 's') value = strings[Number(v)] ?? null;
      else if (attrs.t === 'str') value = decodeXmlText(v);
      else if (attrs.t === 'b') value = v === '1';
      else if (attrs.t === 'e') value = { error: decodeXmlText(v) };
      else value = Number(v);
      out.set(`${a.name}!${attrs.r}`, value);
    }
  }
  return out;
}
