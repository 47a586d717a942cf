/**
 * A formula whose spill was blocked spills again once its block is free, as in Excel: clear the
 * value typed below `=FILTER(…)` and the FILTER shows its rows. HyperFormula keeps a blocked
 * array formula at #SPILL! for good (it cuts the array to its corner, and only a formula set anew
 * is sized again), so after a change that may free a block (a cell emptied; rows, columns or
 * sheets changed) each formula showing #SPILL! is set again from the document: it spills where
 * its block is free now and stays #SPILL! where it is not. Rare, so found by a walk over the
 * engine's cells only then.
 */
import { DetailedCellError, ErrorType, ExportedCellChange, type ExportedChange, type HyperFormula, type SimpleCellAddress } from 'hyperformula';

/** HyperFormula's dependency graph as far as it is read here (not part of its public types). */
interface SpillGraph {
  arrayFormulaNodes(): Iterable<{ getAddress(service: unknown): SimpleCellAddress }>;
  lazilyTransformingAstService: unknown;
}

function mayFreeBlock(changes: readonly ExportedChange[]): boolean {
  for (const change of changes) if (change instanceof ExportedCellChange && change.newValue === null) return true;
  return false;
}

/** HyperFormula's message for a spill that cells block (a spill past the workbook's bound, arrayBound.ts, has its own and stays). */
const BLOCKED = 'No space for array result.';

function isBlockedSpill(hf: HyperFormula, address: SimpleCellAddress): boolean {
  const value = hf.getCellValue(address);
  return value instanceof DetailedCellError && value.type === ErrorType.SPILL && value.message === BLOCKED;
}

/**
 * Sets again (`setAgainAt`, from the document) every formula at #SPILL! when `changes` emptied a
 * cell or `structural`; the engine's further changes.
 */
export function respillFreedBlocks(hf: HyperFormula, changes: readonly ExportedChange[], structural: boolean, setAgainAt: (address: SimpleCellAddress) => ExportedChange[] | undefined): ExportedChange[] {
  if (!structural && !mayFreeBlock(changes)) return [];
  const graph = hf.dependencyGraph as unknown as SpillGraph;
  const blocked: SimpleCellAddress[] = [];
  for (const vertex of graph.arrayFormulaNodes()) {
    const address = vertex.getAddress(graph.lazilyTransformingAstService);
    if (isBlockedSpill(hf, address)) blocked.push(address);
  }
  if (blocked.length === 0) return [];
  return hf.batch(() => {
    for (const address of blocked) setAgainAt(address);
  });
}
