/**
 * The names a formula binds itself, LET's (formula/letFormula.ts) and LAMBDA's parameters
 * (formula/lambdaFormula.ts), renamed where they are named and where they are used: an .xlsx
 * file writes them `_xlpm.x` (Excel shows #NAME? for a bare one), and reads `_xlpm.x` back as `x`.
 * A name of a sheet (`Ark2!x`) and a name outside the LET or LAMBDA binding it are left alone.
 *
 * @example renameBoundNames('=LET(x,1,x+1)', (n) => `_xlpm.${n}`) // → '=LET(_xlpm.x,1,_xlpm.x+1)'
 * @example renameBoundNames('=LAMBDA(x,x*2)(3)', (n) => `_xlpm.${n}`) // → '=LAMBDA(_xlpm.x,_xlpm.x*2)(3)'
 */
import { afterSheet, formulaNodes, nodesText, type Node } from './formulaNodes.js';
import { lambdaParameters } from './lambdaFormula.js';
import { letNames } from './letFormula.js';

const BINDING_CALL = /\b(LET|LAMBDA)\s*\(/i;

export function renameBoundNames(formula: string, rename: (name: string) => string): string {
  if (!BINDING_CALL.test(formula)) return formula;
  const lead = formula.startsWith('=') ? '=' : '';
  const visit = (nodes: readonly Node[], scope: ReadonlySet<string>): Node[] =>
    nodes.map((node, i): Node => {
      if (node.kind === 'group') return { ...node, items: visit(node.items, scope) };
      if (node.kind === 'call') {
        const inner = new Set(scope);
        // A LAMBDA's parameters are its own from the first argument on.
        lambdaParameters(node, true)?.forEach((name) => inner.add(name));
        // A LET's name is its own from where it is named.
        const names = letNames(node) ?? [];
        const args = node.args.map((arg, n) => {
          if (n % 2 === 0 && n < node.args.length - 1 && names[n / 2]) inner.add(names[n / 2]!);
          return visit(arg, new Set(inner));
        });
        // A LET name holding a LAMBDA, called by the name (`LET(f,LAMBDA(x,x*2),f(3))`): Excel writes `_xlpm.f(3)`.
        return { ...node, name: scope.has(node.name.toUpperCase()) ? rename(node.name) : node.name, args };
      }
      return node.kind === 'word' && !afterSheet(nodes, i) && scope.has(node.text.toUpperCase()) ? { ...node, text: rename(node.text) } : node;
    });
  return lead + nodesText(visit(formulaNodes(formula.slice(lead.length)), new Set()));
}
