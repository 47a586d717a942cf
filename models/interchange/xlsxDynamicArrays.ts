/**
 * How Excel 365 marks a dynamic-array formula in a file, written by the export and read by the
 * import. An array formula (`<f t="array" ref="K1:K3">`) alone is a legacy Ctrl+Shift+Enter
 * formula to Excel 365 (shown in braces, its block fixed); a plain `<f>` a legacy formula that
 * intersects (`=@A1:A3*2`). A dynamic array is an array formula whose cell carries `cm="1"`,
 * the index (1-based) of a cell-metadata block in `xl/metadata.xml` that names the `XLDAPR`
 * metadata type with `<xda:dynamicArrayProperties fDynamic="1"/>` ([MS-XLSX] 2.6.x,
 * https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/878c8ac4-8548-4bfb-9ad4-b1378e0efed1;
 * the part is related from the workbook as `sheetMetadata`). exceljs neither writes nor reads
 * `cm`, so the export adds it to the archive exceljs wrote, and the guard (xlsxPackage.ts) reads
 * it before exceljs sees the sheets.
 *
 * @example markDynamicArrays(bytes, new Map([[1, new Set(['K1'])]])) // K1 of the first sheet gets cm="1"
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import type { OutlineOptions } from './xmlOutline.js';

const DYNAMIC_ARRAY_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray';
/** The extension's id Excel writes around the dynamic-array properties. */
const DYNAMIC_ARRAY_EXT = '{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}';
/** Cell-metadata blocks read; Excel writes one per kind of mark, a hostile part may claim millions. */
const MAX_CELL_METADATA = 10_000;
const METADATA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
const METADATA_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';

/** The part Excel 365 writes for its dynamic arrays: one type, one block, cell metadata 1 pointing at it. */
export const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="${DYNAMIC_ARRAY_NS}">` +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

/**
 * The archive exceljs wrote with Excel 365's dynamic-array marks: `cells` gives, by worksheet id
 * (exceljs writes `xl/worksheets/sheet<id>.xml`), the addresses of the formulas written as
 * dynamic arrays; each gets `cm="1"`, and the metadata part is added. Without cells, the bytes as they were.
 */
export function markDynamicArrays(bytes: Uint8Array, cells: ReadonlyMap<number, ReadonlySet<string>>): Uint8Array {
  if ([...cells.values()].every((set) => set.size === 0)) return bytes;
  const files = unzipSync(bytes);
  const edit = (path: string, change: (xml: string) => string): void => {
    const data = files[path];
    if (data) files[path] = strToU8(change(strFromU8(data)));
  };
  for (const [id, addresses] of cells) {
    // exceljs writes `<c r="K1"` then its other attributes: the mark goes right after the reference.
    edit(`xl/worksheets/sheet${id}.xml`, (xml) => xml.replace(/<c r="([A-Z]+\d+)"/g, (tag, address: string) => (addresses.has(address) ? `${tag} cm="1"` : tag)));
  }
  files['xl/metadata.xml'] = strToU8(DYNAMIC_ARRAY_METADATA);
  edit('[Content_Types].xml', (xml) => xml.replace('</Types>', `<Override PartName="/xl/metadata.xml" ContentType="${METADATA_TYPE}"/></Types>`));
  edit('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', `<Relationship Id="rIdFxMetadata" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`));
  const archive: Zippable = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 6 }]]));
  return zipSync(archive);
}

/** Whether a relationship type is the workbook's cell metadata part. */
export function isCellMetadataRelationship(type: string): boolean {
  return type.endsWith('/sheetMetadata');
}

/**
 * Reads a metadata part (through the XML check, `outline`) and returns the `cm` values that mark a
 * dynamic array: the cell-metadata blocks (1-based) whose record names the `XLDAPR` type and
 * whose future-metadata block says `fDynamic="1"`.
 */
export function dynamicArrayCellMetadata(outline: (options: OutlineOptions) => void): Set<number> {
  const types: string[] = [];
  const dynamic: boolean[] = [];
  const blocks: Array<{ type: number; value: number }> = [];
  // Where the reader is: a future-metadata list (by its name), the cell metadata, or elsewhere.
  let section = '';
  outline({
    onElement({ name, attributes: a }) {
      const local = name.slice(name.indexOf(':') + 1);
      if (local === 'metadataType') types.push(a.name ?? '');
      else if (local === 'futureMetadata') section = `future:${a.name ?? ''}`;
      else if (local === 'cellMetadata' || local === 'valueMetadata') section = local;
      else if (local === 'bk' && section === 'future:XLDAPR') dynamic.push(false);
      else if (local === 'dynamicArrayProperties' && section === 'future:XLDAPR' && dynamic.length > 0) {
        dynamic[dynamic.length - 1] = a.fDynamic === '1' || a.fDynamic === 'true';
      } else if (local === 'bk' && section === 'cellMetadata' && blocks.length < MAX_CELL_METADATA) blocks.push({ type: 0, value: -1 });
      else if (local === 'rc' && section === 'cellMetadata' && blocks.length > 0) {
        const last = blocks[blocks.length - 1]!;
        if (last.value < 0) Object.assign(last, { type: Number(a.t), value: Number(a.v) });
      }
    },
  });
  const out = new Set<number>();
  blocks.forEach(({ type, value }, i) => {
    if (types[type - 1] === 'XLDAPR' && dynamic[value] === true) out.add(i + 1);
  });
  return out;
}
