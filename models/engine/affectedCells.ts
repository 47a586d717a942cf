/**
 * The cells whose value may change when one cell changes, read from HyperFormula's dependency
 * graph (`getCellDependents`, followed transitively through cells and range vertices), not
 * guessed from computed values. Goal seek asks it whether a goal depends on an assumption at all.
 */
import type { HyperFormula, SimpleCellAddress, SimpleCellRange } from 'hyperformula';

export interface CellArea {
  sheet: number;
  fromRow: number;
  toRow: number;
  fromCol: number;
  toCol: number;
}

function isRange(node: SimpleCellAddress | SimpleCellRange): node is SimpleCellRange {
  return 'start' in node;
}

export class AffectedCells {
  private readonly cells = new Map<number, Set<number>>();
  private readonly columns: number;

  constructor(hf: HyperFormula, start: SimpleCellAddress, columns = 1 << 15) {
    this.columns = columns;
    const seen = new Set<string>();
    const queue: Array<SimpleCellAddress | SimpleCellRange> = [start];
    this.add(start);
    while (queue.length > 0) {
      const node = queue.pop()!;
      const key = isRange(node) ? `r${node.start.sheet}:${node.start.row}:${node.start.col}:${node.end.row}:${node.end.col}` : `c${node.sheet}:${node.row}:${node.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let dependents: Array<SimpleCellAddress | SimpleCellRange>;
      try {
        dependents = hf.getCellDependents(node);
      } catch {
        continue;
      }
      for (const dependent of dependents) {
        if (!isRange(dependent)) this.add(dependent);
        queue.push(dependent);
      }
    }
  }

  private add(cell: SimpleCellAddress): void {
    let set = this.cells.get(cell.sheet);
    if (!set) this.cells.set(cell.sheet, (set = new Set()));
    set.add(cell.row * this.columns + cell.col);
  }

  /** Whether any affected cell lies in the area. */
  touches(area: CellArea): boolean {
    const set = this.cells.get(area.sheet);
    if (!set) return false;
    for (const index of set) {
      const row = Math.floor(index / this.columns);
      const col = index % this.columns;
      if (row >= area.fromRow && row <= area.toRow && col >= area.fromCol && col <= area.toCol) return true;
    }
    return false;
  }
}
