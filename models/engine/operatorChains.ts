/**
 * Evaluates and writes a chain of operators (`=A2+A2+…`, `=B1&", "&B2&…`, `=-(-(-1))`) in a loop
 * instead of one recursion per operator. HyperFormula's parser reads a chain in a loop but builds
 * it as a left-deep tree, and its interpreter and unparser recurse down that tree: 1,250 terms
 * `A2+A2+…` overflowed Node's stack, well inside Excel's 8,192 characters (about 2,700 such
 * terms, or 4,096 `1+1+…`), which Excel computes.
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 *
 * The order of evaluation is HyperFormula's own, left to right: each operator takes the value of
 * everything to its left, as the recursion gave it (so sums round as Excel's, term by term).
 */
import { ArraySize } from 'hyperformula';
import { engineInternals } from './engineInternals.js';

/** The binary operator nodes and the interpreter fields that compute them (Interpreter.ts). */
const BINARY_OPERATORS: Readonly<Record<string, string>> = {
  CONCATENATE_OP: 'concatOp',
  EQUALS_OP: 'equalOp',
  NOT_EQUAL_OP: 'notEqualOp',
  GREATER_THAN_OP: 'greaterThanOp',
  LESS_THAN_OP: 'lessThanOp',
  GREATER_THAN_OR_EQUAL_OP: 'greaterThanOrEqualOp',
  LESS_THAN_OR_EQUAL_OP: 'lessThanOrEqualOp',
  PLUS_OP: 'plusOp',
  MINUS_OP: 'minusOp',
  TIMES_OP: 'timesOp',
  POWER_OP: 'powerOp',
  DIV_OP: 'divOp',
};

/** The unary operator nodes (their operand in `value`) and the interpreter fields that compute them. */
const UNARY_OPERATORS: Readonly<Record<string, string>> = {
  PLUS_UNARY_OP: 'unaryPlusOp',
  MINUS_UNARY_OP: 'unaryMinusOp',
  PERCENT_OP: 'percentOp',
};

/** How a unary node is written: its sign before the operand, or `%` after it. */
const UNARY_IMAGES: Readonly<Record<string, { before: string; after: string }>> = {
  PLUS_UNARY_OP: { before: '+', after: '' },
  MINUS_UNARY_OP: { before: '-', after: '' },
  PERCENT_OP: { before: '', after: '%' },
};

/** A node carrying a value already computed, so that the interpreter's own post-processing (overflow to #NUM!, -0, a 1×1 range to its value) applies to it as to any operand. */
const COMPUTED = 'FREMSKRIV_COMPUTED';

interface Node {
  type: string;
  left?: Node;
  right?: Node;
  value?: unknown;
  leadingWhitespace?: string;
}

type Operator = (...args: unknown[]) => unknown;

interface Interpreter {
  evaluateAst(ast: Node, state: unknown): unknown;
  binaryRangeWrapper(op: Operator, left: unknown, right: unknown, state: unknown): unknown;
  unaryRangeWrapper(op: Operator, operand: unknown, state: unknown): unknown;
}

type Evaluate = (this: Interpreter, ast: Node, state: unknown) => unknown;

function isBinary(node: Node | undefined): node is Node & { left: Node; right: Node } {
  return node !== undefined && node.type in BINARY_OPERATORS;
}

function isUnary(node: Node | undefined): node is Node & { value: Node } {
  return node !== undefined && node.type in UNARY_OPERATORS;
}

function operator(interpreter: Interpreter, field: string | undefined): Operator {
  return (interpreter as unknown as Record<string, Operator>)[field!]!;
}

/** The nodes from `root` down its chain (left operands of binary operators, operands of unary ones). */
function chainBelow(root: Node): Node[] {
  const chain: Node[] = [];
  for (let node: Node | undefined = root; isBinary(node) || isUnary(node); node = isBinary(node) ? node.left : node.value as Node) chain.push(node);
  return chain;
}

function evaluateChain(interpreter: Interpreter, root: Node, state: unknown): unknown {
  const chain = chainBelow(root);
  const deepest = chain[chain.length - 1]!;
  let value = interpreter.evaluateAst(isBinary(deepest) ? deepest.left : (deepest.value as Node), state);
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    const computed = isBinary(node)
      ? interpreter.binaryRangeWrapper(operator(interpreter, BINARY_OPERATORS[node.type]), value, interpreter.evaluateAst(node.right, state), state)
      : interpreter.unaryRangeWrapper(operator(interpreter, UNARY_OPERATORS[node.type]), value, state);
    if (i === 0) return computed;
    value = interpreter.evaluateAst({ type: COMPUTED, value: computed }, state);
  }
  return value;
}

/** Whether `node` heads a chain worth a loop: its operand is an operator node too. */
function headsChain(node: Node): boolean {
  if (isBinary(node)) return isBinary(node.left) || isUnary(node.left);
  return isUnary(node) && (isBinary(node.value as Node) || isUnary(node.value as Node));
}

type Unparse = (this: Unparser, ast: Node, address: unknown) => string;

function whitespace(image: string, leading: string | undefined): string {
  return (leading ?? '') + image;
}

interface Unparser {
  unparseAst(ast: Node, address: unknown): string;
}

function unparseChain(unparser: Unparser, root: Node, address: unknown): string {
  const chain = chainBelow(root);
  const deepest = chain[chain.length - 1]!;
  let text = unparser.unparseAst(isBinary(deepest) ? deepest.left : (deepest.value as Node), address);
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    if (isBinary(node)) text += whitespace(BINARY_IMAGES[node.type]!, node.leadingWhitespace) + unparser.unparseAst(node.right, address);
    else {
      const image = UNARY_IMAGES[node.type]!;
      text = image.before ? whitespace(image.before, node.leadingWhitespace) + text : text + whitespace(image.after, node.leadingWhitespace);
    }
  }
  return text;
}

/** HyperFormula's operator tokens (binaryOpTokenMap.ts). */
const BINARY_IMAGES: Readonly<Record<string, string>> = {
  CONCATENATE_OP: '&',
  EQUALS_OP: '=',
  NOT_EQUAL_OP: '<>',
  GREATER_THAN_OP: '>',
  LESS_THAN_OP: '<',
  GREATER_THAN_OR_EQUAL_OP: '>=',
  LESS_THAN_OR_EQUAL_OP: '<=',
  PLUS_OP: '+',
  MINUS_OP: '-',
  TIMES_OP: '*',
  POWER_OP: '^',
  DIV_OP: '/',
};

type Convert = (this: Parser, ast: Node) => Node;

interface Parser {
  convertReversedRangesToRegularRanges: Convert;
}

/** The parser's copy of a formula with ranges written end first (`B9:A1`) put in order, down a chain in a loop. */
function orderedChain(parser: Parser, root: Node): Node {
  const chain = chainBelow(root);
  const deepest = chain[chain.length - 1]!;
  let copy = parser.convertReversedRangesToRegularRanges(isBinary(deepest) ? deepest.left : (deepest.value as Node));
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    copy = isBinary(node) ? { ...node, left: copy, right: parser.convertReversedRangesToRegularRanges(node.right) } : { ...node, value: copy };
  }
  return copy;
}

type Predict = (this: Predictor, ast: Node, state: { arraysFlag: boolean }) => ArraySize;

interface Predictor {
  checkArraySizeForAst: Predict;
}

function isBlock(size: ArraySize): boolean {
  return size.width > 1 || size.height > 1;
}

/** The size the engine reserves for a chain's result, in a loop (as ArraySize.ts: without array arithmetic a block operand is an error). */
function predictedChain(predictor: Predictor, root: Node, state: { arraysFlag: boolean }): ArraySize {
  const chain = chainBelow(root);
  const deepest = chain[chain.length - 1]!;
  let size = predictor.checkArraySizeForAst(isBinary(deepest) ? deepest.left : (deepest.value as Node), state);
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i]!;
    const right = isBinary(node) ? predictor.checkArraySizeForAst(node.right, state) : ArraySize.scalar();
    if (!state.arraysFlag && (isBlock(size) || isBlock(right))) return ArraySize.error();
    size = new ArraySize(Math.max(size.width, right.width), Math.max(size.height, right.height));
  }
  return size;
}

let installed = false;

/** Makes every engine read, size, evaluate and write operator chains in a loop. Call once, before engines are built. */
export function flattenOperatorChains(): void {
  if (installed) return;
  installed = true;
  const { interpreter, unparser, parser, arraySizePredictor } = engineInternals();
  const evaluate = interpreter.evaluateAstWithoutPostprocessing as Evaluate;
  interpreter.evaluateAstWithoutPostprocessing = function (this: Interpreter, ast: Node, state: unknown): unknown {
    if (ast.type === COMPUTED) return ast.value;
    return headsChain(ast) ? evaluateChain(this, ast, state) : evaluate.call(this, ast, state);
  };
  const unparse = unparser.unparseAst as Unparse;
  unparser.unparseAst = function (this: Unparser, ast: Node, address: unknown): string {
    return headsChain(ast) ? unparseChain(this, ast, address) : unparse.call(this, ast, address);
  };
  const convert = parser.convertReversedRangesToRegularRanges as Convert;
  parser.convertReversedRangesToRegularRanges = function (this: Parser, ast: Node): Node {
    return headsChain(ast) ? orderedChain(this, ast) : convert.call(this, ast);
  };
  const predict = arraySizePredictor.checkArraySizeForAst as Predict;
  arraySizePredictor.checkArraySizeForAst = function (this: Predictor, ast: Node, state: { arraysFlag: boolean }): ArraySize {
    return headsChain(ast) ? predictedChain(this, ast, state) : predict.call(this, ast, state);
  };
}
