/**
 * A spilling formula that draws random numbers is computed anew at every change, as Excel does.
 * HyperFormula marks a formula volatile (computed at every change: RAND, RANDARRAY …) when it is
 * entered, but not a spilling one read when the engine is built (`GraphBuilder` adds its cell
 * with `addArrayVertex`, which skips the mark): `=RANDARRAY(5,3)` in an opened workspace kept its
 * first draw until the cell was entered again, while `=RAND()` beside it changed.
 */
import { engineInternals } from './engineInternals.js';
import { callsFunction } from './spillSizeHints.js';

interface GraphInternals {
  functionRegistry: { isFunctionVolatile(name: string): boolean };
  markAsVolatile(vertex: object): void;
}

let installed = false;

/** Makes every engine mark a spilling formula with a volatile function volatile when it is built (idempotent). */
export function markVolatileSpills(): void {
  if (installed) return;
  const graph = engineInternals().dependencyGraph;
  const addArrayVertex = graph.addArrayVertex;
  if (typeof addArrayVertex !== 'function') throw new Error("HyperFormula's dependency graph changed: volatileSpills.ts needs updating");
  installed = true;
  graph.addArrayVertex = function (this: GraphInternals, address: unknown, vertex: { formula?: unknown }): void {
    (addArrayVertex as (this: GraphInternals, ...args: unknown[]) => void).call(this, address, vertex);
    if (callsFunction(vertex.formula, (name) => this.functionRegistry.isFunctionVolatile(name))) this.markAsVolatile(vertex);
  };
}
