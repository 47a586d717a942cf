/**
 * Small .xlsx files written part by part, for the shapes other programs write and exceljs never
 * does (cells without `r`, the 1904 date system, array formulas with cached spill values, strict
 * namespaces): the importer must read what Excel, LibreOffice and older writers put in a file.
 */
import { buildZip } from './zipBuilder.js';

export interface HandWrittenSheet {
  name: string;
  /** The worksheet's children (`<sheetData>…</sheetData>`, …). */
  xml: string;
  /** Hidden in Excel (Hide) or very hidden (only VBA shows it). */
  state?: 'hidden' | 'veryHidden';
}

export interface HandWrittenWorkbook {
  sheets: HandWrittenSheet[];
  /** The children of `<sst>`. */
  strings?: string;
  /** The children of `<styleSheet>`. */
  styles?: string;
  /** A `<workbookPr …/>` element. */
  workbookPr?: string;
  /** The children of `<definedNames>`. */
  definedNames?: string;
  /** The cell metadata part (`xl/metadata.xml`, whole), as Excel 365 writes for its dynamic arrays. */
  metadata?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function handWrittenXlsx({ sheets, strings, styles, workbookPr, definedNames, metadata }: HandWrittenWorkbook): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${TYPE}.${type}+xml"/>`;
  const types = [
    override('xl/workbook.xml', 'sheet.main'),
    ...sheets.map((_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, 'worksheet')),
    ...(strings ? [override('xl/sharedStrings.xml', 'sharedStrings')] : []),
    ...(styles ? [override('xl/styles.xml', 'styles')] : []),
    ...(metadata ? [override('xl/metadata.xml', 'sheetMetadata')] : []),
  ].join('');
  const rels = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    ...(strings ? [`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(styles ? [`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`] : []),
    ...(metadata ? [`<Relationship Id="rIdM" Type="${REL}/sheetMetadata" Target="metadata.xml"/>`] : []),
  ].join('');
  return buildZip([
    { name: '[Content_Types].xml', data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types}</Types>` },
    { name: '_rels/.rels', data: `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `${head}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr ?? ''}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: `${head}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>` })),
    ...(strings ? [{ name: 'xl/sharedStrings.xml', data: `${head}<sst xmlns="${MAIN}">${strings}</sst>` }] : []),
    ...(styles ? [{ name: 'xl/styles.xml', data: `${head}<styleSheet xmlns="${MAIN}">${styles}</styleSheet>` }] : []),
    ...(metadata ? [{ name: 'xl/metadata.xml', data: metadata }] : []),
  ]);
}

/** A styles part whose cell style 1 is Excel's built-in short date (numFmtId 14). */
export const DATE_STYLE = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>';
