/**
 * The template's scenario engines behind a message channel, as the browser runs them in a Web
 * Worker (client/src/engines), with the page's own engines beside them for comparison: shared by
 * test/client/scenarioEngineWorker.test.ts and scenarioEngineFirstView.test.ts.
 */
import { afterEach, expect, vi } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serveScenarioEngines, type ScenarioEngineHostOptions } from '../../client/src/engines/scenarioEngineHost.js';
import { WorkerScenarioEngines } from '../../client/src/engines/WorkerScenarioEngines.js';
import type { ScenarioComputation } from '../../client/src/engines/ScenarioComputation.js';
import { isDocumentUpdate, isEngineReply } from '../../client/src/engines/engineMessages.js';
import { locate } from './workbookFixtures.js';

/**
 * How long a wait for the worker's answer may take: the engines of three scenarios are built and
 * recomputed on a busy 2-core machine, far past vi.waitFor's default second.
 */
export const ANSWERED = { timeout: 60_000, interval: 20 };
/** A test builds the template's engines twice (the worker's and the page's own) and waits for answers. */
export const BUILT_AND_ANSWERED_MS = 180_000;

/** What each test leaves to close: channels, engines, documents. */
export const cleanups: Array<() => void> = [];

/** Closes what each test of the calling file opened, after it. */
export function closeAfterEach(): void {
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
}

export interface Setup {
  doc: Y.Doc;
  page: WorkerScenarioEngines;
  inThread: ScenarioEngines;
  messagesToWorker: () => number;
  /** The page's end of the channel, to send the worker what the page never would. */
  port: MessagePort;
  /** The worker's end, to hear what the page tells it. */
  workerPort: MessagePort;
  /** What the worker reported as failures. */
  failures: string[];
}

export async function templateBehindChannel(host: ScenarioEngineHostOptions = {}): Promise<Setup> {
  const doc = documentFromFile(beskaeftigelsesplanTemplate());
  const { port1, port2 } = new MessageChannel();
  let messages = 0;
  const failures: string[] = [];
  // Document updates only: the page also tells the worker when its goal cards show an answer.
  port2.addEventListener('message', (event) => {
    if (isDocumentUpdate(event.data)) messages++;
  });
  const stopHost = serveScenarioEngines(port2, host);
  const page = new WorkerScenarioEngines(doc, port1, (message) => failures.push(message));
  const inThread = new ScenarioEngines(doc);
  cleanups.push(() => {
    page.destroy();
    inThread.destroy();
    stopHost();
    port1.close();
    port2.close();
    doc.destroy();
  });
  await page.ready;
  return { doc, page, inThread, messagesToWorker: () => messages, port: port1, workerPort: port2, failures };
}

/** Every cell of every sheet under every scenario, as text, for comparison. */
export function allValues(doc: Y.Doc, engines: ScenarioComputation): Record<string, string> {
  const out: Record<string, string> = {};
  const grid = workbookGrid(doc);
  for (const scenario of engines.scenarios()) {
    const engine = engines.engine(scenario.id);
    for (const sheet of grid.listSheets()) {
      const rows = grid.rowIds(sheet.id).length;
      const cols = grid.colIds(sheet.id).length;
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          const value = engine.value(sheet.id, row, col);
          if (value !== null) out[`${scenario.name}|${sheet.name}|${row}|${col}`] = JSON.stringify(value);
        }
      }
    }
  }
  return out;
}

export async function expectSameAsInThread({ doc, page, inThread }: Setup): Promise<void> {
  await vi.waitFor(() => {
    expect(page.evaluate()).toEqual(inThread.evaluate());
    expect(allValues(doc, page)).toEqual(allValues(doc, inThread));
  }, ANSWERED);
}

/** Sets Forudsætninger!B10, a rate that is no scenario's input: every scenario's engine recomputes it. */
export function editRate({ doc }: Setup, input: number): void {
  const { sheetId, row, col } = locate(doc, 'Forudsætninger!B10');
  applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] });
}

/** The worker's answers to `edit`, in order: `values <scenario>`, `goals <scenario>` (the focused one's), `all goals`. */
export async function repliesTo(setup: Setup, edit: () => void): Promise<string[]> {
  const heard: string[] = [];
  const listener = (event: MessageEvent): void => {
    if (!isEngineReply(event.data)) return;
    const reply = event.data;
    if (reply.kind === 'values' && !reply.complete) heard.push(`values ${reply.scenarioId}`);
    if (reply.kind === 'scenarioEvaluation') heard.push(`goals ${reply.evaluation.scenario.id}`);
    if (reply.kind === 'evaluation') heard.push('all goals');
  };
  setup.port.addEventListener('message', listener);
  edit();
  await vi.waitFor(() => expect(heard).toContain('all goals'), ANSWERED);
  setup.port.removeEventListener('message', listener);
  return heard;
}
