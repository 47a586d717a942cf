/**
 * Which rows and columns stay in view while scrolling. The sheet suggests it (a header row of
 * labels, a label column), and each planner may freeze elsewhere; that choice is kept in this
 * browser only, as Excel's view settings are personal.
 */
import { z } from 'zod';
import type { CellInput } from '../../../models/workbook/workbookReader.js';

export interface FrozenPanes {
  rows: number;
  cols: number;
}

const frozenSchema = z.object({ rows: z.number().int().min(0).max(50), cols: z.number().int().min(0).max(20) });

/**
 * Suggests panes from a sheet's cells: freeze the first row when it labels three or more columns
 * after the first, and the first column when it labels three or more rows.
 */
export function suggestedPanes(cells: ReadonlyArray<{ row: number; col: number; input: CellInput }>): FrozenPanes {
  let headerLabels = 0;
  let rowLabels = 0;
  let otherColumns = false;
  for (const { row, col, input } of cells) {
    if (row === 0 && col > 0 && typeof input === 'string' && !input.startsWith('=')) headerLabels++;
    if (col === 0 && typeof input === 'string' && !input.startsWith('=')) rowLabels++;
    if (col > 0) otherColumns = true;
  }
  return { rows: headerLabels >= 3 ? 1 : 0, cols: rowLabels >= 3 && otherColumns ? 1 : 0 };
}

function key(scope: string, sheetId: string): string {
  return `fremskriv.frozen.${scope}.${sheetId}`;
}

export function loadFrozenPanes(storage: Storage, scope: string, sheetId: string): FrozenPanes | null {
  try {
    const parsed = frozenSchema.safeParse(JSON.parse(storage.getItem(key(scope, sheetId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveFrozenPanes(storage: Storage, scope: string, sheetId: string, panes: FrozenPanes): void {
  storage.setItem(key(scope, sheetId), JSON.stringify(frozenSchema.parse(panes)));
}
