/**
 * What the engine's functions take, read from HyperFormula's own declarations (so a plugin that
 * replaces a function, or a function added later, is read as it is registered): which arguments
 * take one value, which functions read their arguments as arrays, which read references rather
 * than values. Used by the engine's rewrites (engineFormula.ts).
 */
import { FunctionArgumentType, HyperFormula, type FunctionMetadata } from 'hyperformula';
import { prepareEngine } from './engineConfig.js';

/**
 * Functions that read their argument as a reference, not a value: a range there is never one
 * value (`ROW(A1:A9)`, `ISREF(A1:A9)`, OFFSET's first argument). HyperFormula marks most of them
 * `doesNotNeedArgumentsToBeComputed`; ISREF and OFFSET (parsed apart) it does not.
 */
const REFERENCE_READERS = new Set(['ISREF', 'OFFSET']);

/** Argument types that take a range as a range; every other type takes one value. */
const RANGE_TYPES = new Set<FunctionArgumentType>([FunctionArgumentType.RANGE, FunctionArgumentType.ANY]);

const metadataCache = new Map<string, FunctionMetadata | null>();

function metadata(name: string): FunctionMetadata | null {
  let found = metadataCache.get(name);
  if (found === undefined) {
    // Our plugins replace some declarations (arrayArguments.ts): read them once they are in place.
    prepareEngine();
    const plugin = HyperFormula.getFunctionPlugin(name);
    found = plugin?.implementedFunctions[plugin.aliases?.[name] ?? name] ?? null;
    metadataCache.set(name, found);
  }
  return found;
}

/** Whether `name` reads its arguments as arrays (SUM, MATCH, SUMPRODUCT, ARRAYFORMULA …; arrayArguments.ts). */
export function takesArrays(name: string): boolean {
  return metadata(name)?.enableArrayArithmeticForArguments === true;
}

/** Whether `name` reads its arguments as references (ROW, COLUMNS, ISREF, OFFSET …). */
export function takesReferences(name: string): boolean {
  return REFERENCE_READERS.has(name) || metadata(name)?.doesNotNeedArgumentsToBeComputed === true;
}

/**
 * Whether the engine records no dependency on `name`'s arguments (ROWS, COLUMNS, ROW, FORMULATEXT
 * …, declared `doesNotNeedArgumentsToBeComputed`): such a call is not computed again when a
 * defined name it reads is added or changed (WorkbookEngine.ts sets its formula again).
 */
export function ignoresArgumentChanges(name: string): boolean {
  return metadata(name)?.doesNotNeedArgumentsToBeComputed === true;
}

/** Whether `name` spills its result natively (SORT, SEQUENCE, TRANSPOSE …: the engine declares a result size); not ARRAYFORMULA itself. */
export function spillsNatively(name: string): boolean {
  return name !== 'ARRAYFORMULA' && metadata(name)?.sizeOfResultArrayMethod !== undefined;
}

/** Whether parameter `index` (from 0) of `name` is declared to take a range as a range (TRANSPOSE's array, MMULT's two). */
export function takesRangeAt(name: string, index: number): boolean {
  return metadata(name)?.parameters?.[index]?.argumentType === FunctionArgumentType.RANGE;
}

/** Whether argument `index` (from 0) of `name` takes one value; false for a function the engine does not know. */
export function takesOneValue(name: string, index: number): boolean {
  const parameters = metadata(name)?.parameters;
  if (!parameters || parameters.length === 0) return false;
  const repeated = metadata(name)?.repeatLastArgs ?? 0;
  let at = index;
  if (at >= parameters.length) {
    if (repeated === 0) return false;
    at = parameters.length - repeated + ((index - parameters.length) % repeated);
  }
  const type = parameters[at]?.argumentType;
  return type !== undefined && !RANGE_TYPES.has(type);
}

/**
 * Whether `name` takes `count` arguments, as the engine declares it: its parameters less those
 * optional, up to all of them, or any number past them where the last repeat (`SUM`); true for a
 * function declaring none. For an eta lambda (formula/lambdaFormula.ts): `ABS` given two is #VALUE!.
 */
export function takesArgumentCount(name: string, count: number): boolean {
  const declared = metadata(name);
  const parameters = declared?.parameters;
  if (!parameters) return true;
  const required = parameters.filter((parameter) => !parameter.optionalArg && parameter.defaultValue === undefined).length;
  return count >= required && (count <= parameters.length || (declared.repeatLastArgs ?? 0) > 0);
}
