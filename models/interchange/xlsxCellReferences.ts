/**
 * Rows and cells without their `r` attribute. The schema makes `r` optional on `<row>` and `<c>`
 * (a row then follows the one before it, a cell the cell before it in its row), and some writers
 * leave it out; exceljs cannot read such a sheet ("Cannot read properties of undefined"), so the
 * guard writes the references in before exceljs sees the sheet.
 *
 * @example const fill = new CellReferenceFiller(); // onElement: fill.visit(element); then fill.apply(sheetData, at)
 */
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import type { XmlElement } from './xmlOutline.js';

/** The local name of a qualified element name (`x:row` → `row`). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export class CellReferenceFiller {
  /** Where to insert an `r` attribute (just after the element's name), in the part's text, and which. */
  private readonly insertions: Array<{ at: number; reference: string }> = [];
  /** The current row, 1-based (0 before the first row). */
  private row = 0;
  /** The current cell's column, 0-based (-1 at a row's start). */
  private col = -1;

  /** Called for every element of the sheet part, in document order. */
  visit(element: XmlElement): void {
    const local = localName(element.name);
    if (local === 'row' && element.depth === 2) {
      const given = Number(element.attributes.r);
      this.row = Number.isInteger(given) && given > 0 ? given : this.row + 1;
      this.col = -1;
      if (element.attributes.r === undefined) this.insert(element, String(this.row));
    } else if (local === 'c' && element.depth === 3) {
      const given = element.attributes.r === undefined ? null : parseCellAddress(element.attributes.r);
      this.col = given ? given.col : this.col + 1;
      if (!given && element.attributes.r === undefined) this.insert(element, formatCellAddress({ row: Math.max(this.row, 1) - 1, col: this.col }));
    }
  }

  private insert(element: XmlElement, reference: string): void {
    this.insertions.push({ at: element.at + 1 + element.name.length, reference });
  }

  /** `text` (which began at `textAt` in the part) with every missing reference written in. */
  apply(text: string, textAt: number): string {
    if (this.insertions.length === 0) return text;
    let out = '';
    let from = 0;
    for (const { at, reference } of this.insertions) {
      const here = at - textAt;
      if (here < 0 || here > text.length) continue;
      out += `${text.slice(from, here)} r="${reference}"`;
      from = here;
    }
    return out + text.slice(from);
  }
}
