/**
 * Excel's spilled range operator: `A1#` is the block the formula in A1 spilled into
 * (`=SUM(A1#)`, `=ROWS(Ark2!E1#)`, `=A1#*2`, Microsoft's "Spilled range operator" page). The
 * document and every export keep `A1#` as written (its reference stored by identity, so it moves
 * with inserted and deleted rows as any reference); only the engine's text names the block:
 * `=SUM(A1#)` → `=ARRAYFORMULA(SUM(A1:A5))` while A1 spills five rows. ARRAYFORMULA: a formula
 * using the operator is computed as Excel 365 computes it, element by element and spilling
 * (`=A1#*2` spills the block's shape), not intersected as a legacy formula.
 *
 * A cell that shows no spilled result (a value, a formula of one value, a blocked spill showing
 * #SPILL!) gives `#REF!` there, as Excel does; a formula whose result's size depends on values
 * (spillSizeHints.ts) that computed one value is a block of one cell (`=FILTER(…)` keeping one row).
 *
 * The block is the one spilled when the formula was set: after every change the binding asks
 * (`due`) which formulas' anchors spill another block now and sets them again
 * (settleSpilledRanges), round after round, so a chain (`=SORT(A1#)` in E1, `=E1#*2` in G1)
 * follows in the same change.
 */
import type { ExportedChange, HyperFormula } from 'hyperformula';
import { formatReference, splitFormula, type A1Reference, type FormulaSegment } from '../formula/a1References.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { splitCellKey } from '../workbook/workbookSchema.js';
import type { EngineSheets } from './EngineSheets.js';
import { engineInternals } from './engineInternals.js';
import { parseFormulaTree, type FormulaItem } from './formulaTree.js';
import { takesOneValue, takesReferences } from './functionArguments.js';
import { arraySizedByValues } from './spillSizeHints.js';
import type { SheetCell } from './formulasToReset.js';

/** Rounds of setting formulas again after one change; each follows a chain of `#` one anchor further. */
const MAX_ROUNDS = 8;

/** A spilled block: its engine sheet, corner and size. */
interface Block {
  sheet: number;
  row: number;
  col: number;
  height: number;
  width: number;
}

/** The cell an anchor names, in the document's identities (they follow rows and columns as they move). */
interface Anchor {
  sheetId: string;
  rowId: string;
  colId: string;
}

interface SpilledRangeCell {
  sheetId: string;
  key: string;
  /** Null for a reference to a sheet, row or column the grid does not have. */
  anchors: Array<Anchor | null>;
  /** The blocks the engine text named, as `blockKey` writes them. */
  blocks: string;
}

/** Whether the next segment opens with the spilled range operator `#` (not an error literal's). */
function hashFollows(segments: readonly FormulaSegment[], i: number): boolean {
  const next = segments[i + 1];
  return next?.kind === 'text' && next.text.startsWith('#') && !/^#[A-Za-z]/.test(next.text);
}

/** Whether a reference followed by the next segment is `A1#`: one cell, then `#` that opens no error literal. */
function isSpilledAt(segments: readonly FormulaSegment[], i: number): boolean {
  const segment = segments[i]!;
  if (segment.kind !== 'ref' || segment.ref.end || !segment.ref.start.row || !segment.ref.start.col) return false;
  return hashFollows(segments, i);
}

function isCell(ref: A1Reference): boolean {
  return !ref.end && ref.start.row !== undefined && ref.start.col !== undefined;
}

/**
 * A spilled block as an endpoint of the range operator, `A1#:C3` or `C3:A1#` (Excel: the smallest
 * range holding both): the anchor, the other cell and the segments it spans; undefined otherwise.
 * HyperFormula reads no range of a range (`A1:A5:C3`), so the engine's text names the enclosing
 * range itself.
 */
function spilledEndpointAt(segments: readonly FormulaSegment[], i: number): { anchor: A1Reference; other: A1Reference; last: number; before: boolean } | undefined {
  const segment = segments[i]!;
  if (segment.kind !== 'ref') return undefined;
  const next = segments[i + 1];
  const after = segments[i + 2];
  if (isSpilledAt(segments, i) && next?.kind === 'text' && next.text === '#:' && after?.kind === 'ref' && isCell(after.ref) && after.ref.sheet === undefined) {
    return { anchor: segment.ref, other: after.ref, last: i + 2, before: false };
  }
  const { end } = segment.ref;
  if (end?.row && end.col && segment.ref.start.row && segment.ref.start.col && hashFollows(segments, i)) {
    return { anchor: { sheet: segment.ref.sheet, start: end }, other: { start: segment.ref.start }, last: i, before: true };
  }
  return undefined;
}

/** Whether an A1 formula (canonical) uses the spilled range operator. */
export function usesSpilledRange(formula: string): boolean {
  if (!formula.includes('#')) return false;
  const segments = splitFormula(formula);
  return segments.some((_, i) => isSpilledAt(segments, i) || spilledEndpointAt(segments, i) !== undefined);
}

/**
 * The segments of references whose block makes the formula's own result several values, as Excel
 * 365 computes them for each value of the block: outside every function call (`=A1#*2`, `=(A1#)`)
 * and where a function takes one value with no function reading arrays or references around it
 * (`=ABS(A1#)`, `=IF(A1#>1,…)`, `=VLOOKUP(A1#,…)`: the places engineFormula.ts would intersect a
 * plain range). Inside `SUM`, `INDEX`, `SORT`, `ROWS` … the block is one argument (`=SUM(ABS(A1#))`).
 */
function liftedReferences(items: readonly FormulaItem[], out = new Set<number>()): Set<number> {
  for (const item of items) {
    if (item.kind === 'ref') out.add(item.segment);
    else if (item.kind === 'group') liftedReferences(item.items, out);
    // Into a function spilling by itself too (`=XLOOKUP(A1#,…)`): each computation gives its first value (liftedCalls.ts).
    else if (item.kind === 'call' && !takesReferences(item.name)) item.args.forEach((arg, n) => takesOneValue(item.name, n) && liftedReferences(arg, out));
  }
  return out;
}

/**
 * The formula with each `A1#` replaced by `replace(ref, outside)` (the `#` dropped), `outside`
 * when its block makes the formula's result several values (`liftedReferences`). A block as an
 * endpoint of `:` (`A1#:C3`, `C3:A1#`) is `join(ref, other, outside)` where given, else the
 * replacement joined to the other cell as written.
 * @example replaceSpilledRanges('=SUM(A1#)', (ref) => `ANCHORARRAY(${formatReference(ref)})`) // → '=SUM(ANCHORARRAY(A1))'
 */
export function replaceSpilledRanges(
  formula: string,
  replace: (ref: A1Reference, outside: boolean) => string,
  join?: (ref: A1Reference, other: A1Reference, outside: boolean) => string,
): string {
  const segments = splitFormula(formula);
  const outside = liftedReferences(parseFormulaTree(segments));
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const endpoint = spilledEndpointAt(segments, i);
    if (endpoint) {
      const { anchor, other, last, before } = endpoint;
      const lifted = outside.has(i) || outside.has(last);
      const block = replace(anchor, lifted);
      out += join ? join(anchor, other, lifted) : before ? `${formatReference(other)}:${block}` : `${block}:${formatReference(other)}`;
      i = last;
      if (before) {
        const rest = (segments[i + 1] as { text: string }).text.slice(1);
        out += rest;
        i++;
      }
    } else if (segment.kind === 'text') out += i > 0 && isSpilledAt(segments, i - 1) ? segment.text.slice(1) : segment.text;
    else out += isSpilledAt(segments, i) ? replace(segment.ref, outside.has(i)) : formatReference(segment.ref);
  }
  return out;
}

function blockKey(block: Block | null): string {
  return block ? `${block.sheet}:${block.row}:${block.col}:${block.height}x${block.width}` : '#REF!';
}

/** The range `ref` (its anchor cell) names as the block it spilled, its corner as absolute as its anchor. */
function blockReference(ref: A1Reference, block: Block): string {
  const { row, col } = ref.start;
  const corner = { row: { index: block.row + block.height - 1, absolute: row!.absolute }, col: { index: block.col + block.width - 1, absolute: col!.absolute } };
  return formatReference({ sheet: ref.sheet, start: ref.start, end: corner });
}

/** The smallest range holding `block` and the cell `other` (the range operator between them), with `ref`'s sheet. */
function enclosingReference(ref: A1Reference, block: Block, other: A1Reference): string {
  const top = Math.min(block.row, other.start.row!.index);
  const left = Math.min(block.col, other.start.col!.index);
  const bottom = Math.max(block.row + block.height - 1, other.start.row!.index);
  const right = Math.max(block.col + block.width - 1, other.start.col!.index);
  const absolute = ref.start.row!.absolute;
  const at = (row: number, col: number) => ({ row: { index: row, absolute }, col: { index: col, absolute: ref.start.col!.absolute } });
  return formatReference({ sheet: ref.sheet, start: at(top, left), end: at(bottom, right) });
}

/** The formulas using `A1#`, and how the engine's text names each one's blocks. */
export class SpilledRangeFormulas {
  private readonly cells = new Map<string, SpilledRangeCell>();
  /** The engine whose spills are read; undefined while it is being built (its spills are not known yet). */
  engine: HyperFormula | undefined;

  constructor(
    private readonly grid: WorkbookGrid,
    private readonly sheets: EngineSheets,
  ) {}

  /** Forgets every formula, for an engine built anew. */
  reset(): void {
    this.cells.clear();
    this.engine = undefined;
  }

  /** Forgets the cell `key` on `hostSheetId`, which holds no formula now. */
  forget(hostSheetId: string, key: string): void {
    if (this.cells.size > 0) this.cells.delete(`${hostSheetId} ${key}`);
  }

  /** The engine's text for the decoded formula of the cell `key` on `hostSheetId`; noted when it uses `A1#`. */
  rewrite(formula: string, hostSheetId: string, key: string): string {
    const id = `${hostSheetId} ${key}`;
    if (!usesSpilledRange(formula)) {
      if (this.cells.size > 0) this.cells.delete(id);
      return formula;
    }
    const anchors: Array<Anchor | null> = [];
    const blocks: string[] = [];
    let spills = false;
    const text = replaceSpilledRanges(formula, (ref, outside) => {
      const { anchor, block } = this.blockOf(ref, hostSheetId);
      anchors.push(anchor);
      blocks.push(blockKey(block));
      if (!block) return '#REF!';
      spills ||= outside;
      // `+`: HyperFormula's ARRAYFORMULA takes no range on its own (`=A1#`), only a computed one.
      return `${outside ? '+' : ''}${blockReference(ref, block)}`;
    }, (ref, other, outside) => this.enclosing(ref, other, hostSheetId, outside ? '+' : ''));
    // Not yet known while the engine is built: settling sets it again once the spills are.
    this.cells.set(id, { sheetId: hostSheetId, key, anchors, blocks: this.engine ? blocks.join(' ') : '' });
    // Outside every function call, or where one value is expected, the block makes the formula's result: it spills, as in Excel 365.
    return spills ? `=ARRAYFORMULA(${text.replace(/^=/, '')})` : text;
  }

  /**
   * A formula computed outside every cell (a goal's value, target or trajectory, goalEvaluation.ts)
   * with each `A1#` naming the block its anchor spills now (`#REF!` where none), references without
   * a sheet on `hostSheetId`; `lifted` where a block makes its result several values (`=A1#*2`).
   * @example spilled.blocksNamed('=SUM(Ark!A1#)', arkId) // → { text: '=SUM(Ark!A1:A3)', lifted: false }
   */
  blocksNamed(formula: string, hostSheetId: string): { text: string; lifted: boolean } {
    let lifted = false;
    if (!usesSpilledRange(formula)) return { text: formula, lifted };
    const text = replaceSpilledRanges(formula, (ref, outside) => {
      const { block } = this.blockOf(ref, hostSheetId);
      lifted ||= outside && block !== null;
      return block ? blockReference(ref, block) : '#REF!';
    }, (ref, other) => this.enclosing(ref, other, hostSheetId, ''));
    return { text, lifted };
  }

  /** `A1#:C3` as the engine reads it: the range holding the block A1 spills and C3, or #REF! when A1 spills none. */
  private enclosing(ref: A1Reference, other: A1Reference, hostSheetId: string, prefix: string): string {
    const { block } = this.blockOf(ref, hostSheetId);
    return block ? `${prefix}${enclosingReference(ref, block, other)}` : '#REF!';
  }

  /** Where `ref` (one cell) is, by identity, and the block it spills now. */
  private blockOf(ref: A1Reference, hostSheetId: string): { anchor: Anchor | null; block: Block | null } {
    const sheetId = ref.sheet === undefined ? hostSheetId : this.grid.sheetIdByName(ref.sheet);
    const rowId = sheetId === undefined ? undefined : this.grid.rowIds(sheetId)[ref.start.row!.index];
    const colId = sheetId === undefined ? undefined : this.grid.colIds(sheetId)[ref.start.col!.index];
    const anchor = sheetId !== undefined && rowId !== undefined && colId !== undefined ? { sheetId, rowId, colId } : null;
    return { anchor, block: sheetId === undefined ? null : this.blockAt(sheetId, ref.start.row!.index, ref.start.col!.index) };
  }

  /** The formulas whose anchors spill other blocks than their engine text names. */
  due(): SheetCell[] {
    const out: SheetCell[] = [];
    for (const [id, cell] of this.cells) {
      const [rowId, colId] = splitCellKey(cell.key);
      // Its row, column or sheet deleted: the formula is gone.
      if (this.sheets.hfId(cell.sheetId) === undefined || this.grid.rowIndex(cell.sheetId, rowId) < 0 || this.grid.colIndex(cell.sheetId, colId) < 0) {
        this.cells.delete(id);
        continue;
      }
      const now = cell.anchors.map((anchor) => blockKey(anchor && this.blockAt(anchor.sheetId, this.grid.rowIndex(anchor.sheetId, anchor.rowId), this.grid.colIndex(anchor.sheetId, anchor.colId))));
      if (now.join(' ') !== cell.blocks) out.push({ sheetId: cell.sheetId, key: cell.key });
    }
    return out;
  }

  /** The block the cell spilled into, or null where it shows no spilled result (Excel's `#REF!`). */
  private blockAt(sheetId: string, row: number, col: number): Block | null {
    const hf = this.engine;
    const sheet = this.sheets.hfId(sheetId);
    if (!hf || sheet === undefined || row < 0 || col < 0) return null;
    const vertex = hf.dependencyGraph.getCell({ sheet, row, col }) as unknown as FormulaCellShape | undefined;
    if (!vertex || typeof vertex !== 'object') return null;
    const { spilledResult, formulaResult } = engineInternals();
    const kind = Object.getPrototypeOf(vertex) as unknown;
    if (kind === spilledResult) {
      // A blocked spill, or a result that is one error as a whole: no block.
      if (vertex.array === undefined || 'error' in vertex.array) return null;
      return { sheet, row, col, height: vertex.height, width: vertex.width };
    }
    if (kind !== formulaResult) return null;
    // Read from the cell, not hf.getCellValue, which throws inside a batch (where formulas are set).
    const formula = vertex.getFormula((hf.dependencyGraph as unknown as { lazilyTransformingAstService: unknown }).lazilyTransformingAstService);
    const value = vertex.valueOrUndef();
    const isError = typeof value === 'object' && value !== null && 'type' in value;
    return arraySizedByValues(formula) && !isError ? { sheet, row, col, height: 1, width: 1 } : null;
  }
}

/** A formula cell of HyperFormula's dependency graph, as far as it is read here. */
interface FormulaCellShape {
  readonly width: number;
  readonly height: number;
  array?: object;
  getFormula(service: unknown): unknown;
  valueOrUndef(): unknown;
}

/**
 * Sets again, round after round, each formula whose anchors spill another block now (`setCell`),
 * spills resized after each round (`settleSpills`, spillResizing.ts); the engine's changes.
 */
export function settleSpilledRanges(hf: HyperFormula, formulas: SpilledRangeFormulas, setCell: (sheetId: string, key: string) => void, settleSpills: (changes: ExportedChange[]) => ExportedChange[]): ExportedChange[] {
  let changes: ExportedChange[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = formulas.due();
    if (due.length === 0) break;
    const set = hf.batch(() => due.forEach(({ sheetId, key }) => setCell(sheetId, key)));
    changes = changes.concat(set, settleSpills(set));
  }
  return changes;
}
