/**
 * The formula bar's greyed text for a cell filled by another cell's spilled result: that formula,
 * in the workspace's language, and its cell (spillAnchor.ts reads which one).
 */
import { isFormula } from '../../../models/formula/a1References.js';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellEditText, effectiveInput } from '../workspace/cellEdits.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { spillAnchor } from './spillAnchor.js';

/** The spilling formula's text and its cell's address (`A1`), or undefined when the cell is filled by none. */
export function spilledFrom(session: WorkbookSession, sheetId: string, row: number, col: number): { text: string; cell: string } | undefined {
  const values = session.engines.engine(session.activeScenario.get());
  const anchor = spillAnchor(
    {
      hasInput: (r, c) => effectiveInput(session, sheetId, r, c) !== undefined,
      isFormula: (r, c) => {
        const input = effectiveInput(session, sheetId, r, c);
        return typeof input === 'string' && isFormula(input);
      },
      showsValue: (r, c) => values.value(sheetId, r, c) !== null,
    },
    row,
    col,
  );
  return anchor === undefined ? undefined : { text: cellEditText(session, sheetId, anchor.row, anchor.col), cell: formatCellAddress(anchor) };
}
