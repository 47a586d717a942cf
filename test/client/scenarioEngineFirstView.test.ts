/**
 * The first view while the scenario engines' worker builds (issue 17): the scenario on screen is
 * built and sent first, and before the worker answers the page shows typed values as typed and
 * formulas with the values this browser stored for exactly this document, never stale ones.
 * (The engines behind a message channel, as test/client/scenarioEngineWorker.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { serveScenarioEngines } from '../../client/src/engines/scenarioEngineHost.js';
import { WorkerScenarioEngines } from '../../client/src/engines/WorkerScenarioEngines.js';
import { isEngineReply } from '../../client/src/engines/engineMessages.js';
import { parseStoredValues, storedRecordOf } from '../../client/src/engines/storedValues.js';
import { locate, scenarioId } from '../support/workbookFixtures.js';
import { allValues, BUILT_AND_ANSWERED_MS, cleanups, closeAfterEach, repliesTo, templateBehindChannel } from '../support/scenarioEngineChannel.js';

closeAfterEach();

describe('the first view before and while the worker builds (issue 17)', { timeout: BUILT_AND_ANSWERED_MS }, () => {
  it('the first build sends the scenario on screen, its values and goals, before building the others', async () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const { port1, port2 } = new MessageChannel();
    const heard: string[] = [];
    port1.addEventListener('message', (event: MessageEvent) => {
      const reply: unknown = event.data;
      if (!isEngineReply(reply)) return;
      if (reply.kind === 'values') heard.push(`values ${reply.scenarioId}`);
      if (reply.kind === 'scenarioEvaluation') heard.push(`goals ${reply.evaluation.scenario.id}`);
      if (reply.kind === 'evaluation') heard.push('all goals');
    });
    const stopHost = serveScenarioEngines(port2);
    const page = new WorkerScenarioEngines(doc, port1);
    cleanups.push(() => {
      page.destroy();
      stopHost();
      port1.close();
      port2.close();
      doc.destroy();
    });
    const [first, second, last] = page.scenarios().map((s) => s.id);
    page.focus(last!);
    await page.ready;
    expect(heard).toEqual([`values ${last}`, `goals ${last}`, `values ${first}`, `values ${second}`, 'all goals']);
  });

  it('before the worker answers, typed values show as typed and formulas show the values this browser stored, until the document changes', async () => {
    const setup = await templateBehindChannel();
    const stored = setup.page.storedValues();
    expect(stored).not.toBeNull();
    // A returning planner's page, whose worker has not answered yet (nothing serves the channel).
    const { port1, port2 } = new MessageChannel();
    const returning = new WorkerScenarioEngines(setup.doc, port1, () => undefined, parseStoredValues(JSON.parse(JSON.stringify(storedRecordOf(stored!)))));
    cleanups.push(() => {
      returning.destroy();
      port1.close();
      port2.close();
    });
    expect(allValues(setup.doc, returning)).toEqual(allValues(setup.doc, setup.inThread));
    expect(returning.evaluate()).toEqual([]);
    // A typed value edited meanwhile shows as typed; the stored values of formulas are for the
    // document as it was, so they go (a formula reading B10 would show a wrong number).
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B10');
    applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 44 }] });
    const basis = returning.scenarios()[0]!.id;
    expect(returning.engine(basis).value(sheetId, row, col)).toBe(44);
    const shownAfterEdit = Object.keys(allValues(setup.doc, returning)).length;
    expect(shownAfterEdit).toBeGreaterThan(0);
    expect(shownAfterEdit).toBeLessThan(Object.keys(allValues(setup.doc, setup.inThread)).length);
  });

  it('a value typed while the worker has not answered the edit yet shows as typed at once, a formula its last value until the answer', async () => {
    const setup = await templateBehindChannel();
    const basis = setup.page.scenarios()[0]!.id;
    const typed = locate(setup.doc, 'Forudsætninger!B10');
    const formula = locate(setup.doc, 'Fremskrivning!K5');
    const formulaBefore = setup.page.engine(basis).value(formula.sheetId, formula.row, formula.col);
    // Answered asynchronously, over the channel: nothing of it has arrived when the edit returns.
    await repliesTo(setup, () => {
      applyOperation(setup.doc, { type: 'setCells', sheetId: typed.sheetId, cells: [{ row: typed.row, col: typed.col, input: 44 }] });
      expect(setup.page.engine(basis).value(typed.sheetId, typed.row, typed.col)).toBe(44);
      expect(setup.page.engine(basis).value(formula.sheetId, formula.row, formula.col)).toBe(formulaBefore);
    });
    expect(setup.page.engine(basis).value(typed.sheetId, typed.row, typed.col)).toBe(44);
    expect(setup.page.engine(basis).value(formula.sheetId, formula.row, formula.col)).toBe(setup.inThread.engine(basis).value(formula.sheetId, formula.row, formula.col));
    expect(setup.page.engine(basis).value(formula.sheetId, formula.row, formula.col)).not.toBe(formulaBefore);
  });

  it('values stored for another state of the document are not shown', async () => {
    const setup = await templateBehindChannel();
    const stored = setup.page.storedValues();
    expect(stored).not.toBeNull();
    // A colleague's edit arrived since they were stored: the synced document is no longer in their state.
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!B10');
    applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 44 }] });
    const { port1, port2 } = new MessageChannel();
    const returning = new WorkerScenarioEngines(setup.doc, port1, () => undefined, stored);
    cleanups.push(() => {
      returning.destroy();
      port1.close();
      port2.close();
    });
    const unanswered = new MessageChannel();
    const withoutStored = new WorkerScenarioEngines(setup.doc, unanswered.port1);
    cleanups.push(() => {
      withoutStored.destroy();
      unanswered.port1.close();
      unanswered.port2.close();
    });
    expect(allValues(setup.doc, returning)).toEqual(allValues(setup.doc, withoutStored));
  });

  it('without stored values a formula shows nothing (never a stale or made-up number) until the worker answers', () => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const { port1, port2 } = new MessageChannel();
    const page = new WorkerScenarioEngines(doc, port1);
    cleanups.push(() => {
      page.destroy();
      port1.close();
      port2.close();
      doc.destroy();
    });
    const inThread = new ScenarioEngines(doc);
    cleanups.push(() => inThread.destroy());
    const basis = page.scenarios()[0]!.id;
    const typed = locate(doc, 'Forudsætninger!B10');
    expect(page.engine(basis).value(typed.sheetId, typed.row, typed.col)).toBe(inThread.engine(basis).value(typed.sheetId, typed.row, typed.col));
    const withFormula = Object.keys(allValues(doc, inThread)).length;
    const shown = Object.keys(allValues(doc, page)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(withFormula);
  });

  it('stored values that do not read as values are ignored', () => {
    expect(parseStoredValues(null)).toBeNull();
    expect(parseStoredValues({ version: 2, document: 'AA', scenarios: [['s', [{ evil: true }]]] })).toBeNull();
    expect(parseStoredValues({ version: 3, document: 'AA', scenarios: [] })).toBeNull();
    // Version 1 kept no document state: its values could belong to any state, so they are not used.
    expect(parseStoredValues({ version: 1, scenarios: [['s', ['sheet', 'row', 'col', 1]]] })).toBeNull();
    expect(parseStoredValues({ version: 2, document: 'AA', scenarios: [['s', ['sheet', 'row', 'col', { error: '#DIV/0!', message: '' }]]] })?.scenarios.get('s')).toHaveLength(4);
  });

  it('an edit nothing refers to keeps every goal and goal result object, so goal cards need not re-render', async () => {
    const setup = await templateBehindChannel();
    const goals = setup.page.goals();
    const before = setup.page.evaluate();
    const { sheetId, row, col } = locate(setup.doc, 'Forudsætninger!H30');
    await repliesTo(setup, () => applyOperation(setup.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 5 }] }));
    const after = setup.page.evaluate();
    expect(after).not.toBe(before);
    setup.page.goals().forEach((goal, i) => expect(goal).toBe(goals[i]));
    after.forEach((scenario, s) => scenario.goals.forEach((result, g) => expect(result).toBe(before[s]!.goals[g])));
  });
});
