/**
 * The prototypes of HyperFormula's (unexported) interpreter, unparser, parser, array size
 * predictor, spilled-result and one-value formula cells, dependency graph and evaluator, through which
 * operatorChains.ts, elementwiseBound.ts, spilledBlanks.ts, spillResizing.ts, volatileSpills.ts and
 * liftedCalls.ts change how every engine reads, evaluates, writes, sizes, spills and recomputes a formula.
 * HyperFormula exports none of these classes; one probe engine hands out all eight, once per process.
 */
import { HyperFormula } from 'hyperformula';

/** The prototypes whose methods are replaced, as plain records of methods. */
export interface EngineInternals {
  interpreter: Record<string, unknown>;
  unparser: Record<string, unknown>;
  parser: Record<string, unknown>;
  arraySizePredictor: Record<string, unknown>;
  /** The cell holding a formula whose result spills (HyperFormula's ArrayFormulaVertex). */
  spilledResult: Record<string, unknown>;
  /** The cell holding a formula of one value (HyperFormula's ScalarFormulaVertex). */
  formulaResult: Record<string, unknown>;
  /** The dependency graph of an engine's cells. */
  dependencyGraph: Record<string, unknown>;
  /** What computes each formula cell in order (HyperFormula's Evaluator). */
  evaluator: Record<string, unknown>;
}

let internals: EngineInternals | undefined;

export function engineInternals(): EngineInternals {
  if (internals === undefined) {
    // One spilling formula and one of one value, so the probe holds a cell of each to take the prototypes of.
    const probe = HyperFormula.buildFromArray([['=TRANSPOSE({1,2})', '=1']], { licenseKey: 'gpl-v3' });
    const interpreter = (probe.evaluator as unknown as { interpreter: object }).interpreter;
    const { _unparser: unparser, _parser: parser, _crudOperations: operations } = probe as unknown as { _unparser: object; _parser: object; _crudOperations: { operations: { arraySizePredictor: object } } };
    internals = {
      interpreter: Object.getPrototypeOf(interpreter) as Record<string, unknown>,
      unparser: Object.getPrototypeOf(unparser) as Record<string, unknown>,
      parser: Object.getPrototypeOf(parser) as Record<string, unknown>,
      arraySizePredictor: Object.getPrototypeOf(operations.operations.arraySizePredictor) as Record<string, unknown>,
      spilledResult: Object.getPrototypeOf(probe.dependencyGraph.getCell({ sheet: 0, row: 0, col: 0 })) as Record<string, unknown>,
      formulaResult: Object.getPrototypeOf(probe.dependencyGraph.getCell({ sheet: 0, row: 0, col: 1 })) as Record<string, unknown>,
      dependencyGraph: Object.getPrototypeOf(probe.dependencyGraph) as Record<string, unknown>,
      evaluator: Object.getPrototypeOf(probe.evaluator) as Record<string, unknown>,
    };
    probe.destroy();
  }
  return internals;
}
