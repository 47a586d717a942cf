/**
 * The prototypes of HyperFormula's (unexported) interpreter, unparser, parser, array size
 * predictor and spilled-result cell, through which operatorChains.ts, elementwiseBound.ts and
 * spilledBlanks.ts change how every engine reads, evaluates, writes and spills a formula.
 * HyperFormula exports none of these classes; one probe engine hands out all five, once per process.
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
}

let internals: EngineInternals | undefined;

export function engineInternals(): EngineInternals {
  if (internals === undefined) {
    // One spilling formula, so the probe holds a spilled-result cell to take the prototype of.
    const probe = HyperFormula.buildFromArray([['=TRANSPOSE({1,2})']], { licenseKey: 'gpl-v3' });
    const interpreter = (probe.evaluator as unknown as { interpreter: object }).interpreter;
    const { _unparser: unparser, _parser: parser, _crudOperations: operations } = probe as unknown as { _unparser: object; _parser: object; _crudOperations: { operations: { arraySizePredictor: object } } };
    internals = {
      interpreter: Object.getPrototypeOf(interpreter) as Record<string, unknown>,
      unparser: Object.getPrototypeOf(unparser) as Record<string, unknown>,
      parser: Object.getPrototypeOf(parser) as Record<string, unknown>,
      arraySizePredictor: Object.getPrototypeOf(operations.operations.arraySizePredictor) as Record<string, unknown>,
      spilledResult: Object.getPrototypeOf(probe.dependencyGraph.getCell({ sheet: 0, row: 0, col: 0 })) as Record<string, unknown>,
    };
    probe.destroy();
  }
  return internals;
}
