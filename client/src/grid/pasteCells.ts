/**
 * What a paste writes. Text from Excel or Google Sheets is read as a planner would type it (in
 * the workspace's locale); a block copied inside Fremskriv keeps its formulas (moved like a fill)
 * and formats. As in Excel, a selection that is a whole multiple of the block is tiled with it.
 */
import type { CellFormat, CellInput, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import type { MergedArea } from '../../../models/workbook/mergedCells.js';
import { movedInput, type CellChanges } from './fillRange.js';
import { typedEntry } from './percentEntry.js';
import type { CellRange, GridBounds } from './selection.js';

/** A block copied from this grid, remembered with the text it put on the clipboard. */
export interface CopiedBlock {
  text: string;
  origin: { row: number; col: number };
  inputs: Array<Array<CellInput | undefined>>;
  formats: Array<Array<CellFormat | undefined>>;
  /** The merged areas lying wholly inside the block, from its top-left cell (a paste makes them again, as Excel's does). */
  merges: MergedArea[];
}

/** Where a block of `rows` × `cols` goes when pasted onto `target`: tiled when it fits whole. */
export function pasteArea(rows: number, cols: number, target: CellRange, bounds: GridBounds): CellRange {
  const targetRows = target.bottom - target.top + 1;
  const targetCols = target.right - target.left + 1;
  const tileRows = targetRows % rows === 0 ? targetRows : rows;
  const tileCols = targetCols % cols === 0 ? targetCols : cols;
  return {
    top: target.top,
    left: target.left,
    bottom: Math.min(target.top + tileRows, bounds.rows) - 1,
    right: Math.min(target.left + tileCols, bounds.cols) - 1,
  };
}

/** Pasted text (already split into rows and fields) → cell edits. */
export function pastedTextChanges(rows: string[][], target: CellRange, bounds: GridBounds, locale: WorkbookLocale): CellChanges {
  const out: CellChanges = { cells: [], formats: [] };
  const height = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (height === 0 || width === 0) return out;
  const area = pasteArea(height, width, target, bounds);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const text = rows[(row - area.top) % height]?.[(col - area.left) % width] ?? '';
      // `12,5 %` pastes as 0.125 and makes the cell a percent cell, as in Excel (percentEntry.ts).
      const entry = typedEntry(text, locale, undefined);
      out.cells.push({ row, col, input: entry.input });
      if (entry.format) out.formats.push({ row, col, format: entry.format });
    }
  }
  return out;
}

/** A block copied in this grid → cell edits, formulas moved by their distance from the copy. */
export function copiedBlockChanges(block: CopiedBlock, target: CellRange, bounds: GridBounds): CellChanges {
  const out: CellChanges = { cells: [], formats: [] };
  const height = block.inputs.length;
  const width = block.inputs[0]?.length ?? 0;
  if (height === 0 || width === 0) return out;
  const area = pasteArea(height, width, target, bounds);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const r = (row - area.top) % height;
      const c = (col - area.left) % width;
      const input = block.inputs[r]?.[c];
      out.cells.push({ row, col, input: movedInput(input, row - (block.origin.row + r), col - (block.origin.col + c)) });
      out.formats.push({ row, col, format: block.formats[r]?.[c] ?? null });
    }
  }
  return out;
}

/** The copied block's merged areas where a paste onto `target` puts them: in every tile that holds one whole. */
export function copiedBlockMerges(block: CopiedBlock, target: CellRange, bounds: GridBounds): MergedArea[] {
  const height = block.inputs.length;
  const width = block.inputs[0]?.length ?? 0;
  if (height === 0 || width === 0 || block.merges.length === 0) return [];
  const area = pasteArea(height, width, target, bounds);
  const out: MergedArea[] = [];
  for (let top = area.top; top <= area.bottom; top += height) {
    for (let left = area.left; left <= area.right; left += width) {
      for (const merge of block.merges) {
        const placed = { row: top + merge.row, col: left + merge.col, rows: merge.rows, cols: merge.cols };
        if (placed.row + placed.rows - 1 <= area.bottom && placed.col + placed.cols - 1 <= area.right) out.push(placed);
      }
    }
  }
  return out;
}
