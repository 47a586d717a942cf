/**
 * Rows and cells without their `r` attribute, and rows out of order. The schema makes `r`
 * optional on `<row>` and `<c>` (a row then follows the one before it, a cell the cell before it
 * in its row), and some writers leave it out; exceljs cannot read such a sheet ("Cannot read
 * properties of undefined"), so the guard writes the references in before exceljs sees the sheet.
 * exceljs also loses a shared formula's cell that comes before the formula's first cell, so rows
 * written out of order are put in order.
 *
 * @example const fill = new CellReferenceFiller(); // onElement: fill.visit(element); then fill.apply(sheetData, at)
 */
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import { InterchangeError } from './interchangeLimits.js';
import type { XmlElement } from './xmlOutline.js';

/** A cell reference as Excel writes it in `r` (upper case, no `$`); its size is checked with the other limits. */
const CELL_REFERENCE = /^[A-Z]+[1-9]\d*$/;
const ROW_NUMBER = /^[1-9]\d*$/;

/** The local name of a qualified element name (`x:row` → `row`). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export class CellReferenceFiller {
  /**
   * Changes to the part's text, by where they start: an `r` attribute inserted just after an
   * element's name (`end` = `at`), or a stretch replaced (xlsxCellRepairs.ts).
   */
  private readonly edits: Array<{ at: number; end: number; text: string }> = [];
  /** The current row, 1-based (0 before the first row). */
  private row = 0;
  /** The current cell's column, 0-based (-1 at a row's start). */
  private col = -1;
  /** Each row's start in the part's text and its number, in document order. */
  private readonly rows: Array<{ at: number; row: number }> = [];
  private ordered = true;

  /** `sheetName` names the sheet in a refusal. */
  constructor(private readonly sheetName: string) {}

  /** Called for every element of the sheet part, in document order; refuses a reference that is not one. */
  visit(element: XmlElement): void {
    const local = localName(element.name);
    const { r } = element.attributes;
    if (r !== undefined && ((local === 'row' && element.depth === 2 && !ROW_NUMBER.test(r)) || (local === 'c' && element.depth === 3 && !CELL_REFERENCE.test(r)))) {
      // exceljs would fail on it with a message no planner can act on ("A Cell needs a Row").
      throw new InterchangeError(`the file is not a readable .xlsx workbook: sheet "${this.sheetName}" has a ${local === 'c' ? 'cell' : 'row'} whose reference "${r.slice(0, 40)}" is not ${local === 'c' ? 'a cell address such as B7' : 'a row number'}`);
    }
    if (local === 'row' && element.depth === 2) {
      const given = Number(element.attributes.r);
      const row = Number.isInteger(given) && given > 0 ? given : this.row + 1;
      if (row < this.row) this.ordered = false;
      this.row = row;
      this.col = -1;
      this.rows.push({ at: element.at, row });
      if (element.attributes.r === undefined) this.insert(element, String(this.row));
    } else if (local === 'c' && element.depth === 3) {
      const given = element.attributes.r === undefined ? null : parseCellAddress(element.attributes.r);
      this.col = given ? given.col : this.col + 1;
      if (!given && element.attributes.r === undefined) this.insert(element, formatCellAddress({ row: Math.max(this.row, 1) - 1, col: this.col }));
    }
  }

  /** The current cell's reference as Excel would write it (`B7`), given or worked out. */
  reference(): string {
    return formatCellAddress({ row: Math.max(this.row, 1) - 1, col: Math.max(this.col, 0) });
  }

  /** The current cell's place, 0-based. */
  position(): { row: number; col: number } {
    return { row: Math.max(this.row, 1) - 1, col: Math.max(this.col, 0) };
  }

  /**
   * Replaces the part's text from `at` to `end` with `text` (which must carry any reference it
   * needs: an insertion inside the stretch is dropped). Stretches must not overlap.
   */
  replace(at: number, end: number, text: string): void {
    for (let i = this.edits.length - 1; i >= 0; i--) {
      const edit = this.edits[i]!;
      if (edit.at >= at && edit.at < end) this.edits.splice(i, 1);
    }
    this.edits.push({ at, end, text });
  }

  private insert(element: XmlElement, reference: string): void {
    const at = element.at + 1 + element.name.length;
    this.edits.push({ at, end: at, text: ` r="${reference}"` });
  }

  /** `text` (the sheetData element, which began at `textAt` in the part) with every missing reference written in and every replacement made, rows in order. */
  apply(text: string, textAt: number): string {
    if (this.edits.length === 0 && this.ordered) return text;
    this.edits.sort((a, b) => a.at - b.at);
    const filled = (from: number, to: number): string => {
      let out = '';
      let at = from;
      for (const edit of this.edits) {
        const here = edit.at - textAt;
        if (here < from || here >= to) continue;
        out += `${text.slice(at, here)}${edit.text}`;
        at = here + (edit.end - edit.at);
      }
      return out + text.slice(at, to);
    };
    if (this.ordered || this.rows.length === 0) return filled(0, text.length);
    // A row runs from its start tag to the next row's (whitespace between rows goes along); the
    // last one to the closing tag of sheetData.
    const end = text.lastIndexOf('</');
    // Only this sheetData's rows (a second sheetData element is not read).
    const inside = this.rows.filter(({ at }) => at - textAt >= 0 && at - textAt < end);
    if (inside.length === 0) return filled(0, text.length);
    const starts = inside.map(({ at }) => at - textAt);
    const rows = inside.map(({ row }, i) => ({ row, text: filled(starts[i]!, starts[i + 1] ?? end) }));
    rows.sort((a, b) => a.row - b.row);
    return filled(0, starts[0]!) + rows.map((r) => r.text).join('') + filled(end, text.length);
  }
}
