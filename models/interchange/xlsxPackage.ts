/**
 * The guard in front of exceljs: checks an uploaded .xlsx and rebuilds the few parts Fremskriv
 * reads (workbook, relationships, styles, shared strings, each worksheet's cell data) into a
 * fresh uncompressed archive, with the column widths and the small data validation rules
 * (assumption bounds, xlsxValidationGuard.ts). Everything else (drawings, macros, external links,
 * merged ranges, defined names, validations over large ranges) is left behind unread, so exceljs
 * never expands a hostile range or follows anything out of the file.
 */
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  InterchangeError,
  MAX_CELL_STYLES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_SHEETS,
  MAX_ROW_ELEMENTS,
  MAX_SHARED_STRINGS,
  tooLarge,
} from './interchangeLimits.js';
import { storedZip, type ZipPart } from './storedZip.js';
import { boundedDataValidations } from './xlsxValidationGuard.js';
import { assertNoDtd, attributes, countElements, element, escapeXml, namespaceDeclarations, prefixedAttribute, rootStartTag, startTags } from './xmlText.js';
import { readZipDirectory, type ZipEntry } from './zipDirectory.js';
import { readZipText } from './zipEntries.js';

export interface CheckedXlsx {
  /** The rebuilt archive, for exceljs. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Things left behind that a planner may miss (chart sheets, named ranges). */
  warnings: string[];
}

/** Excel writes at most one <col> per column and usually a handful; more is no planner's sheet. */
const MAX_COLUMN_DEFINITIONS = 500;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Relationship {
  type: string;
  target: string;
}

class PackageReader {
  private readonly entries: Map<string, ZipEntry>;
  constructor(private readonly bytes: Uint8Array) {
    this.entries = new Map(readZipDirectory(bytes).map((e) => [e.name.toLowerCase(), e]));
  }
  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }
  async xml(path: string): Promise<string> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) throw new InterchangeError(`the file is not a readable .xlsx workbook: the part ${path} is missing`);
    const text = await readZipText(this.bytes, entry);
    assertNoDtd(text, path);
    return text;
  }
  async relationships(path: string): Promise<Map<string, Relationship>> {
    const slash = path.lastIndexOf('/');
    const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
    const out = new Map<string, Relationship>();
    if (!this.has(relsPath)) return out;
    for (const tag of startTags(await this.xml(relsPath), 'Relationship')) {
      const a = attributes(tag);
      if (!a.Id || !a.Type || !a.Target || a.TargetMode === 'External') continue;
      out.set(a.Id, { type: a.Type, target: resolvePath(path, a.Target) });
    }
    return out;
  }
}

/** A relationship target relative to the part that names it, as a path inside the archive. */
function resolvePath(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\/+/, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function notAWorkbook(reader: PackageReader): InterchangeError {
  const what = reader.has('word/document.xml')
    ? 'it is a Word document'
    : reader.has('ppt/presentation.xml')
      ? 'it is a PowerPoint presentation'
      : reader.has('content.xml') && reader.has('mimetype')
        ? 'it is an OpenDocument file (.ods); save it as .xlsx'
        : 'it is a ZIP archive without a workbook';
  return new InterchangeError(`the file is not an Excel workbook: ${what}`, 'unsupported-type');
}

function checkClaims(sheetXml: string, sheetData: string, sheetName: string): number {
  const dimension = startTags(sheetXml.slice(0, Math.min(Math.max(0, sheetXml.indexOf('<sheetData')), 256 * 1024)), 'dimension')[0];
  const ref = dimension ? attributes(dimension).ref : undefined;
  const corner = ref?.split(':').pop();
  if (corner) {
    const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(corner);
    const letters = match?.[1] ?? '';
    const columns = [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const rows = Number(match?.[2] ?? 0);
    if (letters.length > 3 || columns > EXCEL_MAX_COLUMNS || rows > EXCEL_MAX_ROWS) {
      throw tooLarge(`sheet "${sheetName}" claims a size of ${ref}, beyond what any spreadsheet holds (${EXCEL_MAX_COLUMNS} columns, ${EXCEL_MAX_ROWS} rows)`);
    }
  }
  for (const col of startTags(element(sheetXml, 'cols') ?? '', 'col')) {
    const max = Number(attributes(col).max ?? 0);
    if (!Number.isInteger(max) || max > EXCEL_MAX_COLUMNS) {
      throw tooLarge(`sheet "${sheetName}" declares columns up to ${attributes(col).max}, beyond what any spreadsheet holds (${EXCEL_MAX_COLUMNS} columns)`);
    }
  }
  const rows = countElements(sheetData, 'row');
  if (rows > MAX_ROW_ELEMENTS) throw tooLarge(`sheet "${sheetName}" has ${rows} rows; at most ${MAX_ROW_ELEMENTS} are accepted`);
  return countElements(sheetData, 'c');
}

/** More data validation rules than this on one sheet are not read (a hostile file's cost stays bounded). */

function contentTypes(sheets: number, styles: boolean, strings: boolean): string {
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('xl/workbook.xml', 'sheet.main')}${Array.from({ length: sheets }, (_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, 'worksheet')).join('')}${styles ? override('xl/styles.xml', 'styles') : ''}${strings ? override('xl/sharedStrings.xml', 'sharedStrings') : ''}</Types>`;
}

/** Checks the archive and returns the rebuilt one for exceljs; throws InterchangeError saying why not. */
export async function checkedXlsxPackage(bytes: Uint8Array): Promise<CheckedXlsx> {
  const reader = new PackageReader(bytes);
  const rootRels = await reader.relationships('');
  const main = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? (reader.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (!main || !reader.has(main)) throw notAWorkbook(reader);
  const workbookXml = await reader.xml(main);
  if (!/^<(\w+:)?workbook[\s>]/.test(rootStartTag(workbookXml) ?? '')) throw notAWorkbook(reader);
  const rels = await reader.relationships(main);
  const warnings: string[] = [];
  const names = startTags(element(workbookXml, 'definedNames') ?? '', 'definedName')
    .map((tag) => attributes(tag).name ?? '')
    .filter((name) => name && !name.startsWith('_xlnm.'));
  if (names.length > 0) warnings.push(`named ranges are not imported (formulas using them show #NAME?): ${names.slice(0, 20).join(', ')}`);

  const encoder = new TextEncoder();
  const parts: ZipPart[] = [];
  const sheetTags: string[] = [];
  const sheetRels: string[] = [];
  let cells = 0;
  for (const tag of startTags(element(workbookXml, 'sheets') ?? '', 'sheet')) {
    const a = attributes(tag);
    const name = a.name ?? '';
    const rel = rels.get(prefixedAttribute(a, 'id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) {
      warnings.push(`"${name}" is not a worksheet (a chart or macro sheet) and is left out`);
      continue;
    }
    if (sheetTags.length >= MAX_IMPORT_SHEETS) throw tooLarge(`the workbook has more than ${MAX_IMPORT_SHEETS} sheets`);
    const sheetXml = await reader.xml(rel.target);
    const sheetData = element(sheetXml, 'sheetData') ?? '<sheetData/>';
    cells += checkClaims(sheetXml, sheetData, name);
    if (cells > MAX_IMPORT_CELLS) throw tooLarge(`the workbook has more than ${MAX_IMPORT_CELLS} cells`);
    const index = sheetTags.length + 1;
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? ` state="${a.state}"` : '';
    sheetTags.push(`<sheet name="${escapeXml(name)}" sheetId="${index}"${state} r:id="rIdFx${index}"/>`);
    sheetRels.push(`<Relationship Id="rIdFx${index}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index}.xml"/>`);
    const namespaces = namespaceDeclarations(rootStartTag(sheetXml) ?? '');
    const root = `<worksheet${namespaces.includes('xmlns=') ? '' : ` xmlns="${MAIN_NS}"`}${namespaces}>`;
    // Column widths and data validation (assumption bounds) are kept, in the schema's order around sheetData.
    let cols = element(sheetXml, 'cols') ?? '';
    // exceljs makes one column object per column each <col> spans: a few thousand whole-row spans cost seconds.
    if (countElements(cols, 'col') > MAX_COLUMN_DEFINITIONS) {
      warnings.push(`sheet "${name}" has more than ${MAX_COLUMN_DEFINITIONS} column definitions; its column widths are not imported`);
      cols = '';
    }
    const validations = boundedDataValidations(element(sheetXml, 'dataValidations') ?? '', name, warnings);
    parts.push({ name: `xl/worksheets/sheet${index}.xml`, data: encoder.encode(`${XML_HEAD}${root}${cols}${sheetData}${validations}</worksheet>`) });
  }
  if (sheetTags.length === 0) throw new InterchangeError('the workbook has no worksheets');

  const styles = [...rels.values()].find((r) => r.type.endsWith('/styles'));
  const strings = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const extraRels: string[] = [];
  if (styles && reader.has(styles.target)) {
    const xml = await reader.xml(styles.target);
    if (countElements(xml, 'xf') > MAX_CELL_STYLES) throw tooLarge(`the workbook has more than ${MAX_CELL_STYLES} cell styles`);
    parts.push({ name: 'xl/styles.xml', data: encoder.encode(xml) });
    extraRels.push(`<Relationship Id="rIdFxStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (strings && reader.has(strings.target)) {
    const xml = await reader.xml(strings.target);
    if (countElements(xml, 'si') > MAX_SHARED_STRINGS) throw tooLarge(`the workbook has more than ${MAX_SHARED_STRINGS} shared strings`);
    parts.push({ name: 'xl/sharedStrings.xml', data: encoder.encode(xml) });
    extraRels.push(`<Relationship Id="rIdFxStrings" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  const workbookPr = startTags(workbookXml, 'workbookPr')[0]?.replace(/>$/, '').replace(/\/$/, '') ?? '';
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr ? `${workbookPr}/>` : ''}<sheets>${sheetTags.join('')}</sheets></workbook>`;
  parts.push(
    { name: '[Content_Types].xml', data: encoder.encode(contentTypes(sheetTags.length, extraRels.some((r) => r.includes('styles')), extraRels.some((r) => r.includes('sharedStrings')))) },
    { name: '_rels/.rels', data: encoder.encode(`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: encoder.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${sheetRels.join('')}${extraRels.join('')}</Relationships>`) },
  );
  return { bytes: storedZip(parts), warnings };
}

