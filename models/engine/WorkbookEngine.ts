/**
 * The HyperFormula binding: one engine that computes the workbook as the document holds it, with
 * one scenario's inputs in place of their cells' content. It is built once from the document and
 * then follows every Yjs transaction incrementally (local or remote), mirroring sheet, row and
 * column changes and re-setting only the cells that changed. Nothing outside models/engine touches HyperFormula.
 */
import type { ExportedChange, HyperFormula, RawCellContent } from 'hyperformula';
import * as Y from 'yjs';
import { ReferenceReader } from './ReferenceReader.js';
import { parseInputKey } from '../scenarios/scenarioModel.js';
import { storedCells } from '../workbook/readCells.js';
import { workbookGrid, type WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { workbookLocale } from '../workbook/workbookReader.js';
import { cellKey, type WorkbookLocale } from '../workbook/workbookSchema.js';
import type { CellValue } from './cellValue.js';
import { toCellValue } from './engineValue.js';
import { formulaDependsOn } from './formulaAreas.js';
import { EngineHiddenRows } from './engineHiddenRows.js';
import { documentCellFormats } from './engineCellFormats.js';
import { buildEngine, prepareEngine } from './engineConfig.js';
import { engineContent } from './engineContent.js';
import { EngineSheets } from './EngineSheets.js';
import { engineWorkbookContents } from './engineWorkbookContents.js';
import { dataExtent, RangeBound } from './rangeBound.js';
import { FollowedUpdate, type EngineValueUpdate } from './engineUpdate.js';
import { documentChanges, type DocumentChanges } from './documentChanges.js';
import { ScenarioOverrides } from './scenarioOverrides.js';
import { ResizedSumRanges } from './sumRangeSize.js';
import { EngineNames } from './engineNames.js';
import { formulasMentioning, formulasFollowingNames, type SheetCell } from './formulasToReset.js';
import { OffsetFormulas } from './offsetAreas.js';
import { settleOffsets } from './offsetSettling.js';
import { spillCornerOf } from './spillCorners.js';
import { settleSpills } from './spillResizing.js';
import { settleSpilledRanges, SpilledRangeFormulas } from './spilledRangeReferences.js';
import { calculateFormula, calculateFormulaList, type FormulaEngine } from './workbookFormula.js';

export type { EngineChange, EngineUpdate, EngineValueChange, EngineValueUpdate } from './engineUpdate.js';
type Listener = (update: EngineValueUpdate) => void;

/** What one engine follows of a transaction: the document's changes and its scenario's changed inputs. */
type ChangeSummary = DocumentChanges & { inputs: Set<string> | null };

const NO_SHEETS: ReadonlySet<string> = new Set();

export class WorkbookEngine {
  private hf!: HyperFormula;
  /** How far oversized ranges reach in the engine (rangeBound.ts); grows with the data. */
  private bound!: RangeBound;
  /** Formulas given a resized SUMIF/AVERAGEIF sum range (sumRangeSize.ts): set again when rows or columns change. */
  private resized!: ResizedSumRanges;
  /** Formulas using OFFSET and the areas they name (offsetAreas.ts): set again when their target moves. */
  private offsets!: OffsetFormulas;
  /** Data was set beyond the bound: the formulas holding cut ranges are set again. */
  private boundGrew = false;
  private readonly grid: WorkbookGrid;
  /** The scenario's inputs in place of their cells' content. */
  private readonly scenario: ScenarioOverrides;
  private readonly sheets: EngineSheets;
  /** Formulas using the spilled range operator `A1#` (spilledRangeReferences.ts): set again when the block spilled changes. */
  private readonly spilled: SpilledRangeFormulas;
  private readonly names = new EngineNames();
  /** The sheets' hidden rows, for SUBTOTAL 101–111 and AGGREGATE (visibleCells.ts). */
  private readonly hiddenRows: EngineHiddenRows;
  private readonly listeners = new Set<Listener>();
  private destroyed = false;
  /** The workbook's locale the engine was built for (TEXT reads its format codes in it, text is read as numbers in it). */
  private locale: WorkbookLocale = 'da-DK';
  private readonly references = new ReferenceReader((name) => {
    const sheetId = this.grid.sheetIdByName(name);
    return sheetId === undefined ? undefined : this.sheets.hfId(sheetId);
  });
  /** How often the engine had to be rebuilt because it could not follow a change (tests expect 0). */
  rebuilds = 0;
  private readonly onTransaction = (tr: Y.Transaction): void => this.followTransaction(tr);

  /**
   * `scenarioId` undefined: the document's own values (the Basis view). With `followsDocument`
   * false the engine does not listen to the document itself: its owner hands it every
   * transaction through `followTransaction` (ScenarioEngines does, to choose the order).
   */
  constructor(
    readonly doc: Y.Doc,
    readonly scenarioId?: string,
    private readonly followsDocument = true,
  ) {
    prepareEngine();
    this.grid = workbookGrid(doc);
    this.sheets = new EngineSheets(this.grid);
    this.hiddenRows = new EngineHiddenRows(this.grid, this.sheets.documentIds);
    this.spilled = new SpilledRangeFormulas(this.grid, this.sheets);
    this.scenario = new ScenarioOverrides(doc, scenarioId);
    this.build();
    if (followsDocument) doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.followsDocument) this.doc.off('afterTransaction', this.onTransaction);
    this.hf.destroy();
    this.listeners.clear();
  }

  /** Called after every transaction that changed values or structure. Returns the unsubscribe. */
  onUpdate(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  value(sheetId: string, row: number, col: number): CellValue {
    const sheet = this.sheets.hfId(sheetId);
    if (sheet === undefined) return { error: '#REF!', message: 'unknown sheet' };
    return toCellValue(this.hf.getCellValue({ sheet, row, col }));
  }

  /** The formula's cell whose spilled result the cell holds or is filled by (`=SORT(A1:A3)` in A1: A1 for A1:A3), else undefined. */
  spillCorner(sheetId: string, row: number, col: number): ReturnType<typeof spillCornerOf> {
    return spillCornerOf(this.hf, this.sheets, sheetId, row, col);
  }

  /** Evaluates an A1 formula (canonical) against the workbook, e.g. a goal's target: a range row by row; errors as values, never thrown. */
  calculate(formula: string): CellValue | CellValue[][] {
    return calculateFormula(this.formulaEngine(), formula);
  }

  /** The values of an A1 formula in reading order (a range row by row), e.g. a goal's trajectory (`=Fremskrivning!E5:AT5`). */
  calculateList(formula: string): CellValue[] {
    return calculateFormulaList(this.formulaEngine(), formula);
  }

  private formulaEngine(): FormulaEngine {
    const spilled = (formula: string) => this.spilled.blocksNamed(formula, this.grid.listSheets()[0]?.id ?? '');
    return { hf: this.hf, references: this.references, sheet: this.sheets.entries().next().value?.[1], spilled, cut: this.bound.cutter() };
  }

  /**
   * Whether the value of `formula` (canonical A1) can change when the cell changes: the cell, or a
   * cell that depends on it through the dependency graph, lies in one of the formula's references.
   */
  dependsOn(formula: string, sheetId: string, row: number, col: number): boolean {
    return formulaDependsOn(this.hf, this.grid, this.sheets, formula, { sheetId, row, col });
  }

  /** Every sheet's values, rows from A1 to its last used cell; null past `maxCells` (a text in XFD40000: 655 million). */
  snapshot(maxCells = Infinity): Record<string, CellValue[][] | null> {
    const out: Record<string, CellValue[][] | null> = {};
    for (const [sheetId, hfId] of this.sheets.entries()) {
      const { width, height } = this.hf.getSheetDimensions(hfId);
      out[sheetId] = width * height > maxCells ? null : this.hf.getSheetValues(hfId).map((row) => row.map(toCellValue));
    }
    return out;
  }

  /** What the engine gets for one cell (`rowId:colId`): the scenario's input where it has one, else the document's. */
  private contentAt(sheetId: string, key: string): RawCellContent {
    const override = this.scenario.valueAt(`${sheetId}!${key}`);
    const bound = { range: this.bound, key, resized: this.resized, offsets: this.offsets, spilled: this.spilled };
    if (override !== undefined) return engineContent(override, sheetId, this.grid, bound);
    const parts = this.grid.sheetParts(sheetId);
    return parts ? engineContent(parts.cells.get(key), sheetId, this.grid, bound) : null;
  }

  private build(): void {
    this.scenario.reload();
    this.resized = new ResizedSumRanges();
    this.offsets = new OffsetFormulas();
    this.spilled.reset();
    const contents = engineWorkbookContents(this.grid, this.resized, this.offsets, this.spilled);
    this.bound = contents.bound;
    this.boundGrew = false;
    this.locale = workbookLocale(this.doc);
    this.sheets.expect(contents.sheets); // the functions know the hidden rows during the build, by the sheet ids it gives (SUBTOTAL computed once)
    this.hiddenRows.forget();
    this.hf = this.spilled.engine = buildEngine(contents.sheets, { locale: this.locale, hiddenRows: this.hiddenRows.lookup, cellFormats: documentCellFormats(this.doc) });
    // Never yet: HyperFormula numbered its sheets otherwise than expected, and SUBTOTAL read other sheets' hidden rows.
    if (!this.sheets.reset(this.hf)) this.hf.batch(() => this.setAgain(this.hiddenRows.reread(this.sheets.ids())));
    this.hf.batch(() => this.followNames(true)); // the sheets were built before the names: `ROWS(Udgifter)` read none yet
    this.scenario.markApplied();
    if (this.scenario.applied.size > 0) this.hf.batch(() => [...this.scenario.keys()].forEach((key) => this.setInputCell(key)));
    this.recutIfGrown();
    this.settle([], false, false);
  }

  /** OFFSET formulas whose target moved set again, spills resized to their results, `A1#` to its block: `changes` and the engine's further ones. */
  private settle(changes: ExportedChange[], unstick: boolean, structural: boolean): ExportedChange[] {
    const setCell = (sheetId: string, key: string) => this.setCell(sheetId, key);
    const offsets = settleOffsets({ hf: this.hf, offsets: this.offsets, grid: this.grid, sheets: this.sheets, bound: this.bound, setCell }, unstick);
    const resize = (settled: ExportedChange[]) => settleSpills(this.hf, settled, structural, ({ sheet, row, col }) => this.setAt(this.sheets.documentIds.get(sheet)!, row, col));
    const settled = offsets.length > 0 ? changes.concat(offsets) : changes;
    const further = resize(settled).concat(settleSpilledRanges(this.hf, this.spilled, setCell, resize));
    return further.length > 0 ? settled.concat(further) : settled;
  }

  /** Once data was set beyond the bound, sets the formulas whose ranges were cut again, to read the new data (rangeBound.ts). */
  private recutIfGrown(): ExportedChange[] {
    if (!this.boundGrew) return [];
    this.boundGrew = false;
    // OFFSET's areas and the names are cut to the bound too: set again, each OFFSET names its target anew (settle).
    const cells = [...this.bound.cutCells(), ...this.offsets.list()];
    return this.hf.batch(() => {
      this.setAgain(cells);
      this.followNames(false);
    });
  }

  /** Widens the bound when data is set at (row, col) beyond it. */
  private noteData(content: RawCellContent, row: number, col: number): void {
    if (content === null || this.bound.covers(row, col)) return;
    if (this.bound.grow(row, col)) this.boundGrew = true;
  }

  /** Brings the engine up to date with a transaction of its document (done by itself unless constructed otherwise); its changes are summarised once for every engine following it. */
  followTransaction(tr: Y.Transaction): void {
    if (this.destroyed || tr.changed.size === 0) return;
    if (workbookLocale(this.doc) !== this.locale) {
      // The locale changes how TEXT reads its format codes and how text reads as a number:
      // every formula is computed again.
      this.rebuildFromDocument();
      return;
    }
    this.scenario.follow(tr);
    this.followSummary({ ...documentChanges(tr), inputs: this.scenario.changedInputs(tr) });
  }

  /**
   * Numbers tried in cells (by input key) in place of the scenario's inputs or the cells' content, in the engine
   * only (what-if analysis on an engine not following its document): computed as the same inputs set in the document.
   */
  tryValues(values: ReadonlyMap<string, number>): void {
    const inputs = new Set([...values].filter(([key, value]) => this.scenario.tryValue(key, value)).map(([key]) => key));
    if (inputs.size > 0) this.followSummary({ structure: false, axes: NO_SHEETS, hiddenRows: NO_SHEETS, cells: new Map(), onlyCellEdits: false, inputs });
  }

  /**
   * Follows cell edits read from earlier transactions (their documentChanges' cells) that changed
   * nothing else, for an engine that let another go first (ScenarioEngines' `othersLater`). The
   * cells are read from the document as it is now: it must have changed nothing but cells since.
   */
  followCellEdits(cells: DocumentChanges['cells']): void {
    if (this.destroyed || cells.size === 0) return;
    if (workbookLocale(this.doc) !== this.locale) return this.rebuildFromDocument();
    this.followSummary({ structure: false, axes: NO_SHEETS, hiddenRows: NO_SHEETS, cells, onlyCellEdits: true, inputs: null });
  }

  private followSummary(summary: ChangeSummary): void {
    const lines = summary.structure || summary.axes.size > 0 || summary.hiddenRows.size > 0;
    if (!lines && summary.cells.size === 0 && summary.inputs === null) return;
    if (summary.structure || summary.axes.size > 0) this.references.clear();
    if (lines) this.hiddenRows.forget();
    let changes: ExportedChange[];
    try {
      // Only cells edited (no sheet, row, column, hidden row or scenario input changed): the common, cheap path.
      const cellsOnly = !lines && summary.inputs === null;
      changes = cellsOnly ? this.setCells(summary.cells, summary.inputs) : this.hf.batch(() => this.applySummary(summary));
    } catch (error) {
      // A binding that cannot follow must not leave wrong values behind: rebuild from the document.
      console.warn(`fremskriv engine: rebuilding after ${error instanceof Error ? error.message : String(error)}`);
      this.rebuilds++;
      this.rebuildFromDocument();
      return;
    }
    if (this.boundGrew) {
      if (summary.structure || summary.axes.size > 0) this.bound.growTo(dataExtent(this.grid));
      changes = [...changes, ...this.recutIfGrown()];
    } else if (summary.axes.size > 0) {
      // Rows or columns inserted above the data push it down, perhaps beyond the bound.
      const extent = dataExtent(this.grid);
      if (!this.bound.covers(extent.rows - 1, extent.cols - 1) && this.bound.growTo(extent)) {
        this.boundGrew = true;
        changes = [...changes, ...this.recutIfGrown()];
      }
    }
    // Always: it also drops what a formula naming FREMSKRIV.OFFSET itself reported (a hostile peer's).
    const structural = summary.structure || summary.axes.size > 0;
    this.emit(new FollowedUpdate(this.settle(changes, true, structural), this.sheets.documentIds, structural));
  }

  private rebuildFromDocument(): void {
    this.references.clear();
    this.hf.destroy();
    this.build();
    this.emit(new FollowedUpdate([], this.sheets.documentIds, true));
  }

  /**
   * Sets the changed cells, the common case (a planner's edit): one cell straight through the
   * engine's setCellContents, several in one batch, none (a cell under a scenario input) without
   * a pass through the engine at all.
   */
  private setCells(cells: ChangeSummary['cells'], changingInputs: ReadonlySet<string> | null): ExportedChange[] {
    const writes = this.cellWrites(cells, changingInputs, NO_SHEETS);
    if (writes.length === 0) return [];
    if (writes.length === 1) return this.setCell(writes[0]!.sheetId, writes[0]!.key) ?? [];
    return this.hf.batch(() => this.setAgain(writes));
  }

  private emit(update: EngineValueUpdate): void {
    for (const listener of this.listeners) listener(update);
  }

  /**
   * Order matters: first the engine's sheets, rows and columns are made to match the document,
   * then cells are set at their new positions (a cell set before a row insertion would move).
   */
  private applySummary(summary: ChangeSummary): void {
    const { added, removed } = summary.structure ? this.sheets.syncSheets(this.hf) : { added: new Set<string>(), removed: [] };
    // Identities that vanished or appeared: a formula may name a row that a colleague's edit,
    // not yet received, had inserted; it reads as #REF! until that row arrives.
    const moved: string[] = [...removed];
    const linesBySheet = new Map<string, string[]>();
    for (const sheetId of summary.axes) {
      if (added.has(sheetId) || !this.sheets.has(sheetId)) continue;
      const changedLines = [...this.sheets.syncAxis(this.hf, sheetId, 'rows'), ...this.sheets.syncAxis(this.hf, sheetId, 'cols')];
      moved.push(...changedLines);
      if (changedLines.length > 0) linesBySheet.set(sheetId, changedLines);
    }
    // A cell may have arrived before the row or column it lives in (a colleague's insertion
    // and edit delivered out of order); it is set now that its place exists. Only once every
    // sheet's lines match the document: a formula set while another sheet still had to move
    // would be shifted by the engine a second time (peersConverge seed 17, 8 peers).
    for (const [sheetId, lines] of linesBySheet) for (const key of this.sheets.cellsOnLines(sheetId, new Set(lines))) this.setCell(sheetId, key);
    // A resized sum range keeps the criteria range's size only as the document reads it again.
    if (linesBySheet.size > 0) for (const { sheetId, key } of this.resized.list()) if (this.sheets.has(sheetId)) this.setCell(sheetId, key);
    // So do OFFSET's areas, which the engine moved with the rows: each formula computes its target anew.
    if ((linesBySheet.size > 0 || summary.structure) && this.offsets.size > 0) for (const { sheetId, key } of this.offsets.list()) if (this.sheets.has(sheetId)) this.setCell(sheetId, key);
    for (const sheetId of added) for (const { row, col } of storedCells(this.grid, sheetId)) this.setAt(sheetId, row, col);
    this.setAgain(this.cellWrites(summary.cells, summary.inputs, added));
    // The engine adjusted its formulas, not always as the document reads them (formulasToReset.ts).
    if (moved.length > 0 || added.size > 0) this.setAgain(formulasMentioning(this.grid, this.sheets.ids(), [...moved, ...added]));
    const inputs = summary.inputs ?? new Set<string>();
    if (added.size > 0) for (const key of this.scenario.keys()) inputs.add(key);
    if (summary.inputs || added.size > 0) {
      for (const key of inputs) this.setInputCell(key);
      this.scenario.markApplied();
    }
    this.followNames(false);
    if (summary.hiddenRows.size > 0) this.setAgain(this.hiddenRows.formulasReading(this.sheets.ids()));
  }

  /** Makes the engine's names the document's, their ranges cut to the bound, and sets the formulas using a changed one again. */
  private followNames(built: boolean): void {
    const changed = this.names[built ? 'reset' : 'follow'](this.hf, this.doc, this.grid, this.sheets, this.bound.cutter());
    if (changed.size > 0) this.setAgain(formulasFollowingNames(this.grid, this.sheets.ids(), changed, !built));
  }

  /**
   * The changed cells to set again, on sheets the engine has (and not in `skip`, sheets set whole):
   * not those under a scenario input the engine already holds.
   */
  private cellWrites(cells: ChangeSummary['cells'], changingInputs: ReadonlySet<string> | null, skip: ReadonlySet<string>): SheetCell[] {
    const mayHold = this.scenario.anyApplied;
    const writes: SheetCell[] = [];
    for (const [sheetId, keys] of cells) {
      if (skip.has(sheetId) || !this.sheets.has(sheetId)) continue;
      for (const key of keys) {
        if (mayHold && this.scenario.holds(`${sheetId}!${key}`, changingInputs)) continue;
        writes.push({ sheetId, key });
      }
    }
    return writes;
  }

  /** Sets one cell from the document; the engine's changes, or undefined when the cell has no place (yet). */
  private setAt(sheetId: string, row: number, col: number): ExportedChange[] | undefined {
    const rowId = this.grid.rowIds(sheetId)[row];
    const colId = this.grid.colIds(sheetId)[col];
    if (rowId === undefined || colId === undefined) return undefined;
    return this.setPlaced(sheetId, cellKey(rowId, colId), row, col);
  }

  /** Sets one cell (`rowId:colId`) from the document, found by its identities (one look-up each, no round trip through its position). */
  private setCell(sheetId: string, key: string): ExportedChange[] | undefined {
    const at = key.indexOf(':');
    const row = this.grid.rowIndex(sheetId, key.slice(0, at));
    const col = this.grid.colIndex(sheetId, key.slice(at + 1));
    if (row < 0 || col < 0) return undefined;
    return this.setPlaced(sheetId, key, row, col);
  }

  private setPlaced(sheetId: string, key: string, row: number, col: number): ExportedChange[] {
    const content = this.contentAt(sheetId, key);
    this.noteData(content, row, col);
    return this.hf.setCellContents({ sheet: this.sheets.hfId(sheetId)!, row, col }, content);
  }

  private setInputCell(inputKey: string): void {
    const cell = parseInputKey(inputKey);
    if (!cell || !this.sheets.has(cell.sheetId)) return;
    this.setCell(cell.sheetId, cellKey(cell.rowId, cell.colId));
  }

  /** Sets each cell again from the document. */
  private setAgain(cells: readonly SheetCell[]): void {
    for (const { sheetId, key } of cells) this.setCell(sheetId, key);
  }
}
