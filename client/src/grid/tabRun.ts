/**
 * Excel's return after a run of Tabs: typing along a row with Tab and then pressing Enter goes to
 * the next row in the column where the Tabs began (E30 Tab F30 Tab G30 Enter → E31), so rows of
 * data are typed without going back by hand. The run ends at the Enter, and with any other move:
 * a run only goes on from the cell its last Tab reached.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';

export type RunKey = 'Tab' | 'Enter';

function samePosition(a: CellPosition | null, b: CellPosition): boolean {
  return a !== null && a.row === b.row && a.col === b.col;
}

export class TabRun {
  /** The cell the run's first Tab left, and the cell its last Tab reached. */
  private start: CellPosition | null = null;
  private reached: CellPosition | null = null;

  /**
   * Where a Tab or Enter (Shift with `back`) from `active` goes, given where it goes outside a run
   * (`plain`: one cell right, left, down or up, kept within the sheet).
   */
  move(key: RunKey, back: boolean, active: CellPosition, plain: CellPosition): CellPosition {
    const continuing = this.start !== null && samePosition(this.reached, active);
    if (key === 'Tab') {
      if (!continuing) this.start = active;
      this.reached = plain;
      return plain;
    }
    const start = this.start;
    this.start = this.reached = null;
    // Down from the row the run went along; at the sheet's last row Enter stays on it, as `plain` does.
    return continuing && start && !back && plain.row !== active.row ? { row: plain.row, col: start.col } : plain;
  }
}
