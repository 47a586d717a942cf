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
 * A .xlsx file writes LET's names `_xlpm.x` (xlsxLetNames, interchange/excelFormulas.ts).
 *
 * @example expandLet('=LET(x,A1*2,x+x)') // → '=(A1*2)+(A1*2)'
 */
import { formatReference, splitFormula } from './a1References.js';

/** The engine-only functions that keep a random LET value drawn once (engine/letValues.ts). */
export const LET_SCOPE_FUNCTION = 'FREMSKRIV.LET';
export const LET_VALUE_FUNCTION = 'FREMSKRIV.LETVALUE';
/** Functions whose every call draws anew: a LET value with one is computed once. */
const RANDOM = new Set(['RAND', 'RANDBETWEEN', 'RANDARRAY']);

/** LET's name in English and Danish Excel (LAD). */
export const LET_FUNCTION_NAMES: readonly string[] = ['LET'];
export const LET_DANISH_NAMES: Readonly<Record<string, string>> = { LET: 'LAD' };

type Token = { kind: 'ref' | 'string' | 'number' | 'word' | 'space' | 'char'; text: string };
/** A call (a word followed by `(`), a bracketed group, or one token. */
type Node = Token | { kind: 'call'; name: string; args: Node[][]; closed: boolean } | { kind: 'group'; items: Node[]; closed: boolean };

/** Excel's limit on a formula's length: an expansion past it is left unexpanded (#NAME?). */
const MAX_EXPANDED = 8192;
const LET_CALL = /\bLET\s*\(/i;
const NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** The pieces of a formula's text between references, by kind (strings, array constants and error literals pass whole). */
const PIECES: ReadonlyArray<readonly [Token['kind'], RegExp]> = [
  ['string', /^"(?:[^"]|"")*"?/],
  ['string', /^\{[^}]*\}?/],
  ['string', /^#[A-Za-z0-9/]+[!?]?/],
  ['number', /^(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/i],
  ['word', /^[\p{L}_\\][\p{L}\p{N}_.]*/u],
  ['space', /^\s+/],
];

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  for (const segment of splitFormula(formula)) {
    if (segment.kind === 'ref') {
      out.push({ kind: 'ref', text: formatReference(segment.ref) });
      continue;
    }
    let i = 0;
    while (i < segment.text.length) {
      const rest = segment.text.slice(i);
      const found = PIECES.map(([kind, pattern]) => [kind, pattern.exec(rest)?.[0]] as const).find(([, piece]) => piece);
      const [kind, piece] = found ? [found[0], found[1]!] : ['char' as const, rest[0]!];
      out.push({ kind, text: piece });
      i += piece.length;
    }
  }
  return out;
}

/** The nodes from `at` up to an unmatched `)` or the end; `at.i` is left after it. */
function parse(list: readonly Token[], at: { i: number }, inCall: boolean): { args: Node[][]; closed: boolean } {
  const args: Node[][] = [[]];
  while (at.i < list.length) {
    const token = list[at.i++]!;
    const current = args[args.length - 1]!;
    if (token.kind === 'char' && token.text === ')') return { args, closed: true };
    if (token.kind === 'char' && token.text === ',' && inCall) args.push([]);
    else if (token.kind === 'char' && token.text === '(') {
      const inner = parse(list, at, false);
      current.push({ kind: 'group', items: inner.args.flat(), closed: inner.closed });
    } else if (token.kind === 'word' && list[at.i]?.text === '(') {
      at.i++;
      const inner = parse(list, at, true);
      current.push({ kind: 'call', name: token.text, args: inner.args, closed: inner.closed });
    } else current.push(token);
  }
  return { args, closed: false };
}

function text(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'call') return `${node.name}(${node.args.map(text).join(',')}${node.closed ? ')' : ''}`;
      if (node.kind === 'group') return `(${text(node.items)}${node.closed ? ')' : ''}`;
      return node.text;
    })
    .join('');
}

function solid(nodes: readonly Node[]): Node[] {
  return nodes.filter((node) => node.kind !== 'space');
}

/** LET's names, or undefined where Excel would refuse the call. */
function letNames(call: Extract<Node, { kind: 'call' }>): string[] | undefined {
  if (call.name.toUpperCase() !== 'LET' || !call.closed || call.args.length < 3 || call.args.length % 2 === 0) return undefined;
  const names: string[] = [];
  for (let i = 0; i < call.args.length - 1; i += 2) {
    const [name, ...more] = solid(call.args[i]!);
    if (!name || more.length > 0 || name.kind !== 'word' || !NAME.test(name.text)) return undefined;
    names.push(name.text.toUpperCase());
  }
  return names;
}

/** `nodes` with every bare use of `name` replaced by `value` (bracketed unless one token). */
function substitute(nodes: readonly Node[], name: string, value: readonly Node[]): Node[] {
  const parts = solid(value);
  const replacement: Node[] = parts.length === 1 && parts[0]!.kind !== 'call' ? parts : [{ kind: 'group', items: [...value], closed: true }];
  return nodes.flatMap((node, i): Node[] => {
    if (node.kind === 'call') return [{ ...node, args: node.args.map((arg) => substitute(arg, name, value)) }];
    if (node.kind === 'group') return [{ ...node, items: substitute(node.items, name, value) }];
    // Not `Sheet!name` (a name of a sheet).
    const sheetName = nodes[i - 1]?.kind === 'char' && (nodes[i - 1] as Token).text === '!';
    return node.kind === 'word' && node.text.toUpperCase() === name && !sheetName ? replacement : [node];
  });
}

/** Whether `nodes` call a function that draws a random number. */
function drawsRandom(nodes: readonly Node[]): boolean {
  return nodes.some((node) => (node.kind === 'call' ? RANDOM.has(node.name.toUpperCase()) || node.args.some(drawsRandom) : node.kind === 'group' && drawsRandom(node.items)));
}

function numberToken(n: number): Token {
  return { kind: 'number', text: String(n) };
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
  const out = `=${text(expanded(parse(tokens(body), { i: 0 }, false).args.flat(), { next: 0 }))}`;
  return out.length > MAX_EXPANDED ? formula : out;
}

/**
 * The formula with every LET name (where it is named and where it is used) passed through
 * `rename`: an .xlsx file writes them `_xlpm.x`, and reads `_xlpm.x` back as `x`.
 *
 * @example renameLetNames('=LET(x,1,x+1)', (n) => `_xlpm.${n}`) // → '=LET(_xlpm.x,1,_xlpm.x+1)'
 */
export function renameLetNames(formula: string, rename: (name: string) => string): string {
  if (!LET_CALL.test(formula)) return formula;
  const lead = formula.startsWith('=') ? '=' : '';
  const body = formula.slice(lead.length);
  const visit = (nodes: readonly Node[], scope: ReadonlySet<string>): Node[] =>
    nodes.map((node, i): Node => {
      if (node.kind === 'group') return { ...node, items: visit(node.items, scope) };
      if (node.kind === 'call') {
        const names = letNames(node) ?? [];
        const inner = new Set(scope);
        const args = node.args.map((arg, n) => {
          if (n % 2 === 0 && n < node.args.length - 1 && names[n / 2]) inner.add(names[n / 2]!);
          return visit(arg, new Set(inner));
        });
        return { ...node, args };
      }
      const sheetName = nodes[i - 1]?.kind === 'char' && (nodes[i - 1] as Token).text === '!';
      return node.kind === 'word' && !sheetName && scope.has(node.text.toUpperCase()) ? { ...node, text: rename(node.text) } : node;
    });
  return lead + text(visit(parse(tokens(body), { i: 0 }, false).args.flat(), new Set()));
}
