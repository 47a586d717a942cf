/**
 * The session's revisions that views follow (issue 17): a cell edit re-renders only what shows
 * cells and goals, not the lists of sheets and scenarios; readings that can wait (the benchmark
 * standings) follow the edit once the engines' new goals are on the cards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import type { WorkbookSession } from '../../client/src/workspace/WorkbookSession.js';
import { engineSession } from './support/engineSession.js';
import { locate } from '../support/workbookFixtures.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The template open in a session whose engines answer over a message channel, as the worker's do. */
function templateSession(): Promise<WorkbookSession> {
  return engineSession(documentFromFile(beskaeftigelsesplanTemplate()), cleanups);
}

/** Resolves when `condition` holds, polled; fails after a generous deadline. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the session’s revisions', () => {
  it('typing into a cell moves the revision but not the lists of sheets and scenarios; adding a sheet moves both', async () => {
    const session = await templateSession();
    const { sheetId, row, col } = locate(session.doc, 'Forudsætninger!B6');
    const structure = session.structureRevision.get();
    const revision = session.revision.get();
    session.apply({ type: 'setCells', sheetId, cells: [{ row, col, input: 0.9 }] });
    await until(() => session.revision.get() > revision, 'the edit’s revision');
    expect(session.structureRevision.get()).toBe(structure);

    session.apply({ type: 'addSheet', sheetId: 'sheet-new', name: 'Noter' });
    await until(() => session.structureRevision.get() > structure, 'the new sheet’s structure revision');
  });

  it('renaming a scenario moves the structure revision that the scenario switcher follows', async () => {
    const session = await templateSession();
    const structure = session.structureRevision.get();
    const [first] = session.engines.scenarios();
    session.apply({ type: 'putScenario', scenario: { ...first!, id: first!.id || 'basis', name: 'Omdøbt' } });
    await until(() => session.structureRevision.get() > structure, 'the renamed scenario’s structure revision');
  });

  it('the settled revision reaches an edit once the engines’ goals for it have arrived', async () => {
    const session = await templateSession();
    const { sheetId, row, col } = locate(session.doc, 'Forudsætninger!B6');
    const goalsBefore = session.evaluation.get();
    session.apply({ type: 'setCells', sheetId, cells: [{ row, col, input: 0.9 }] });
    const edited = session.revision.get() + 1;
    await until(() => session.settledRevision.get() >= edited, 'the settled revision');
    expect(session.revision.get()).toBe(edited);
    expect(session.evaluation.get()).not.toBe(goalsBefore);
  });
});
