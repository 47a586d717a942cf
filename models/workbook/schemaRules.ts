/**
 * The document schema as one table: which root names exist, which keys each map may hold, what
 * each slot may contain (a nested Y.Map / Y.Array of a named kind, or plain values passing a
 * check), and which keys a map must keep. The server's update check (server/sync/) walks this
 * table for every change a peer sends, so a hostile or buggy client cannot store a shape the
 * readers never expect (issue 15: a cell holding a Y.Map, `goals.push(['x'])`,
 * `sheets.set('__proto__', …)`, `sheet.delete('rows')`, an empty or quoted sheet name).
 *
 * Kept free of Yjs internals: a node is named by a string, a value is checked as plain data.
 * Adding a key to the document means adding one line here (see workbookSchema.ts for the shape).
 */
import { MAX_CELL_TEXT } from '../operations/cellEdits.js';
import { COMPARATORS } from '../goals/goalModel.js';
import { sheetNameProblem } from './sheetNames.js';
import { isFrozenCount, MAX_FROZEN_COLS, MAX_FROZEN_ROWS } from './frozenPanes.js';
import { SHEET_VISIBILITIES } from './sheetVisibility.js';
import { isHorizontalAlignment } from './cellAlignment.js';
import { isNameMapKey, isStoredDefinedName, MAX_NAME_LENGTH } from './definedNames.js';
import { DYNAMIC_ARRAYS, isCellFormat, isCellInput, WORKBOOK_LOCALES } from './workbookSchema.js';

/** The kinds of shared type the schema knows, by name. */
export type SchemaNodeName =
  | 'meta'
  | 'sheetOrder'
  | 'sheets'
  | 'sheet'
  | 'axis'
  | 'cells'
  | 'formats'
  | 'validations'
  | 'colWidths'
  | 'frozenPanes'
  | 'wrapText'
  | 'alignment'
  | 'merges'
  | 'hiddenRows'
  | 'hiddenCols'
  | 'goals'
  | 'goal'
  | 'scenarios'
  | 'scenario'
  | 'scenarioInputs'
  | 'dataLinks'
  | 'names';

/** What one map key or array element may hold. */
export type SchemaSlot =
  | { kind: 'value'; accepts: (value: unknown) => boolean }
  | { kind: 'map' | 'array'; node: SchemaNodeName };

export type SchemaNode =
  | {
      type: 'map';
      /** Fixed keys and their slots; or `anyKey` for maps keyed by identities. */
      keys?: Readonly<Record<string, SchemaSlot>>;
      anyKey?: { accepts: (key: string) => boolean; slot: SchemaSlot };
      /** Keys that must never disappear while the map itself lives. */
      required?: readonly string[];
    }
  | { type: 'array'; element: SchemaSlot };

/** Longest map key anywhere (a defined name, 255 characters as in Excel; a cell key is two identities and a colon; an input key adds a sheet). */
export const MAX_SCHEMA_KEY_LENGTH = MAX_NAME_LENGTH;
const MAX_IDENTITY_LENGTH = 64;
/** Formulas in goals are stored with identities, so they may be longer than the A1 text typed. */
const MAX_GOAL_TEXT = 32_767;
const MAX_DATA_LINK_JSON = 64 * 1024;

/** Keys that would reach Object.prototype when a reader copies a map into a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isAllowedKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_SCHEMA_KEY_LENGTH && !FORBIDDEN_KEYS.has(key);
}

/** A sheet, row or column identity: short, no separator of a cell or input key, no control characters. */
export function isIdentity(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_IDENTITY_LENGTH && !/[:!\p{Cc}]/u.test(value) && !FORBIDDEN_KEYS.has(value);
}

function isCellKey(key: string): boolean {
  const at = key.indexOf(':');
  return at > 0 && isIdentity(key.slice(0, at)) && isIdentity(key.slice(at + 1));
}

function isInputKey(key: string): boolean {
  const bang = key.indexOf('!');
  return bang > 0 && isIdentity(key.slice(0, bang)) && isCellKey(key.slice(bang + 1));
}

const text = (max: number) => (value: unknown): boolean => typeof value === 'string' && value.length <= max;
const finiteNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const oneOf = (values: readonly string[]) => (value: unknown): boolean => typeof value === 'string' && values.includes(value);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** A cell's content: a number, a boolean, or text (a formula is text starting with "="), bounded. */
export function isStoredCellInput(value: unknown): boolean {
  return isCellInput(value) && (typeof value !== 'string' || value.length <= MAX_CELL_TEXT);
}

/** An assumption's allowed bounds (Excel's data validation): `{ min?: number, max?: number }`. */
function isValidationRule(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  // An absent bound may travel as an undefined field (a spread of a parsed, optional value).
  return Object.entries(value).every(([key, bound]) => (key === 'min' || key === 'max') && (bound === undefined || finiteNumber(bound)));
}

/** A data link is plain JSON owned by its feature; the schema bounds its shape and size only. */
function isDataLink(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  try {
    return JSON.stringify(value).length <= MAX_DATA_LINK_JSON;
  } catch {
    return false;
  }
}

const value = (accepts: (value: unknown) => boolean): SchemaSlot => ({ kind: 'value', accepts });

export const SCHEMA_ROOTS: Readonly<Record<string, SchemaNodeName>> = {
  meta: 'meta',
  sheetOrder: 'sheetOrder',
  sheets: 'sheets',
  goals: 'goals',
  scenarios: 'scenarios',
  dataLinks: 'dataLinks',
  names: 'names',
};

export const SCHEMA_NODES: Readonly<Record<SchemaNodeName, SchemaNode>> = {
  meta: {
    type: 'map',
    keys: { title: value(text(500)), locale: value(oneOf(WORKBOOK_LOCALES)), adoptedVersion: value(text(200)), formulaDialect: value(oneOf([DYNAMIC_ARRAYS])) },
    // Without it the next load would read typed spilling formulas as legacy ones and wrap them in SINGLE.
    required: ['formulaDialect'],
  },
  sheetOrder: { type: 'array', element: value(isIdentity) },
  sheets: { type: 'map', anyKey: { accepts: isIdentity, slot: { kind: 'map', node: 'sheet' } } },
  sheet: {
    type: 'map',
    keys: {
      name: value((name) => typeof name === 'string' && sheetNameProblem(name) === null),
      rows: { kind: 'array', node: 'axis' },
      cols: { kind: 'array', node: 'axis' },
      cells: { kind: 'map', node: 'cells' },
      formats: { kind: 'map', node: 'formats' },
      validations: { kind: 'map', node: 'validations' },
      colWidths: { kind: 'map', node: 'colWidths' },
      frozenPanes: { kind: 'map', node: 'frozenPanes' },
      wrapText: { kind: 'map', node: 'wrapText' },
      alignment: { kind: 'map', node: 'alignment' },
      merges: { kind: 'map', node: 'merges' },
      hiddenRows: { kind: 'map', node: 'hiddenRows' },
      hiddenCols: { kind: 'map', node: 'hiddenCols' },
      deleted: value((flag) => typeof flag === 'boolean'),
      visibility: value(oneOf(SHEET_VISIBILITIES)),
    },
    required: ['name', 'rows', 'cols', 'cells', 'formats'],
  },
  axis: { type: 'array', element: value(isIdentity) },
  cells: { type: 'map', anyKey: { accepts: isCellKey, slot: value(isStoredCellInput) } },
  formats: { type: 'map', anyKey: { accepts: isCellKey, slot: value(isCellFormat) } },
  validations: { type: 'map', anyKey: { accepts: isCellKey, slot: value(isValidationRule) } },
  colWidths: { type: 'map', anyKey: { accepts: isIdentity, slot: value((width) => finiteNumber(width) && (width as number) >= 0 && (width as number) <= 10_000) } },
  wrapText: { type: 'map', anyKey: { accepts: isCellKey, slot: value((wrap) => wrap === true) } },
  // A cell's horizontal alignment (cellAlignment.ts).
  alignment: { type: 'map', anyKey: { accepts: isCellKey, slot: value(isHorizontalAlignment) } },
  // A merged area: its top-left cell's key → its bottom-right cell's key (mergedCells.ts).
  merges: { type: 'map', anyKey: { accepts: isCellKey, slot: value((end) => typeof end === 'string' && isCellKey(end)) } },
  // A hidden line's id → true (hiddenLines.ts); how many a sheet holds is bounded by the server (server/sync/mapEntryCounts.ts).
  hiddenRows: { type: 'map', anyKey: { accepts: isIdentity, slot: value((flag) => flag === true) } },
  hiddenCols: { type: 'map', anyKey: { accepts: isIdentity, slot: value((flag) => flag === true) } },
  frozenPanes: {
    type: 'map',
    keys: { rows: value((n) => isFrozenCount(n, MAX_FROZEN_ROWS)), cols: value((n) => isFrozenCount(n, MAX_FROZEN_COLS)) },
  },
  goals: { type: 'array', element: { kind: 'map', node: 'goal' } },
  goal: {
    type: 'map',
    keys: {
      id: value((id) => isIdentity(id)),
      title: value(text(500)),
      description: value(text(10_000)),
      value: value(text(MAX_GOAL_TEXT)),
      comparator: value(oneOf(COMPARATORS)),
      target: value((target) => finiteNumber(target) || text(MAX_GOAL_TEXT)(target)),
      deadline: value((deadline) => typeof deadline === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(deadline)),
      series: value(text(MAX_GOAL_TEXT)),
      periods: value(text(MAX_GOAL_TEXT)),
    },
    required: ['id'],
  },
  scenarios: { type: 'array', element: { kind: 'map', node: 'scenario' } },
  scenario: {
    type: 'map',
    keys: { id: value(isIdentity), name: value(text(1_000)), inputs: { kind: 'map', node: 'scenarioInputs' } },
    required: ['id', 'name', 'inputs'],
  },
  scenarioInputs: { type: 'map', anyKey: { accepts: isInputKey, slot: value(isStoredCellInput) } },
  dataLinks: { type: 'map', anyKey: { accepts: isIdentity, slot: value(isDataLink) } },
  // Keyed by the name in upper case, a sheet's after its id and `!` (definedNames.ts); a value under another name's key is read as no name.
  names: { type: 'map', anyKey: { accepts: isNameMapKey, slot: value(isStoredDefinedName) } },
};

/**
 * The slot `key` of a map node (or the element slot of an array node when `key` is null); null
 * when the schema has no such place. `slotAt('sheet', 'rows')` → `{ kind: 'array', node: 'axis' }`.
 */
export function slotAt(nodeName: SchemaNodeName, key: string | null): SchemaSlot | null {
  const node = SCHEMA_NODES[nodeName];
  if (node.type === 'array') return key === null ? node.element : null;
  if (key === null || !isAllowedKey(key)) return null;
  if (node.keys && Object.hasOwn(node.keys, key)) return node.keys[key] ?? null;
  if (node.anyKey?.accepts(key)) return node.anyKey.slot;
  return null;
}

/** True when the map node must keep `key` (deleting it breaks every reader). */
export function isRequiredKey(nodeName: SchemaNodeName, key: string): boolean {
  const node = SCHEMA_NODES[nodeName];
  return node.type === 'map' && (node.required?.includes(key) ?? false);
}

/** The node a root name stands for; null for a root the schema never uses. */
export function rootNode(name: string): SchemaNodeName | null {
  return Object.hasOwn(SCHEMA_ROOTS, name) ? (SCHEMA_ROOTS[name] ?? null) : null;
}
