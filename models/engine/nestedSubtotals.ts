/**
 * Cells that hold a subtotal themselves, which SUBTOTAL and AGGREGATE (options 0–3) pass over in
 * their references, as Excel does "to avoid double counting" (Microsoft's SUBTOTAL and AGGREGATE
 * pages; LibreOffice alike): a column of section subtotals closed by `=SUBTOTAL(9,B2:B20)` counts
 * each figure once. A cell is passed over when its formula calls SUBTOTAL or AGGREGATE anywhere.
 * Read from the engine's dependency graph (the cell's formula vertex and its parsed formula);
 * HyperFormula's own SUBTOTAL counted them (Apache POI's test file 59736, saved by Excel: `=SUBTOTAL(9,A1,A2)`
 * over `1` and `=SUBTOTAL(9,A1)` is 1 in Excel).
 */
import type { SimpleCellAddress } from 'hyperformula';

const SUBTOTALLING = new Set(['SUBTOTAL', 'AGGREGATE']);

/** Whether the parsed formula calls SUBTOTAL or AGGREGATE, at any depth (walked by its node fields). */
function callsSubtotal(node: unknown, depth = 0): boolean {
  if (typeof node !== 'object' || node === null || depth > 200) return false;
  if (Array.isArray(node)) return node.some((child) => callsSubtotal(child, depth + 1));
  const ast = node as { procedureName?: unknown; args?: unknown; left?: unknown; right?: unknown; value?: unknown; expression?: unknown };
  if (typeof ast.procedureName === 'string' && SUBTOTALLING.has(ast.procedureName)) return true;
  return [ast.args, ast.left, ast.right, ast.value, ast.expression].some((child) => callsSubtotal(child, depth + 1));
}

interface FormulaGraph {
  getCell(address: SimpleCellAddress): unknown;
}

/** Each formula checked once: the parsed formula of a cell is replaced, not changed, when the cell is edited. */
const checked = new WeakMap<object, boolean>();

/** A lookup of whether the cell at an address holds a SUBTOTAL or AGGREGATE formula, in the engine's `graph`. */
export function subtotalCells(graph: unknown): (address: SimpleCellAddress) => boolean {
  const cells = graph as FormulaGraph;
  return (address) => {
    const vertex = cells.getCell(address) as { formula?: unknown } | undefined;
    const formula = vertex?.formula;
    if (typeof formula !== 'object' || formula === null) return false;
    let holds = checked.get(formula);
    if (holds === undefined) checked.set(formula, (holds = callsSubtotal(formula)));
    return holds;
  };
}
