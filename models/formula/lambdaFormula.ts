/**
 * Excel's LAMBDA (https://support.microsoft.com/office/lambda-function-bd212d27-1cd1-4321-a34a-ccbf254b8b67):
 * `=LAMBDA([parameter1, …,] calculation)` is a function of its parameters, computed where it is
 * called: written with its arguments after it (`=LAMBDA(x,y,x+y)(1,2)` is 3), or given to MAP,
 * REDUCE, SCAN, BYROW, BYCOL or MAKEARRAY, which call it for each value. HyperFormula 3.5 has no
 * LAMBDA, and it reads `x` as a defined name, so the engine is given each parameter as a numbered
 * slot: `LAMBDA(x,x*2)` becomes `FREMSKRIV.LAMBDA(1,FREMSKRIV.PARAMETER(1)*2)`, and a call of it
 * `FREMSKRIV.INVOKE(FREMSKRIV.LAMBDA(…),arguments…)`; engine/lambdaFunctions.ts computes them.
 * Inner LAMBDAs are numbered first, so an inner parameter shadows an outer one of the same spelling
 * (and a defined name), and an inner LAMBDA may use an outer one's parameters. A LAMBDA Excel would
 * refuse (a parameter that is no plain word or holds a period, a cell address such as `x1`, a
 * parameter named twice, no calculation) is left as written: #NAME?.
 * A LAMBDA in brackets or one a call gives is called the same way (`(LAMBDA(x,x+1))(1)`,
 * `LAMBDA(x,LAMBDA(y,x+y))(1)(2)`), and a LET name holding a LAMBDA is called by the name once LET
 * is expanded (formula/letFormula.ts writes `f(3)` as `LAMBDA(x,x*2)(3)`).
 * A defined name whose formula is a LAMBDA (Name Manager: `Dobbelt` = `=LAMBDA(x,x*2)`) is called
 * by its name, `=Dobbelt(3)`: the engine is given `FREMSKRIV.INVOKE(Dobbelt,3)`, and the name's
 * own formula as above. A .xlsx file writes the parameters `_xlpm.x` (formula/boundNames.ts).
 *
 * @example expandLambda('=LAMBDA(x,x*2)(3)') // → '=FREMSKRIV.INVOKE(FREMSKRIV.LAMBDA(1,FREMSKRIV.PARAMETER(1)*2),3)'
 */
import { afterSheet, BOUND_NAME, formulaNodes, nodesText, numberToken, solid, type Call, type Node } from './formulaNodes.js';

/** The engine-only functions a LAMBDA is given as (engine/lambdaFunctions.ts). */
export const LAMBDA_FUNCTION = 'FREMSKRIV.LAMBDA';
export const PARAMETER_FUNCTION = 'FREMSKRIV.PARAMETER';
export const INVOKE_FUNCTION = 'FREMSKRIV.INVOKE';
/**
 * The choosing functions as a LAMBDA's calculation is given them: computing only the argument
 * they give, so a LAMBDA calling itself stops where Excel's does (engine/lazyChoices.ts).
 */
export const LAZY_CHOICES: Readonly<Record<string, string>> = {
  IF: 'FREMSKRIV.IF',
  IFS: 'FREMSKRIV.IFS',
  IFERROR: 'FREMSKRIV.IFERROR',
  CHOOSE: 'FREMSKRIV.CHOOSE',
  SWITCH: 'FREMSKRIV.SWITCH',
};

/**
 * LAMBDA, the functions that call one, and ISOMITTED. Danish Excel keeps their English names:
 * Microsoft's da-DK pages write `=BYROW(matrix;lambda(række))`, `=MAKEARRAY(…)`, `=REDUCE(…)`,
 * `=SCAN(…)`, `=MAP(…)`, `=BYCOL(…)` and `=ISOMITTED(argument)` (next to `HVIS` for IF).
 */
export const LAMBDA_FUNCTION_NAMES: readonly string[] = ['LAMBDA', 'MAP', 'REDUCE', 'SCAN', 'BYROW', 'BYCOL', 'MAKEARRAY', 'ISOMITTED'];
export const LAMBDA_DANISH_NAMES: Readonly<Record<string, string>> = Object.fromEntries(LAMBDA_FUNCTION_NAMES.map((name) => [name, name]));

/** Excel's limit on a LAMBDA's parameters. */
const MAX_PARAMETERS = 253;
const LAMBDA_CALL = /\bLAMBDA\s*\(/i;

/**
 * LAMBDA's parameters, upper case, or undefined where Excel would refuse the call (or it is none);
 * `filed` reads a file's spelling, whose parameters hold a period (`_xlpm.x`).
 */
export function lambdaParameters(call: Call, filed = false): string[] | undefined {
  if (call.name.toUpperCase() !== 'LAMBDA' || !call.closed || call.args.length > MAX_PARAMETERS + 1) return undefined;
  if (solid(call.args[call.args.length - 1]!).length === 0) return undefined;
  const names: string[] = [];
  for (const arg of call.args.slice(0, -1)) {
    const [name, ...more] = solid(arg);
    if (!name || more.length > 0 || name.kind !== 'word' || !BOUND_NAME.test(name.text) || (!filed && name.text.includes('.'))) return undefined;
    const upper = name.text.toUpperCase();
    if (names.includes(upper)) return undefined;
    names.push(upper);
  }
  return names;
}

/** A call's arguments, none for empty brackets (`f()`). */
function givenArguments(call: Call): Node[][] {
  return call.args.length === 1 && solid(call.args[0]!).length === 0 ? [] : call.args;
}

/**
 * `nodes` with every bare use of `name` replaced by the engine's parameter `slot`, and each call
 * by the name (`f(v)` in `LAMBDA(f,v,f(v))`) a call of the LAMBDA the parameter is given.
 */
function substitute(nodes: readonly Node[], name: string, slot: number): Node[] {
  const parameter = (): Call => ({ kind: 'call', name: PARAMETER_FUNCTION, args: [[numberToken(slot)]], closed: true });
  return nodes.map((node, i): Node => {
    if (node.kind === 'call' && node.closed && node.name.toUpperCase() === name) {
      return { kind: 'call', name: INVOKE_FUNCTION, args: [[parameter()], ...givenArguments(node).map((arg) => substitute(arg, name, slot))], closed: true };
    }
    if (node.kind === 'call') return { ...node, args: node.args.map((arg) => substitute(arg, name, slot)) };
    if (node.kind === 'group') return { ...node, items: substitute(node.items, name, slot) };
    if (node.kind !== 'word' || node.text.toUpperCase() !== name || afterSheet(nodes, i)) return node;
    return parameter();
  });
}

/** A bracket's items split at its commas: the arguments of a call written after a LAMBDA. */
function callArguments(items: readonly Node[]): Node[][] {
  const args: Node[][] = [[]];
  for (const item of items) {
    if (item.kind === 'char' && item.text === ',') args.push([]);
    else args[args.length - 1]!.push(item);
  }
  return args;
}

const LAMBDA_FORMULA = /^=\s*LAMBDA\s*\(/i;

/** Whether a defined name's formula is a LAMBDA, which formulas call by the name (`=Dobbelt(3)`). */
export function holdsLambda(formula: string): boolean {
  return LAMBDA_FORMULA.test(formula);
}

/** Whether a call's name is a defined name (no function): `Dobbelt(3)` calls the LAMBDA its formula is. */
export type NamedFunction = (name: string) => boolean;

/** Whether a word is a function of the engine's (`SUM`): given bare where a LAMBDA is expected, it is Excel's eta lambda. */
export type KnownFunction = (name: string) => boolean;

/** Whether a function of the engine's takes `count` values (`ABS` 1, `ROUND` 1 or 2, `SUM` any number). */
export type TakesCount = (name: string, count: number) => boolean;

/**
 * How many values each function calling a LAMBDA gives it (`args`: the call's argument count):
 * MAP one per array, REDUCE and SCAN the accumulator and a value, BYROW and BYCOL a row or a
 * column, MAKEARRAY a row and a column number.
 */
const LAMBDA_CALLERS: Readonly<Record<string, (args: number) => number>> = {
  MAP: (args) => args - 1,
  REDUCE: () => 2,
  SCAN: () => 2,
  BYROW: () => 1,
  BYCOL: () => 1,
  MAKEARRAY: () => 2,
};

/** Whether `name` calls a LAMBDA given as its last argument (MAP, REDUCE, SCAN, BYROW, BYCOL, MAKEARRAY). */
export function callsLambda(name: string): boolean {
  return Object.hasOwn(LAMBDA_CALLERS, name.toUpperCase());
}

/** The values TRUE and FALSE, which the engine also knows as functions, are no function given as a LAMBDA. */
const LOGICAL_VALUES = new Set(['TRUE', 'FALSE']);

/**
 * Excel 365's eta lambda: a function's bare name where a LAMBDA is expected (`BYROW(A1:C3,SUM)`)
 * is the LAMBDA calling it with the values given (`LAMBDA(r,SUM(r))`), as slots; else undefined.
 * A function that does not take that many values (`=MAP(A1:A3,B1:B3,ABS)`: two for ABS) is no
 * LAMBDA the caller can call: #VALUE!, as Microsoft's MAP, REDUCE … pages give for "an incorrect
 * number of parameters" (the engine alone would call ABS with two and answer #N/A).
 */
function etaLambda(call: Call, slots: { next: number }, scope: ReadonlySet<string>, named: NamedFunction, known: KnownFunction, takes: TakesCount): Call | undefined {
  const count = LAMBDA_CALLERS[call.name.toUpperCase()]?.(call.args.length);
  const [word, ...more] = solid(call.args[call.args.length - 1] ?? []);
  if (count === undefined || count < 1 || word?.kind !== 'word' || more.length > 0) return undefined;
  const upper = word.text.toUpperCase();
  // A parameter, or a defined name holding a LAMBDA, of the same spelling is given instead.
  if (scope.has(upper) || LOGICAL_VALUES.has(upper) || named(word.text) || !known(upper)) return undefined;
  // Of another count, a LAMBDA of one parameter more than given: the caller's own check answers #VALUE!.
  const numbers = Array.from({ length: takes(upper, count) ? count : count + 1 }, () => ++slots.next);
  if (numbers.length !== count) return { kind: 'call', name: LAMBDA_FUNCTION, args: [...numbers.map((slot) => [numberToken(slot)]), [{ kind: 'string', text: '#VALUE!' }]], closed: true };
  const calculation: Call = { kind: 'call', name: upper, args: numbers.map((slot) => [{ kind: 'call', name: PARAMETER_FUNCTION, args: [[numberToken(slot)]], closed: true }]), closed: true };
  return { kind: 'call', name: LAMBDA_FUNCTION, args: [...numbers.map((slot) => [numberToken(slot)]), [calculation]], closed: true };
}

/** Whether an expanded node gives a LAMBDA to call: one written, one called that gives one, or either in brackets. */
function givesLambda(node: Node): boolean {
  if (node.kind === 'call') return node.name === LAMBDA_FUNCTION || node.name === INVOKE_FUNCTION;
  const items = node.kind === 'group' ? solid(node.items) : [];
  return items.length === 1 && givesLambda(items[0]!);
}

/**
 * Nodes with their LAMBDAs given as slots, innermost first, and each LAMBDA called on the spot
 * (`LAMBDA(x,x+1)(2)`, `(LAMBDA(x,x+1))(2)`, a LAMBDA's LAMBDA called again,
 * `LAMBDA(x,LAMBDA(y,x+y))(1)(2)`) or by its name as an INVOKE. In a LAMBDA's calculation, IF,
 * IFS, IFERROR, CHOOSE and SWITCH compute only the argument they give (engine/lazyChoices.ts).
 */
function expanded(nodes: readonly Node[], slots: { next: number }, named: NamedFunction, known: KnownFunction, takes: TakesCount, scope: ReadonlySet<string> = new Set(), inLambda = false): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let callee: Node;
    if (node.kind === 'group') callee = { ...node, items: expanded(node.items, slots, named, known, takes, scope, inLambda) };
    else if (node.kind !== 'call') callee = node;
    else {
      const names = lambdaParameters(node);
      const own = names ? new Set([...scope, ...names]) : scope;
      const call: Call = {
        ...node,
        args: node.args.map((arg, n) => {
          const calculation = names !== undefined && n === node.args.length - 1;
          return expanded(arg, slots, named, known, takes, calculation ? own : scope, inLambda || calculation);
        }),
      };
      const eta = etaLambda(call, slots, scope, named, known, takes);
      if (eta) call.args[call.args.length - 1] = [eta];
      const lazy = inLambda ? LAZY_CHOICES[call.name.toUpperCase()] : undefined;
      if (lazy) callee = { ...call, name: lazy };
      else if (names) {
        let calculation = call.args[call.args.length - 1]!;
        const numbers = names.map((name) => {
          const slot = ++slots.next;
          calculation = substitute(calculation, name, slot);
          return [numberToken(slot)];
        });
        callee = { kind: 'call', name: LAMBDA_FUNCTION, args: [...numbers, calculation], closed: true };
      } else {
        // A defined name's LAMBDA called by the name (`=Dobbelt(3)`, its formula `=LAMBDA(x,x*2)`);
        // a parameter's of the same spelling is called instead (`substitute`).
        const byName = call.closed && !scope.has(call.name.toUpperCase()) && named(call.name);
        callee = byName ? { kind: 'call', name: INVOKE_FUNCTION, args: [[{ kind: 'word', text: call.name }], ...givenArguments(call)], closed: true } : call;
      }
    }
    // Called where it is written: `LAMBDA(x,x+1)(2)`, spaces allowed before the bracket, and again for the LAMBDA it gives.
    for (;;) {
      let next = i + 1;
      while (nodes[next]?.kind === 'space') next++;
      const after = nodes[next];
      if (!givesLambda(callee) || after?.kind !== 'group' || !after.closed) break;
      const args = solid(after.items).length === 0 ? [] : callArguments(expanded(after.items, slots, named, known, takes, scope, inLambda));
      callee = { kind: 'call', name: INVOKE_FUNCTION, args: [[callee], ...args], closed: true };
      i = next;
    }
    out.push(callee);
  }
  return out;
}

/** The words of a formula written before a bracket: the calls it may make. */
const CALLED = /([\p{L}_][\p{L}\p{N}_.]*)\s*\(/gu;

/** The functions calling a LAMBDA, as a formula calls them: where an eta lambda may stand. */
const LAMBDA_CALLER = /\b(MAP|REDUCE|SCAN|BYROW|BYCOL|MAKEARRAY)\s*\(/i;

/**
 * The formula with its LAMBDAs given as the engine computes them, each call of a name that
 * `named` says is no function given as a call of the LAMBDA that name holds, and each name `known`
 * says is a function, given bare where a LAMBDA is expected, as the LAMBDA calling it, or as #VALUE!
 * where `takes` says it takes another number of values (unchanged without any).
 */
export function expandLambda(formula: string, named: NamedFunction = () => false, known: KnownFunction = () => false, takes: TakesCount = () => true): string {
  if (!LAMBDA_CALL.test(formula) && !LAMBDA_CALLER.test(formula) && ![...formula.matchAll(CALLED)].some((match) => named(match[1]!))) return formula;
  const lead = formula.startsWith('=') ? '=' : '';
  return lead + nodesText(expanded(formulaNodes(formula.slice(lead.length)), { next: 0 }, named, known, takes));
}
