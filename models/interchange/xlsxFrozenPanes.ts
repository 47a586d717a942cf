/**
 * A sheet's frozen panes ⇄ .xlsx (a worksheet view with state "frozen", xSplit columns and
 * ySplit rows, as Excel writes "Freeze Panes"). Export writes the panes the sheet shows (stored,
 * else suggested); import keeps the file's panes only where they differ from what the imported
 * cells would suggest, so that "no stored panes" round-trips as itself (frozenPanes.ts).
 */
import type ExcelJS from 'exceljs';
import type * as Y from 'yjs';
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import { MAX_FROZEN_COLS, MAX_FROZEN_ROWS, samePanes, sheetFrozenPanes, suggestedPanes, type FrozenPanes } from '../workbook/frozenPanes.js';
import type { CellInput } from '../workbook/workbookSchema.js';

export function writeFrozenPanes(worksheet: ExcelJS.Worksheet, doc: Y.Doc, sheetId: string): void {
  const { rows, cols } = sheetFrozenPanes(doc, sheetId);
  if (rows === 0 && cols === 0) return;
  worksheet.views = [{ state: 'frozen', xSplit: cols, ySplit: rows }];
}

function count(value: unknown, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), max) : 0;
}

/** The worksheet's frozen panes (none: 0 and 0), capped at what Fremskriv freezes. */
export function xlsxFrozenPanes(worksheet: ExcelJS.Worksheet): FrozenPanes {
  const view = (worksheet.views ?? [])[0];
  if (!view || view.state !== 'frozen') return { rows: 0, cols: 0 };
  return { rows: count(view.ySplit, MAX_FROZEN_ROWS), cols: count(view.xSplit, MAX_FROZEN_COLS) };
}

/** The panes to store for an imported sheet: the file's, unless its cells suggest the same. */
export function importedFrozenPanes(worksheet: ExcelJS.Worksheet, cells: Readonly<Record<string, CellInput>>): FrozenPanes | undefined {
  const panes = xlsxFrozenPanes(worksheet);
  const positioned = Object.entries(cells).flatMap(([address, input]) => {
    const at = parseCellAddress(address);
    return at ? [{ ...at, input }] : [];
  });
  return samePanes(panes, suggestedPanes(positioned)) ? undefined : panes;
}

/**
 * For the import guard (xlsxPackage.ts), which rebuilds each worksheet from the parts Fremskriv
 * reads: the sheet's frozen pane (the attributes of its first view's `<pane>`) as a fresh, minimal
 * `<sheetViews>` (nothing else of the view is carried over), or '' when it freezes nothing.
 */
export function frozenPaneXml(a: Readonly<Record<string, string>>): string {
  if (a.state !== 'frozen' && a.state !== 'frozenSplit') return '';
  const rows = count(Number(a.ySplit ?? 0), MAX_FROZEN_ROWS);
  const cols = count(Number(a.xSplit ?? 0), MAX_FROZEN_COLS);
  if (rows === 0 && cols === 0) return '';
  const active = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = formatCellAddress({ row: rows, col: cols });
  const splits = `${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/></sheetView></sheetViews>`;
}
