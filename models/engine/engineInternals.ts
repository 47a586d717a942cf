/**
 * The prototypes of HyperFormula's (unexported) interpreter, unparser, parser and array size
 * predictor, through which
 * operatorChains.ts and elementwiseBound.ts change how every engine reads, evaluates and writes
 * a formula. HyperFormula exports none of these classes; one probe engine hands out all four, once per process.
 */
import { HyperFormula } from 'hyperformula';

/** The prototypes whose methods are replaced, as plain records of methods. */
export interface EngineInternals {
  interpreter: Record<string, unknown>;
  unparser: Record<string, unknown>;
  parser: Record<string, unknown>;
  arraySizePredictor: Record<string, unknown>;
}

let internals: EngineInternals | undefined;

export function engineInternals(): EngineInternals {
  if (internals === undefined) {
    const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const interpreter = (probe.evaluator as unknown as { interpreter: object }).interpreter;
    const { _unparser: unparser, _parser: parser, _crudOperations: operations } = probe as unknown as { _unparser: object; _parser: object; _crudOperations: { operations: { arraySizePredictor: object } } };
    internals = {
      interpreter: Object.getPrototypeOf(interpreter) as Record<string, unknown>,
      unparser: Object.getPrototypeOf(unparser) as Record<string, unknown>,
      parser: Object.getPrototypeOf(parser) as Record<string, unknown>,
      arraySizePredictor: Object.getPrototypeOf(operations.operations.arraySizePredictor) as Record<string, unknown>,
    };
    probe.destroy();
  }
  return internals;
}
