/**
 * A formula's text read as nested calls, bracketed groups and tokens, for the rewrites that bind
 * names of their own (LET, formula/letFormula.ts; LAMBDA, formula/lambdaFormula.ts): they replace
 * or rename a name where it is used and write the text back. References are read whole, strings,
 * array constants and error literals pass as one token each.
 *
 * @example nodesText(formulaNodes('SUM(x, A1)')) // → 'SUM(x, A1)'
 */
import { formatReference, splitFormula } from './a1References.js';

export type Token = { kind: 'ref' | 'string' | 'number' | 'word' | 'space' | 'char'; text: string };
export type Call = { kind: 'call'; name: string; args: Node[][]; closed: boolean };
/** A call (a word followed by `(`), a bracketed group, or one token. */
export type Node = Token | Call | { kind: 'group'; items: Node[]; closed: boolean };

/** A name as LET and LAMBDA take one: a plain word. */
export const BOUND_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** The pieces of a formula's text between references, by kind (strings, array constants and error literals pass whole). */
const PIECES: ReadonlyArray<readonly [Token['kind'], RegExp]> = [
  ['string', /^"(?:[^"]|"")*"?/],
  ['string', /^\{[^}]*\}?/],
  ['string', /^#[A-Za-z][A-Za-z0-9/]*[!?]?/],
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

/** A formula's text (without its `=`) as nodes. */
export function formulaNodes(body: string): Node[] {
  return parse(tokens(body), { i: 0 }, false).args.flat();
}

/** Nodes written back as text. */
export function nodesText(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'call') return `${node.name}(${node.args.map(nodesText).join(',')}${node.closed ? ')' : ''}`;
      if (node.kind === 'group') return `(${nodesText(node.items)}${node.closed ? ')' : ''}`;
      return node.text;
    })
    .join('');
}

/** The nodes without spaces. */
export function solid(nodes: readonly Node[]): Node[] {
  return nodes.filter((node) => node.kind !== 'space');
}

/** Whether `nodes[i]` follows a `!`: `Sheet!name` is a name of a sheet, never a bound one. */
export function afterSheet(nodes: readonly Node[], i: number): boolean {
  const before = nodes[i - 1];
  return before?.kind === 'char' && before.text === '!';
}

/** A number token. */
export function numberToken(n: number): Token {
  return { kind: 'number', text: String(n) };
}
