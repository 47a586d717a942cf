/**
 * The scenario engines behind a message channel, as the browser runs them in a Web Worker: the
 * page's values and goal results must equal those of engines running on the page's own document,
 * after edits, row inserts and new scenarios. (The real Worker runs in the end-to-end tests.)
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serveScenarioEngines } from '../../client/src/engines/scenarioEngineHost.js';
import { AnalysisSuperseded } from '../../client/src/engines/ScenarioComputation.js';
import { isAnalysisRequest, isEngineReply } from '../../client/src/engines/engineMessages.js';
import { answerGoal } from '../../models/analysis/goalAnswers.js';
import { sensitivity } from '../../models/analysis/sensitivity.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { locate, scenarioId } from '../support/workbookFixtures.js';
import { allValues, ANSWERED, BUILT_AND_ANSWERED_MS, cleanups, closeAfterEach, editRate, expectSameAsInThread, repliesTo, templateBehindChannel } from '../support/scenarioEngineChannel.js';

closeAfterEach();

describe('scenario engines in a worker', { timeout: BUILT_AND_ANSWERED_MS }, () => {
  it('the page holds every value and goal of every scenario once the worker has answered', async () => {
    const setup = await templateBehindChannel();
    expect(setup.page.evaluate().length).toBe(setup.inThread.scenarios().length);
    expect(allValues(setup.doc, setup.page)).toEqual(allValues(setup.doc, setup.inThread));
    expect(setup.page.evaluate()).toEqual(setup.inThread.evaluate());
  });

  it('an assumption edited on the page reaches every scenario and goal', async () => {
    const setup = await templateBehindChannel();
    const before = JSON.stringify(setup.page.evaluate());
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B5');
    applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 0.5 }] });
    await expectSameAsInThread(setup);
    expect(JSON.stringify(setup.page.evaluate())).not.toBe(before);
  });

  it('a row inserted on the page keeps every other cell showing its own value before the worker answers', async () => {
    const setup = await templateBehindChannel();
    const first = setup.page.scenarios()[0]!.id;
    const { sheetId } = locate(setup.doc, 'Forudsætninger!A1');
    const grid = workbookGrid(setup.doc);
    const cols = grid.colIds(sheetId).length;
    const rowValues = (row: number): unknown[] => Array.from({ length: cols }, (_, col) => setup.page.engine(first).value(sheetId, row, col));
    const third = rowValues(2);
    applyOperation(setup.doc, { type: 'insertRows', sheetId, index: 1, count: 1 });
    // Synchronously: the worker has not seen the insert yet.
    expect(rowValues(1).every((v) => v === null)).toBe(true);
    expect(rowValues(3)).toEqual(third);
    await expectSameAsInThread(setup);
  });

  it('a scenario created on the page gets its own values and goals', async () => {
    const setup = await templateBehindChannel();
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B5');
    applyOperation(setup.doc, { type: 'putScenario', scenario: { id: 'ny', name: 'Ny', inputs: {} } });
    applyOperation(setup.doc, { type: 'setScenarioInput', scenarioId: 'ny', sheetId, row, col, input: 0.9 });
    await expectSameAsInThread(setup);
    expect(setup.page.engine('ny').value(sheetId, row, col)).toBe(0.9);
    expect(setup.page.evaluate().map((e) => e.scenario.name)).toContain('Ny');
  });

  it('a deleted scenario is forgotten', async () => {
    const setup = await templateBehindChannel();
    const id = scenarioId(setup.doc, setup.page.scenarios()[1]!.name);
    applyOperation(setup.doc, { type: 'deleteScenario', scenarioId: id });
    await expectSameAsInThread(setup);
    expect(setup.page.evaluate().some((e) => e.scenario.id === id)).toBe(false);
  });

  it('an update the worker cannot read is reported, and the engines go on with the next one', async () => {
    const setup = await templateBehindChannel();
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B5');
    // In the same task as a real edit: the worker reads them together, and must keep the edit.
    setup.port.postMessage({ kind: 'update', update: new Uint8Array([255, 1, 2, 3]) });
    applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 0.7 }] });
    await vi.waitFor(() => expect(setup.failures).toHaveLength(1), ANSWERED);
    await expectSameAsInThread(setup);
    expect(setup.page.engine(setup.page.scenarios()[0]!.id).value(sheetId, row, col)).toBe(0.7);
  });

  it('a burst of edits in one task reaches the worker as one message', async () => {
    const setup = await templateBehindChannel();
    const sent = setup.messagesToWorker();
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B5');
    for (const input of [0.1, 0.2, 0.3, 0.4]) applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] });
    await expectSameAsInThread(setup);
    expect(setup.messagesToWorker() - sent).toBe(1);
  });

  it('a colleague\'s update goes to the worker in the task it arrived in, and reaches every scenario', async () => {
    const setup = await templateBehindChannel();
    const colleague = new Y.Doc();
    cleanups.push(() => colleague.destroy());
    Y.applyUpdate(colleague, Y.encodeStateAsUpdate(setup.doc));
    let update: Uint8Array | null = null;
    colleague.on('update', (u: Uint8Array) => (update = u));
    const { sheetId, row, col } = locate(colleague, 'Forudsætninger!B10');
    applyOperation(colleague, { type: 'setCells', sheetId, cells: [{ row, col, input: 45 }] });
    const posted = vi.spyOn(setup.port, 'postMessage');
    Y.applyUpdate(setup.doc, update!, 'websocket');
    // Synchronously: not after the page's other work of this task.
    expect(posted).toHaveBeenCalledTimes(1);
    await expectSameAsInThread(setup);
    expect(setup.page.engine(setup.page.scenarios()[0]!.id).value(sheetId, row, col)).toBe(45);
  });

  it('after an edit the worker answers for the scenario on screen first: its goals, then its values', async () => {
    const setup = await templateBehindChannel();
    const [first, , last] = setup.page.scenarios().map((s) => s.id);
    setup.page.focus(last!);
    expect((await repliesTo(setup, () => editRate(setup, 40))).slice(0, 2)).toEqual([`goals ${last}`, `values ${last}`]);
    setup.page.focus(first!);
    expect((await repliesTo(setup, () => editRate(setup, 41))).slice(0, 2)).toEqual([`goals ${first}`, `values ${first}`]);
    await expectSameAsInThread(setup);
  });

  it('the goals of the scenario on screen are posted before the other scenarios have followed the edit', async () => {
    const setup = await templateBehindChannel();
    const [first, second, last] = setup.page.scenarios().map((s) => s.id);
    setup.page.focus(last!);
    const heard = await repliesTo(setup, () => editRate(setup, 42));
    expect(heard).toEqual([`goals ${last}`, `values ${last}`, `values ${first}`, `values ${second}`, 'all goals']);
    await expectSameAsInThread(setup);
  });

  it('the other scenarios follow a cell edit once the page says its goal cards show the answer', async () => {
    // Only the page's word can release them here: the fallback wait is longer than the test.
    const setup = await templateBehindChannel({ othersWaitMs: 10 * 60_000 });
    const [first, , last] = setup.page.scenarios().map((s) => s.id);
    setup.page.focus(last!);
    const order: string[] = [];
    const fromWorker = (event: MessageEvent): void => {
      if (isEngineReply(event.data) && event.data.kind === 'values' && event.data.scenarioId === first) order.push('other scenario');
    };
    const fromPage = (event: MessageEvent): void => {
      if ((event.data as { kind?: unknown }).kind === 'goalsShown') order.push('goals shown');
    };
    setup.port.addEventListener('message', fromWorker);
    setup.workerPort.addEventListener('message', fromPage);
    await repliesTo(setup, () => editRate(setup, 43));
    // (An earlier answer's acknowledgement may come first.)
    expect(order.slice(-2)).toEqual(['goals shown', 'other scenario']);
    await expectSameAsInThread(setup);
  });

  it('a page that never says its goal cards show the answer still gets every scenario\'s goals after a cell edit', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const { port1, port2 } = new MessageChannel();
    const stopHost = serveScenarioEngines(port2);
    const inThread = new ScenarioEngines(doc);
    cleanups.push(() => {
      stopHost();
      inThread.destroy();
      port1.close();
      port2.close();
      doc.destroy();
    });
    const evaluations: unknown[] = [];
    port1.addEventListener('message', (event) => {
      if (isEngineReply(event.data) && event.data.kind === 'evaluation') evaluations.push(event.data.evaluation);
    });
    port1.start();
    port1.postMessage({ kind: 'focus', scenarioId: inThread.scenarios()[2]!.id });
    port1.postMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc) });
    await vi.waitFor(() => expect(evaluations).toHaveLength(1), ANSWERED);
    const before = Y.encodeStateVector(doc);
    const { sheetId, row, col } = locate(doc, 'Forudsætninger!B10');
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 44 }] });
    port1.postMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc, before) });
    await vi.waitFor(() => expect(evaluations).toHaveLength(2), ANSWERED);
    expect(evaluations[1]).toEqual(inThread.evaluate());
  });

  it('an edit that is not a cell edit still sends the scenario on screen\'s values before the others\'', async () => {
    const setup = await templateBehindChannel();
    const [first, , last] = setup.page.scenarios().map((s) => s.id);
    setup.page.focus(last!);
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B10');
    // A cell edit and a new scenario in one transaction: values in focus order, and the page's
    // scenarios read again (a cell edit alone keeps them).
    const before = setup.page.scenarios();
    await repliesTo(setup, () => editRate(setup, 44));
    expect(setup.page.scenarios()).toBe(before);
    const heard = await repliesTo(setup, () =>
      setup.doc.transact(() => {
        applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 43 }] });
        applyOperation(setup.doc, { type: 'putScenario', scenario: { id: 'ny', name: 'Ny', inputs: {} } });
      }),
    );
    expect(heard.filter((h) => h.startsWith('values'))[0]).toBe(`values ${last}`);
    expect(heard).toContain(`values ${first}`);
    expect(setup.page.scenarios().map((s) => s.name)).toContain('Ny');
    await expectSameAsInThread(setup);
  });
});

describe('"Hvad skal der til?" and sensitivity in the worker', { timeout: BUILT_AND_ANSWERED_MS }, () => {
  it('the worker\'s answers for LM2 equal the goal seek done on the page\'s own document', async () => {
    const setup = await templateBehindChannel();
    const basis = setup.page.scenarios().find((s) => s.name === 'Basis')!;
    const fromWorker = await setup.page.answerGoal(basis.id, 'LM2');
    const goal = readGoals(goalsArray(setup.doc), workbookGrid(setup.doc)).find((g) => g.id === 'LM2')!;
    const here = answerGoal(setup.doc, goal, basis);
    expect(fromWorker).toEqual(here);
    expect(fromWorker.answers.map((a) => a.status)).toEqual(['solved', 'solved', 'solved']);
    expect(fromWorker.sensitivity?.inputs).toHaveLength(3);
  });

  it('an answer asked right after an edit is for the edited document, also when one was asked before it', async () => {
    const setup = await templateBehindChannel();
    const basis = scenarioId(setup.doc, 'Basis');
    expect((await setup.page.answerGoal(basis, 'LM2')).answers.find((a) => a.input === 'Forudsætninger!B6')?.current).toBe(1);
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B6');
    applyOperation(setup.doc, { type: 'setScenarioInput', scenarioId: basis, sheetId, row, col, input: 1.05 });
    const answers = await setup.page.answerGoal(basis, 'LM2');
    expect(answers.answers.find((a) => a.input === 'Forudsætninger!B6')?.current).toBe(1.05);
    const goal = readGoals(goalsArray(setup.doc), workbookGrid(setup.doc)).find((g) => g.id === 'LM2')!;
    expect(answers).toEqual(answerGoal(setup.doc, goal, setup.page.scenarios().find((s) => s.id === basis)!));
  });

  it('several goals and the sensitivity asked on an unchanged workbook (one engine kept in the worker) equal fresh computations', async () => {
    const setup = await templateBehindChannel();
    const lavkonjunktur = setup.page.scenarios().find((s) => s.name === 'Lavkonjunktur')!;
    const goals = readGoals(goalsArray(setup.doc), workbookGrid(setup.doc));
    for (const id of ['MM3', 'LM2']) {
      const goal = goals.find((g) => g.id === id)!;
      expect(await setup.page.answerGoal(lavkonjunktur.id, id)).toEqual(answerGoal(setup.doc, goal, lavkonjunktur));
    }
    expect(await setup.page.sensitivity(lavkonjunktur.id, 0.1)).toEqual(sensitivity(setup.doc, lavkonjunktur, 0.1));
  });

  it('every goal\'s sensitivity equals the one computed on the page\'s document', async () => {
    const setup = await templateBehindChannel();
    const lavkonjunktur = setup.page.scenarios().find((s) => s.name === 'Lavkonjunktur')!;
    expect(await setup.page.sensitivity(lavkonjunktur.id, 0.2)).toEqual(sensitivity(setup.doc, lavkonjunktur, 0.2));
  });

  it('an unknown goal or scenario is refused with its name; a malformed request is not answered', async () => {
    const setup = await templateBehindChannel();
    const basis = scenarioId(setup.doc, 'Basis');
    await expect(setup.page.answerGoal(basis, 'NOPE')).rejects.toThrow('unknown goal "NOPE"');
    await expect(setup.page.sensitivity('no-such-id', 0.1)).rejects.toThrow('unknown scenario "no-such-id"');
    expect(isAnalysisRequest({ kind: 'answerGoal', requestId: '1', scenarioId: basis, goalId: 'LM2' })).toBe(false);
    expect(isAnalysisRequest({ kind: 'sensitivity', requestId: 1, scenarioId: basis, step: 0 })).toBe(false);
    expect(isAnalysisRequest({ kind: 'sensitivity', requestId: 1, scenarioId: basis, step: 0.1 })).toBe(true);
    expect(isEngineReply({ kind: 'goalAnswers', answers: {} })).toBe(false);
  });

  it('of two requests for the same goal, the later replaces the earlier one not yet started', async () => {
    const setup = await templateBehindChannel();
    const basis = scenarioId(setup.doc, 'Basis');
    const first = setup.page.answerGoal(basis, 'LM2');
    const second = setup.page.answerGoal(basis, 'LM2');
    await expect(first).rejects.toBeInstanceOf(AnalysisSuperseded);
    expect((await second).goal).toBe('LM2');
  });
});
