/**
 * Excel's LET (https://support.microsoft.com/office/let-function-34842dd8-b92b-4d3f-b325-b8b8f9908999):
 * `=LET(name1, value1, [name2, value2, …], calculation)` names values for its calculation, each
 * name also for the values after it. HyperFormula 3.5 has no LET, so the engine is given the
 * formula with every name replaced by its value (`=LET(x,A1*2,x+x)` → `=(A1*2)+(A1*2)`), which
 * computes Excel's value. A value drawing a random number (RAND, RANDBETWEEN, RANDARRAY) is
 * computed once, as Excel does, not once per use: its uses become `FREMSKRIV.LETVALUE(k)` inside
 * `FREMSKRIV.LET(k,value,calculation)`, which computes the value first (engine/letValues.ts;
 * `=LET(x,RAND(),x-x)` is 0). Inner LETs are replaced first,
 * so an inner LET's name shadows an outer one and a name shadows a defined name of the same
 * spelling, as in Excel. A LET Excel would refuse (an even number of arguments, a name that is
 * no plain word, a cell address such as `x1` being a reference) is left as it is: #NAME?.
 * A .xlsx file writes LET's names `_xlpm.x` (formula/boundNames.ts).
 *
 * @example expandLet('=LET(x,A1*2,x+x)') // → '=(A1*2)+(A1*2)'
 */
import { afterSheet, BOUND_NAME, formulaNodes, nodesText, numberToken, solid, type Node, type Token } from './formulaNodes.js';
import { lambdaParameters } from './lambdaFormula.js';

/** The engine-only functions that keep a random LET value drawn once (engine/letValues.ts). */
export const LET_SCOPE_FUNCTION = 'FREMSKRIV.LET';
export const LET_VALUE_FUNCTION = 'FREMSKRIV.LETVALUE';
/** Functions whose every call draws anew: a LET value with one is computed once. */
const RANDOM = new Set(['RAND', 'RANDBETWEEN', 'RANDARRAY']);

/** LET's name in English and Danish Excel (LAD). */
export const LET_FUNCTION_NAMES: readonly string[] = ['LET'];
export const LET_DANISH_NAMES: Readonly<Record<string, string>> = { LET: 'LAD' };

/** Excel's limit on a formula's length: an expansion past it is left unexpanded (#NAME?). */
const MAX_EXPANDED = 8192;
const LET_CALL = /\bLET\s*\(/i;

/** LET's names, or undefined where Excel would refuse the call. */
export function letNames(call: Extract<Node, { kind: 'call' }>): string[] | undefined {
  if (call.name.toUpperCase() !== 'LET' || !call.closed || call.args.length < 3 || call.args.length % 2 === 0) return undefined;
  const names: string[] = [];
  for (let i = 0; i < call.args.length - 1; i += 2) {
    const [name, ...more] = solid(call.args[i]!);
    if (!name || more.length > 0 || name.kind !== 'word' || !BOUND_NAME.test(name.text)) return undefined;
    names.push(name.text.toUpperCase());
  }
  return names;
}

/**
 * `nodes` with every bare use of `name` replaced by `value` (bracketed unless one token or one
 * LAMBDA), and a call by the name of a LAMBDA it names (`LET(f,LAMBDA(x,x*2),f(3))`) written as
 * that LAMBDA called where it is written, `LAMBDA(x,x*2)(3)` (formula/lambdaFormula.ts), and one by
 * the name of a word it names as a call of that word (`LET(f,Dobbelt,f(3))` → `Dobbelt(3)`, a
 * defined name's LAMBDA called as lambdaFormula.ts calls it). A LAMBDA
 * with a parameter of the same spelling keeps its own: `LET(x,5,LAMBDA(x,x+1)(2))` is 3.
 */
function substitute(nodes: readonly Node[], name: string, value: readonly Node[]): Node[] {
  const parts = solid(value);
  const [only] = parts;
  const lambda = parts.length === 1 && only?.kind === 'call' && lambdaParameters(only) !== undefined ? only : undefined;
  // A word (a defined name holding a LAMBDA, `LET(f,Dobbelt,f(3))`, or a function's name): a call by the LET name calls it.
  const word = parts.length === 1 && only?.kind === 'word' ? only : undefined;
  const replacement: Node[] = (parts.length === 1 && parts[0]!.kind !== 'call') || lambda ? parts : [{ kind: 'group', items: [...value], closed: true }];
  return nodes.flatMap((node, i): Node[] => {
    if (node.kind === 'call') {
      if (lambdaParameters(node)?.includes(name)) return [node];
      const args = node.args.map((arg) => substitute(arg, name, value));
      if (lambda && node.name.toUpperCase() === name && node.closed && !afterSheet(nodes, i)) {
        return [lambda, { kind: 'group', items: args.flatMap((arg, n) => (n === 0 ? arg : [{ kind: 'char', text: ',' } as Node, ...arg])), closed: true }];
      }
      if (word && node.name.toUpperCase() === name && node.closed && !afterSheet(nodes, i)) return [{ ...node, name: word.text, args }];
      return [{ ...node, args }];
    }
    if (node.kind === 'group') return [{ ...node, items: substitute(node.items, name, value) }];
    return node.kind === 'word' && node.text.toUpperCase() === name && !afterSheet(nodes, i) ? replacement : [node];
  });
}

/** Whether `nodes` call a function that draws a random number. */
function drawsRandom(nodes: readonly Node[]): boolean {
  return nodes.some((node) => (node.kind === 'call' ? RANDOM.has(node.name.toUpperCase()) || node.args.some(drawsRandom) : node.kind === 'group' && drawsRandom(node.items)));
}

/** Nodes with their LETs replaced, innermost first; `slots` numbers the random values kept once. */
function expanded(nodes: readonly Node[], slots: { next: number }): Node[] {
  return nodes.map((node): Node => {
    if (node.kind === 'group') return { ...node, items: expanded(node.items, slots) };
    if (node.kind !== 'call') return node;
    const call = { ...node, args: node.args.map((arg) => expanded(arg, slots)) };
    const names = letNames(call);
    if (!names) return call;
    let rest = call.args;
    const kept: Array<{ slot: number; value: Node[] }> = [];
    names.forEach(() => {
      const [name, value, ...after] = rest;
      const bound = (solid(name!)[0] as Token).text.toUpperCase();
      let use = value!;
      if (drawsRandom(value!)) {
        const slot = ++slots.next;
        kept.push({ slot, value: value! });
        use = [{ kind: 'call', name: LET_VALUE_FUNCTION, args: [[numberToken(slot)]], closed: true }];
      }
      rest = after.map((arg) => substitute(arg, bound, use));
    });
    // The first value kept is the outermost scope: a later value may use it.
    const calculation = kept.reduceRight<Node[]>((inner, { slot, value }) => [{ kind: 'call', name: LET_SCOPE_FUNCTION, args: [[numberToken(slot)], value, inner], closed: true }], rest[0]!);
    return { kind: 'group', items: calculation, closed: true };
  });
}

/** The formula with its LETs replaced by their calculations (unchanged without LET). */
export function expandLet(formula: string): string {
  if (!LET_CALL.test(formula)) return formula;
  const body = formula.replace(/^=/, '');
  const out = `=${nodesText(expanded(formulaNodes(body), { next: 0 }))}`;
  return out.length > MAX_EXPANDED ? formula : out;
}
