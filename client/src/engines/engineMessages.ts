/**
 * The messages between the page and the scenario engine worker. The page sends the document's
 * Yjs updates (the first one is its whole state) and which scenario is on screen; the worker answers with values keyed by cell
 * identity (sheet, row and column ids, so a row inserted meanwhile on the page shifts nothing)
 * and with every goal judged under every scenario.
 */
import type { CellValue } from '../../../models/engine/cellValue.js';
import type { GoalAnswers } from '../../../models/analysis/goalAnswers.js';
import type { SensitivityReport } from '../../../models/analysis/sensitivityReport.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import type { NameValue } from '../../../models/engine/nameValues.js';

import type { IdentifiedValues } from '../../../models/scenarios/identifiedValues.js';

export { IDENTIFIED_VALUE_STRIDE, type IdentifiedValues } from '../../../models/scenarios/identifiedValues.js';

/** Page → worker. */
export interface DocumentUpdateMessage {
  kind: 'update';
  update: Uint8Array;
}

/** Page → worker: the scenario on screen, whose engine follows each change first. */
export interface FocusMessage {
  kind: 'focus';
  scenarioId: string;
}

/**
 * Page → worker: the goal cards show the focused scenario's goals the worker answered after a
 * cell edit; the other scenarios' engines may take the CPU now (issue 17).
 */
export interface GoalsShownMessage {
  kind: 'goalsShown';
  /**
   * Which of the worker's goal answers (`scenarioEvaluation`, counted from 1) the cards show: an
   * acknowledgement of an earlier answer, arriving after a newer edit, releases nothing.
   */
  answer: number;
}

/**
 * Page → worker: "Hvad skal der til?" for one goal (every assumption's goal seek and the goal's
 * sensitivity), or the sensitivity of every goal, under a scenario. The reply carries the same
 * `requestId`; a newer request of the same kind for the same goal replaces one not yet started.
 */
export type AnalysisRequest =
  | { kind: 'answerGoal'; requestId: number; scenarioId: string; goalId: string }
  | { kind: 'sensitivity'; requestId: number; scenarioId: string; step: number };

/**
 * Page → worker: the planner is about to ask "Hvad skal der til?" under this scenario (the
 * pointer or the keyboard is on a goal card's button): the worker builds the analysis's own
 * engine now, in a task of its own, so that the answer asked a moment later reuses it. Building
 * it was more than half of the first answer's time (2,3 s of 4,2 s in the worker on a loaded
 * machine). No reply.
 */
export interface PrepareAnalysisMessage {
  kind: 'prepareAnalysis';
  scenarioId: string;
}

/** Page → worker: every defined name's value under a scenario (Navnestyring's Value column, nameValues.ts). */
export interface NameValuesRequest {
  kind: 'nameValues';
  requestId: number;
  scenarioId: string;
}

/**
 * Page → worker: which formula's spilled result fills a cell under a scenario (the formula bar
 * shows that formula greyed, as Excel does; models/engine/spillCorners.ts).
 */
export interface SpillCornerRequest {
  kind: 'spillCorner';
  requestId: number;
  scenarioId: string;
  sheetId: string;
  row: number;
  col: number;
}

/** Worker → page. */
export type EngineReply =
  /** `complete`: these are all the scenario's non-empty cells (replace what you hold). */
  | { kind: 'values'; scenarioId: string; complete: boolean; cells: IdentifiedValues }
  /** `applied`: how many of the page's update messages the worker has applied (all values before this are for that state). */
  | { kind: 'evaluation'; evaluation: ScenarioEvaluation[]; applied: number }
  /** The focused scenario's goals after a cell edit, ahead of the other scenarios' values and the full evaluation. */
  | { kind: 'scenarioEvaluation'; evaluation: ScenarioEvaluation }
  /** The engines could not follow a change; they were rebuilt from the document. */
  | { kind: 'failed'; message: string }
  | { kind: 'goalAnswers'; requestId: number; answers: GoalAnswers }
  | { kind: 'sensitivityReport'; requestId: number; report: SensitivityReport }
  | { kind: 'nameValues'; requestId: number; values: NameValue[] }
  /** The formula's cell whose spilled result holds or fills the asked cell; null where none does. */
  | { kind: 'spillCorner'; requestId: number; corner: { row: number; col: number } | null }
  /** The analysis could not be done (an unknown goal or scenario, the engine threw): `message` says why. */
  | { kind: 'analysisFailed'; requestId: number; message: string };

/** The part of a Worker, a worker's global scope or a MessagePort that the two sides use. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
  /** A Worker: stopped when the page is done with it. */
  terminate?(): void;
}

export function isDocumentUpdate(data: unknown): data is DocumentUpdateMessage {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'update' && (data as { update?: unknown }).update instanceof Uint8Array;
}

export function isGoalsShown(data: unknown): data is GoalsShownMessage {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'goalsShown' && typeof (data as { answer?: unknown }).answer === 'number';
}

export function isFocusMessage(data: unknown): data is FocusMessage {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'focus' && typeof (data as { scenarioId?: unknown }).scenarioId === 'string';
}

const isFields = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;
const isRequestId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

export function isAnalysisRequest(data: unknown): data is AnalysisRequest {
  if (!isFields(data) || !isRequestId(data.requestId) || typeof data.scenarioId !== 'string') return false;
  if (data.kind === 'answerGoal') return typeof data.goalId === 'string';
  return data.kind === 'sensitivity' && typeof data.step === 'number' && data.step > 0 && data.step <= 10;
}

export function isPrepareAnalysis(data: unknown): data is PrepareAnalysisMessage {
  return isFields(data) && data.kind === 'prepareAnalysis' && typeof data.scenarioId === 'string';
}

export function isNameValuesRequest(data: unknown): data is NameValuesRequest {
  return isFields(data) && data.kind === 'nameValues' && isRequestId(data.requestId) && typeof data.scenarioId === 'string';
}

export function isSpillCornerRequest(data: unknown): data is SpillCornerRequest {
  const isPlace = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  return isFields(data) && data.kind === 'spillCorner' && isRequestId(data.requestId) && typeof data.scenarioId === 'string' && typeof data.sheetId === 'string' && isPlace(data.row) && isPlace(data.col);
}

const REPLY_KINDS = new Set(['values', 'evaluation', 'scenarioEvaluation', 'failed', 'goalAnswers', 'sensitivityReport', 'nameValues', 'spillCorner', 'analysisFailed']);

export function isEngineReply(data: unknown): data is EngineReply {
  if (!isFields(data) || !REPLY_KINDS.has(String(data.kind))) return false;
  // An analysis reply must say which request it answers, or no one could take it.
  return !['goalAnswers', 'sensitivityReport', 'nameValues', 'spillCorner', 'analysisFailed'].includes(String(data.kind)) || isRequestId(data.requestId);
}
