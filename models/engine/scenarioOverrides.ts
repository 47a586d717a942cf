/**
 * One engine's scenario: which of its inputs (assumption values) stand in place of their cells'
 * content, and which changed in a transaction. Looked up by the scenario's id in the document's
 * list of scenarios; the Basis view (no id) has none. Values tried by the what-if analysis
 * (WorkbookEngine.tryValues) stand before them, in the engine only.
 */
import type * as Y from 'yjs';
import { scenarioInputsMap } from '../scenarios/scenarioModel.js';
import { findRecord } from '../workbook/uniqueRecords.js';
import { isCellInput, scenariosArray, type CellInput } from '../workbook/workbookSchema.js';
import { changedKeys } from './documentChanges.js';

export class ScenarioOverrides {
  /** The document's list of scenarios, whose change may replace this scenario's inputs. */
  private readonly scenarioList: Y.Array<unknown>;
  /** The scenario's record in the document, whose inputs these are. */
  private record: Y.Map<unknown> | null = null;
  /** The scenario's inputs (`sheetId!rowId:colId` → value), or null for none. */
  inputs: Y.Map<unknown> | null = null;
  /** The input keys whose cells currently hold the scenario's values instead of the document's. */
  applied = new Set<string>();
  /** Numbers tried in cells, by input key, in place of the scenario's input or the cell's content. */
  private readonly tried = new Map<string, number>();

  constructor(
    doc: Y.Doc,
    readonly scenarioId: string | undefined,
  ) {
    this.scenarioList = scenariosArray(doc);
  }

  /** Looks the scenario's inputs up afresh (when the engine is built). */
  reload(): void {
    this.inputs = this.find();
  }

  private find(): Y.Map<unknown> | null {
    if (this.scenarioId === undefined) return null;
    const map = findRecord(this.scenarioList, this.scenarioId);
    this.record = map;
    return map ? scenarioInputsMap(map) : null;
  }

  /**
   * Looks the scenario's inputs up again only when the list of scenarios or the scenario's own
   * record changed (its inputs map may have been replaced, a version restore): not for every cell edit.
   */
  follow(tr: Y.Transaction): void {
    if (this.scenarioId === undefined) return;
    if (this.record && !changedKeys(tr, this.scenarioList) && !changedKeys(tr, this.record)) return;
    this.inputs = this.find();
  }

  /**
   * The input keys the transaction changed, looked up by their map, not by walking every changed
   * type; null when none did.
   */
  changedInputs(tr: Y.Transaction): Set<string> | null {
    if (this.scenarioId === undefined) return null;
    let changed: Set<string> | null = null;
    const keys = this.inputs ? changedKeys(tr, this.inputs) : undefined;
    if (keys) {
      changed = new Set();
      for (const key of keys) if (key !== null) changed.add(key);
    }
    if (changedKeys(tr, this.scenarioList)) {
      // The scenario's map may have been replaced (a version restore): every input is read again.
      changed ??= new Set();
      for (const key of [...this.applied, ...(this.inputs?.keys() ?? [])]) changed.add(key);
    }
    return changed;
  }

  /** Tries `value` in the input's cell; whether the cell holds another value with it. */
  tryValue(inputKey: string, value: number): boolean {
    if (this.tried.get(inputKey) === value) return false;
    this.tried.set(inputKey, value);
    return true;
  }

  /** The scenario's value for a cell (the one tried there, if any), or undefined; an input no cell can hold (a hostile peer's) is none. */
  valueAt(inputKey: string): CellInput | undefined {
    const tried = this.tried.get(inputKey);
    if (tried !== undefined) return tried;
    const value = this.inputs?.get(inputKey);
    return isCellInput(value) ? value : undefined;
  }

  /**
   * Whether the engine already holds the scenario's input for this cell, which an edit of the
   * document's cell does not change: the input was applied before and is not changing now.
   * (Setting it again costs a pass through the engine, which then reports the cell as changed.)
   */
  holds(inputKey: string, changingInputs: ReadonlySet<string> | null): boolean {
    return this.applied.has(inputKey) && !changingInputs?.has(inputKey) && this.inputs !== null && this.inputs.has(inputKey);
  }

  /** Whether any input is applied (a Y.Map counts its entries by walking them; this set does not). */
  get anyApplied(): boolean {
    return this.inputs !== null && this.applied.size > 0;
  }

  /** Records that every current input is applied in the engine. */
  markApplied(): void {
    this.applied = new Set(this.inputs?.keys() ?? []);
  }

  /** The keys of every current input and value tried. */
  keys(): Iterable<string> {
    const inputs = this.inputs?.keys() ?? [];
    return this.tried.size === 0 ? inputs : new Set([...inputs, ...this.tried.keys()]);
  }
}
