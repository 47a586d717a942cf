/**
 * Cells whose value the file does not hold in a form its own type allows, found while the guard
 * reads each sheet (xlsxPackage.ts) and rewritten before exceljs sees them, so that nothing is
 * silently dropped or misread and the import lists every such cell:
 *
 * - a shared string index beyond the file's table (`<c t="s"><v>5</v>` with fewer strings, or
 *   no table at all): exceljs read the index as the number 5, or failed on the whole file
 *   ("Cannot read properties of undefined"). The cell is left empty: its text is not in the file.
 * - text where the file says number or boolean (`<c><v>abc</v>`, `<c t="b"><v>x</v>`): exceljs
 *   read NaN (dropped) or TRUE. The cell keeps the text.
 * - a shared formula whose first cell (the one holding its text, `<f t="shared" ref=… si="3">`)
 *   is missing or comes after it: exceljs gave the cell no formula and no value. The cell keeps
 *   its last computed value (`<v>`), as Excel's repair does.
 * - a value in a CDATA section (`<v><![CDATA[12]]></v>`): exceljs read nothing. It is written out.
 * - a date written as ISO 8601 text (`<c t="d"><v>2024-03-15</v>`, allowed by the schema, written
 *   by some libraries): exceljs read the year. It becomes the date's serial number.
 *
 * Excel itself calls such a file damaged and offers to repair it; a planner's import goes on,
 * told which cells were read how (a warning per kind, naming the cells).
 *
 * @example const repairs = new CellRepairs('Ark1', 12, filler); // visit/close for each element, then finish()
 */
import { dateSerial } from '../format/excelDate.js';
import type { CellReferenceFiller } from './xlsxCellReferences.js';
import { escapeXml, type XmlElement } from './xmlOutline.js';
import { importWarning, listed, type ImportWarning } from './importWarnings.js';

export type CellRepairKind = 'missing-string' | 'text-as-number' | 'orphan-shared-formula';

export interface CellRepair {
  kind: CellRepairKind;
  /** `Sheet!B7`. */
  cell: string;
}

/** xsd:double as SpreadsheetML writes a number (`12`, `-1.5E-3`, `INF` is no planner's figure). */
const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
const BOOLEAN = /^\s*(0|1|true|false)\s*$/;
const INDEX = /^\s*\d+\s*$/;

/** `2024-03-15` or `2024-03-15T10:30:00(.000)(Z)` → its serial number (the time as the fraction), else null. */
function isoDateSerial(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) return null;
  const day = dateSerial(Number(match[1]), Number(match[2]), Number(match[3]));
  if (day === null) return null;
  const [hours, minutes, seconds] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds >= 60) return null;
  return day + (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** One `<c>` as read so far. */
interface OpenCell {
  element: XmlElement;
  reference: string;
  position: { row: number; col: number };
  type: string;
  formula: { element: XmlElement; end: number; shared: 'master' | 'child' | null; si: string | undefined } | null;
  value: { element: XmlElement; end: number } | null;
}

export class CellRepairs {
  readonly found: CellRepair[] = [];
  private cell: OpenCell | null = null;
  /** A shared formula's first cell by its `si`: where it is, in reading order. */
  private readonly masters = new Map<string, { row: number; col: number }>();
  /** Cells with a shared formula that is not the first, to be judged once the whole sheet is read. */
  private readonly children: OpenCell[] = [];

  /** `strings`: how many shared strings the file's table holds (0 without one). */
  constructor(
    private readonly sheetName: string,
    private readonly strings: number,
    private readonly filler: CellReferenceFiller,
    private readonly xml: string,
  ) {}

  /** For every element of the sheet part, after the filler has visited it. */
  visit(element: XmlElement): void {
    const local = localName(element.name);
    if (element.depth === 3 && local === 'c') {
      this.cell = { element, reference: this.filler.reference(), position: this.filler.position(), type: element.attributes.t ?? 'n', formula: null, value: null };
    }
  }

  /** For every element once it ends. */
  close(element: XmlElement, end: number): void {
    const cell = this.cell;
    if (!cell) return;
    const local = localName(element.name);
    if (element.depth === 4 && local === 'f') {
      const { t, ref, si } = element.attributes;
      const shared = t === 'shared' ? (ref !== undefined ? 'master' : 'child') : null;
      cell.formula = { element, end, shared, si };
      if (shared === 'master' && si !== undefined && !this.masters.has(si)) this.masters.set(si, cell.position);
    } else if (element.depth === 4 && local === 'v') {
      cell.value = { element, end };
    } else if (element.depth === 3 && local === 'c') {
      this.cell = null;
      if (cell.formula?.shared === 'child') this.children.push(cell);
      else if (!cell.formula) this.checkValue(cell);
    }
  }

  /** Judges the shared formulas' cells, once the sheet is read. */
  finish(): void {
    for (const cell of this.children) {
      const master = cell.formula!.si === undefined ? undefined : this.masters.get(cell.formula!.si);
      const before = master !== undefined && (master.row < cell.position.row || (master.row === cell.position.row && master.col <= cell.position.col));
      if (before) continue;
      // exceljs finds a shared formula's text only in a first cell it has already read.
      this.filler.replace(cell.formula!.element.at, cell.formula!.end, '');
      this.note('orphan-shared-formula', cell);
      this.checkValue(cell);
    }
  }

  private note(kind: CellRepairKind, cell: OpenCell): void {
    this.found.push({ kind, cell: `${this.sheetName}!${cell.reference}` });
  }

  /** The text of the cell's `<v>`, as written (entities and all). */
  private valueText(cell: OpenCell): string | null {
    if (!cell.value) return null;
    const { element, end } = cell.value;
    if (element.tag.endsWith('/>')) return '';
    return this.xml.slice(element.at + element.tag.length, this.xml.lastIndexOf('</', end - 1));
  }

  private checkValue(cell: OpenCell): void {
    const raw = this.valueText(cell);
    if (raw === null) return;
    // A CDATA section's content is the value (exceljs reads no CDATA, so it is written out plainly).
    const text = raw.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
    const written = text === raw ? raw : escapeXml(text);
    if (written !== raw) {
      const v = cell.value!.element;
      this.filler.replace(v.at, cell.value!.end, `<${v.name}>${written}</${v.name}>`);
    }
    if (cell.type === 's') {
      if (INDEX.test(text) && Number(text) < this.strings) return;
      this.filler.replace(cell.value!.element.at, cell.value!.end, '');
      this.note('missing-string', cell);
    } else if (cell.type === 'd') {
      const serial = isoDateSerial(text.trim());
      if (serial !== null) this.retype(cell, null, String(serial));
      else {
        this.retype(cell, 'str', written);
        this.note('text-as-number', cell);
      }
    } else if ((cell.type === 'n' && !NUMBER.test(text)) || (cell.type === 'b' && !BOOLEAN.test(text))) {
      if (text.trim() === '') return;
      this.retype(cell, 'str', written);
      this.note('text-as-number', cell);
    }
  }

  /** Rewrites the cell's start tag with type `type` (none: a number) and its `<v>` with `value` (as written in XML). */
  private retype(cell: OpenCell, type: string | null, value: string): void {
    const { element } = cell;
    const attributes = Object.entries(element.attributes)
      .filter(([key]) => key !== 'r' && key !== 't')
      .map(([key, v]) => ` ${key}="${escapeXml(v)}"`)
      .join('');
    const tag = `<${element.name} r="${cell.reference}"${attributes}${type ? ` t="${type}"` : ''}>`;
    this.filler.replace(element.at, element.at + element.tag.length, tag);
    const v = cell.value!.element;
    this.filler.replace(v.at, cell.value!.end, `<${v.name}>${value}</${v.name}>`);
  }
}

const LISTED = 20;

/** The import's warnings for what was repaired, one per kind, naming the cells (the first 20). */
export function cellRepairWarnings(found: readonly CellRepair[], strings: number): ImportWarning[] {
  const out: ImportWarning[] = [];
  const cellsOf = (kind: CellRepairKind): { count: number; cells: string } | null => {
    const cells = found.filter((f) => f.kind === kind).map((f) => f.cell);
    return cells.length === 0 ? null : { count: cells.length, cells: listed(cells, LISTED, true) };
  };
  const missing = cellsOf('missing-string');
  if (missing) out.push(importWarning('missingString', { ...missing, strings }));
  const text = cellsOf('text-as-number');
  if (text) out.push(importWarning('textAsNumber', text));
  const orphans = cellsOf('orphan-shared-formula');
  if (orphans) out.push(importWarning('orphanSharedFormula', orphans));
  return out;
}
