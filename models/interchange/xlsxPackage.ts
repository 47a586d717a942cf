/**
 * The guard in front of exceljs: checks an uploaded .xlsx and rebuilds the few parts Fremskriv
 * reads (workbook, relationships, styles, shared strings, each worksheet's cell data) into a
 * fresh uncompressed archive, with the frozen panes, the column widths and the small data validation rules
 * (assumption bounds, xlsxValidationGuard.ts); merged ranges are read here (their refs, bounded) and
 * given to the importer beside the archive. Everything else (drawings, macros, external links,
 * defined names, validations over large ranges) is left behind unread, so exceljs
 * never expands a hostile range or follows anything out of the file.
 */
import {
  checkContentCells,
  type ContentCellBound,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  InterchangeError,
  MAX_CELL_STYLES,
  MAX_IMPORT_CELLS,
  MAX_IMPORT_SHEETS,
  MAX_IMPORT_TABLES,
  MAX_ROW_ELEMENTS,
  MAX_SHARED_STRINGS,
  tooLarge,
} from './interchangeLimits.js';
import { zipSync, type Zippable } from 'fflate';
import { CellReferenceFiller } from './xlsxCellReferences.js';
import { CellRepairs, cellRepairWarnings, type CellRepair } from './xlsxCellRepairs.js';
import type { DefinedName } from './xlsxDefinedNames.js';
import { boundedDataValidations } from './xlsxValidationGuard.js';
import { dynamicArrayCellMetadata, isCellMetadataRelationship } from './xlsxDynamicArrays.js';
import { frozenPaneXml } from './xlsxFrozenPanes.js';
import { escapeXml, namespaceDeclarations, outlineXml, prefixedAttribute, type XmlElement, type XmlOutline, type OutlineOptions } from './xmlOutline.js';
import { ZipArchive } from './zipArchive.js';
import { reasonParams } from './importReasons.js';
import { importWarning, type ImportWarning } from './importWarnings.js';
import type { ExcelTable } from './xlsxTables.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { MAX_MERGED_AREAS } from '../workbook/mergedCells.js';

export interface CheckedXlsx {
  /** The rebuilt archive, for exceljs. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Things left behind that a planner may miss (chart sheets, named ranges). */
  warnings: ImportWarning[];
  /** The workbook's defined names (Name Manager), for xlsxDefinedNames.ts. */
  definedNames: DefinedName[];
  /** The workbook counts dates in the 1904 system (Mac Excel before 2011): serial 0 is 1 January 1904. */
  date1904: boolean;
  /** By sheet name, the cells whose formula Excel 365 marks as a dynamic array (`cm`, xlsxDynamicArrays.ts). */
  dynamicArrays: Map<string, Set<string>>;
  /** The Excel tables, for their structured references (xlsxTables.ts). */
  tables: ExcelTable[];
  /** By sheet name, the `<mergeCell ref>` ranges (at most MAX_MERGED_AREAS a sheet; not given to exceljs). */
  merges: Map<string, string[]>;
}

/** Defined names read; a planner's workbook has a few dozen. */
const MAX_DEFINED_NAMES = 10_000;

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
  constructor(private readonly archive: ZipArchive) {}
  has(path: string): boolean {
    return this.archive.has(path);
  }
  /** The part read through the XML check (xmlOutline.ts): no DOCTYPE, well-formed, what `options` asks for. */
  async outline(path: string, options: OutlineOptions = {}): Promise<XmlOutline & { xml: string }> {
    return this.outlineText(await this.text(path), path, options);
  }
  async text(path: string): Promise<string> {
    return this.archive.text(path);
  }
  /** `outline` of a part's text already read. */
  outlineText(xml: string, path: string, options: OutlineOptions = {}): XmlOutline & { xml: string } {
    return { ...outlineXml(xml, path, options), xml };
  }
  async relationships(path: string): Promise<Map<string, Relationship>> {
    const slash = path.lastIndexOf('/');
    const relsPath = `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
    const out = new Map<string, Relationship>();
    if (!this.has(relsPath)) return out;
    await this.outline(relsPath, {
      onElement({ name, depth, attributes: a }) {
        if (name !== 'Relationship' || depth !== 1) return;
        if (!a.Id || !a.Type || !a.Target || a.TargetMode === 'External') return;
        out.set(a.Id, { type: a.Type, target: resolvePath(path, a.Target) });
      },
    });
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

/** Excel's column number of a cell reference's letters (`BDWGN` → 1000000). */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A sheet part read with its claims checked as they are met; what the rebuilt sheet is made of. */
interface CheckedSheet {
  root: XmlElement | null;
  cols: string;
  sheetData: string;
  validations: string;
  /** `<c>` elements (cells, empty or not). */
  cells: number;
  /** Cells holding a value or a formula (a `<v>`, `<f>` or `<is>`), which is what a workspace stores. */
  contentCells: number;
  /** `<col>` definitions. */
  columnDefinitions: number;
  /** The attributes of the first view's `<pane>` (worksheet > sheetViews > sheetView > pane), if any. */
  frozenPane: Record<string, string> | null;
  /** Cells whose value was rewritten (xlsxCellRepairs.ts). */
  repaired: CellRepair[];
  /** Cells marked as dynamic arrays (a `cm` among `dynamicMarks`). */
  dynamicArrays: Set<string>;
  /** The `ref` of each `<mergeCell>` (worksheet > mergeCells > mergeCell), the first MAX_MERGED_AREAS. */
  merges: string[];
}

/** `strings`: how many shared strings the workbook's table holds; `dynamicMarks` the `cm` values of a dynamic array. */
async function checkedSheet(reader: PackageReader, path: string, sheetName: string, strings: number, dynamicMarks: ReadonlySet<number>): Promise<CheckedSheet> {
  const dynamicArrays = new Set<string>();
  let rows = 0;
  let cells = 0;
  let contentCells = 0;
  let cellOpen = false;
  let columnDefinitions = 0;
  let frozenPane: Record<string, string> | null = null;
  const merges: string[] = [];
  let sheetDataAt = -1;
  const references = new CellReferenceFiller(sheetName);
  const xml = await reader.text(path);
  const repairs = new CellRepairs(sheetName, strings, references, xml);
  const { root, children } = reader.outlineText(xml, path, {
    keep: ['cols', 'sheetData', 'dataValidations'],
    onClose: (element, end) => repairs.close(element, end),
    onElement(element) {
      const { name, depth, attributes: a } = element;
      references.visit(element);
      repairs.visit(element);
      if (name === 'sheetData' && depth === 1 && sheetDataAt < 0) sheetDataAt = element.at;
      if (name === 'dimension' && depth === 1) {
        const corner = a.ref?.split(':').pop();
        const match = corner ? /^\$?([A-Za-z]+)\$?(\d+)$/.exec(corner) : null;
        const letters = match?.[1] ?? '';
        if (corner && (letters.length > 3 || columnNumber(letters) > EXCEL_MAX_COLUMNS || Number(match?.[2] ?? 0) > EXCEL_MAX_ROWS)) {
          throw tooLarge(`sheet "${sheetName}" claims a size of ${a.ref}, beyond what any spreadsheet holds (${EXCEL_MAX_COLUMNS} columns, ${EXCEL_MAX_ROWS} rows)`);
        }
      } else if (name === 'col' && depth === 2) {
        columnDefinitions++;
        const max = Number(a.max ?? 0);
        if (!Number.isInteger(max) || max > EXCEL_MAX_COLUMNS) {
          throw tooLarge(`sheet "${sheetName}" declares columns up to ${a.max}, beyond what any spreadsheet holds (${EXCEL_MAX_COLUMNS} columns)`);
        }
      } else if (name === 'row' && ++rows > MAX_ROW_ELEMENTS) {
        throw tooLarge(`sheet "${sheetName}" has more than ${MAX_ROW_ELEMENTS} rows; at most ${MAX_ROW_ELEMENTS} are accepted`);
      } else if (name === 'c') {
        cells++;
        cellOpen = depth === 3;
        if (cellOpen && a.cm !== undefined && dynamicMarks.has(Number(a.cm))) dynamicArrays.add(references.reference());
      } else if (cellOpen && depth === 4 && (name === 'v' || name === 'f' || name === 'is')) {
        contentCells++;
        cellOpen = false;
      } else if (name === 'pane' && depth === 3 && frozenPane === null) frozenPane = a;
      else if (name === 'mergeCell' && depth === 2 && a.ref !== undefined && merges.length < MAX_MERGED_AREAS) merges.push(a.ref.slice(0, 40));
    },
  });
  repairs.finish();
  const sheetData = children.has('sheetData') ? references.apply(children.get('sheetData')!, sheetDataAt) : '<sheetData/>';
  return { root, cols: children.get('cols') ?? '', sheetData, validations: children.get('dataValidations') ?? '', cells, contentCells, columnDefinitions, frozenPane, repaired: repairs.found, dynamicArrays, merges };
}

/**
 * Reads a part only to count its elements named `counted` (any prefix; at `depth` only, when
 * given), refusing more than `limit`.
 */
async function countedPart(reader: PackageReader, path: string, counted: string, limit: number, what: string, depth?: number): Promise<{ xml: string; count: number }> {
  let count = 0;
  const { xml } = await reader.outline(path, {
    onElement(element) {
      if ((depth === undefined || element.depth === depth) && element.name.slice(element.name.indexOf(':') + 1) === counted && ++count > limit) {
        throw tooLarge(`the workbook has more than ${limit} ${what}`);
      }
    },
  });
  return { xml, count };
}


function contentTypes(sheets: number, styles: boolean, strings: boolean): string {
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('xl/workbook.xml', 'sheet.main')}${Array.from({ length: sheets }, (_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, 'worksheet')).join('')}${styles ? override('xl/styles.xml', 'styles') : ''}${strings ? override('xl/sharedStrings.xml', 'sharedStrings') : ''}</Types>`;
}

/** The Excel tables on the sheet at `path` (its table parts); `before` tables were read already. */
async function sheetTables(reader: PackageReader, path: string, sheet: string, before: number): Promise<ExcelTable[]> {
  const out: ExcelTable[] = [];
  for (const rel of (await reader.relationships(path)).values()) {
    if (!rel.type.endsWith('/table') || !reader.has(rel.target)) continue;
    if (before + out.length >= MAX_IMPORT_TABLES) throw tooLarge(`the workbook has more than ${MAX_IMPORT_TABLES} tables`);
    let table: Record<string, string> = {};
    const columns: string[] = [];
    await reader.outline(rel.target, {
      onElement({ name, depth, attributes }) {
        const local = name.slice(name.indexOf(':') + 1);
        if (depth === 0 && local === 'table') table = attributes;
        else if (depth === 2 && local === 'tableColumn' && columns.length < EXCEL_MAX_COLUMNS) columns.push(attributes.name ?? '');
      },
    });
    const [from, to] = (table.ref ?? '').split(':').map((corner) => parseCellAddress(corner.replace(/\$/g, '')));
    const name = table.displayName ?? table.name;
    if (!from || !to || !name || columns.length !== to.col - from.col + 1) continue;
    const count = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Number(value) > 0 ? 1 : 0);
    out.push({ name, sheet, from, to, headerRows: count(table.headerRowCount, 1), totalsRows: count(table.totalsRowCount, 0), columns });
  }
  return out;
}

/** Checks the archive and returns the rebuilt one for exceljs; throws InterchangeError saying why not. */
export async function checkedXlsxPackage(bytes: Uint8Array, contentCellBound?: ContentCellBound): Promise<CheckedXlsx> {
  const reader = new PackageReader(await ZipArchive.open(bytes));
  const rootRels = await reader.relationships('');
  const main = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? (reader.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (!main || !reader.has(main)) throw notAWorkbook(reader);
  const sheetElements: XmlElement[] = [];
  let workbookPr = '';
  let date1904 = false;
  const workbook = await reader.outline(main, {
    contentOf: 'definedName',
    onElement(element) {
      const { name, depth, attributes: a } = element;
      if (depth !== 2 && !(depth === 1 && name === 'workbookPr')) return;
      if (name === 'sheet') sheetElements.push(element);
      else if (name === 'workbookPr') {
        workbookPr = element.tag.replace(/>$/, '').replace(/\/$/, '');
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      }
    },
  });
  if (workbook.root?.name.split(':').pop() !== 'workbook') throw notAWorkbook(reader);
  const rels = await reader.relationships(main);
  const warnings: ImportWarning[] = [];
  const definedNames: DefinedName[] = workbook.contents.slice(0, MAX_DEFINED_NAMES).flatMap(({ element: { attributes: a }, content }) => {
    if (!a.name) return [];
    const sheet = a.localSheetId === undefined ? undefined : sheetElements[Number(a.localSheetId)]?.attributes.name;
    return [{ name: a.name, text: content, ...(sheet === undefined ? {} : { sheet }) }];
  });

  const encoder = new TextEncoder();
  const parts: Array<{ name: string; data: Uint8Array }> = [];
  const sheetTags: string[] = [];
  const sheetRels: string[] = [];
  // The shared strings are counted first: a cell pointing beyond them is repaired as its sheet is read.
  const styles = [...rels.values()].find((r) => r.type.endsWith('/styles'));
  const strings = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const sharedStrings = strings && reader.has(strings.target) ? await countedPart(reader, strings.target, 'si', MAX_SHARED_STRINGS, 'shared strings', 1) : null;
  const metadata = [...rels.values()].find((r) => isCellMetadataRelationship(r.type));
  const metadataPath = metadata && reader.has(metadata.target) ? metadata.target : null;
  const metadataText = metadataPath === null ? '' : await reader.text(metadataPath);
  let dynamicMarks = new Set<number>();
  try {
    if (metadataPath !== null) dynamicMarks = dynamicArrayCellMetadata((options) => reader.outlineText(metadataText, metadataPath, options));
  } catch (error) {
    // Only the dynamic-array marks are lost: the formulas still compute, as legacy array formulas.
    if (!(error instanceof InterchangeError)) throw error;
    warnings.push(importWarning('dynamicArrayMarksLost', reasonParams(error.message, error.reason)));
  }
  const dynamicArrays = new Map<string, Set<string>>();
  const repaired: CellRepair[] = [];
  const tables: ExcelTable[] = [];
  const merges = new Map<string, string[]>();
  let cells = 0;
  let contentCells = 0;
  for (const { attributes: a } of sheetElements) {
    const name = a.name ?? '';
    const rel = rels.get(prefixedAttribute(a, 'id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) {
      warnings.push(importWarning('notWorksheet', { sheet: name }));
      continue;
    }
    if (sheetTags.length >= MAX_IMPORT_SHEETS) throw tooLarge(`the workbook has more than ${MAX_IMPORT_SHEETS} sheets`);
    const sheet = await checkedSheet(reader, rel.target, name, sharedStrings?.count ?? 0, dynamicMarks);
    tables.push(...(await sheetTables(reader, rel.target, name, tables.length)));
    if (sheet.dynamicArrays.size > 0) dynamicArrays.set(name, sheet.dynamicArrays);
    if (sheet.merges.length > 0) merges.set(name, sheet.merges);
    repaired.push(...sheet.repaired);
    cells += sheet.cells;
    if (cells > MAX_IMPORT_CELLS) throw tooLarge(`the workbook has more than ${MAX_IMPORT_CELLS} cells`);
    contentCells += sheet.contentCells;
    checkContentCells(contentCells, contentCellBound, 'the workbook');
    const index = sheetTags.length + 1;
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? ` state="${a.state}"` : '';
    sheetTags.push(`<sheet name="${escapeXml(name)}" sheetId="${index}"${state} r:id="rIdFx${index}"/>`);
    sheetRels.push(`<Relationship Id="rIdFx${index}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index}.xml"/>`);
    const namespaces = namespaceDeclarations(sheet.root);
    const root = `<worksheet${namespaces.includes('xmlns=') ? '' : ` xmlns="${MAIN_NS}"`}${namespaces}>`;
    // Frozen panes, column widths and data validation (assumption bounds) are kept, in the
    // schema's order around sheetData.
    const { sheetData } = sheet;
    const views = sheet.frozenPane ? frozenPaneXml(sheet.frozenPane) : '';
    let cols = sheet.cols;
    // exceljs makes one column object per column each <col> spans: a few thousand whole-row spans cost seconds.
    if (sheet.columnDefinitions > MAX_COLUMN_DEFINITIONS) {
      warnings.push(importWarning('columnDefinitions', { sheet: name, limit: MAX_COLUMN_DEFINITIONS }));
      cols = '';
    }
    const validations = boundedDataValidations(sheet.validations, name, warnings);
    parts.push({ name: `xl/worksheets/sheet${index}.xml`, data: encoder.encode(`${XML_HEAD}${root}${views}${cols}${sheetData}${validations}</worksheet>`) });
  }
  if (sheetTags.length === 0) throw new InterchangeError('the workbook has no worksheets');
  warnings.push(...cellRepairWarnings(repaired, sharedStrings?.count ?? 0));

  const extraRels: string[] = [];
  if (styles && reader.has(styles.target)) {
    const { xml } = await countedPart(reader, styles.target, 'xf', MAX_CELL_STYLES, 'cell styles');
    parts.push({ name: 'xl/styles.xml', data: encoder.encode(xml) });
    extraRels.push(`<Relationship Id="rIdFxStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (sharedStrings) {
    const { xml } = sharedStrings;
    parts.push({ name: 'xl/sharedStrings.xml', data: encoder.encode(xml) });
    extraRels.push(`<Relationship Id="rIdFxStrings" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  const rebuiltWorkbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr ? `${workbookPr}/>` : ''}<sheets>${sheetTags.join('')}</sheets></workbook>`;
  parts.push(
    { name: '[Content_Types].xml', data: encoder.encode(contentTypes(sheetTags.length, extraRels.some((r) => r.includes('styles')), extraRels.some((r) => r.includes('sharedStrings')))) },
    { name: '_rels/.rels', data: encoder.encode(`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: encoder.encode(rebuiltWorkbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(`${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${sheetRels.join('')}${extraRels.join('')}</Relationships>`) },
  );
  // Stored, not deflated: exceljs unpacks it right away, in this process.
  const archive: Zippable = Object.fromEntries(parts.map((p) => [p.name, [p.data, { level: 0 }]]));
  return { bytes: new Uint8Array(zipSync(archive)), warnings, definedNames, date1904, dynamicArrays, tables, merges };
}

