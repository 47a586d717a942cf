/**
 * A WorkbookSession on a document, with engines answering over a message channel as the worker's
 * do; `cleanups` gets what tears it down (the test's afterEach runs them).
 */
import type * as Y from 'yjs';
import { serveScenarioEngines } from '../../../client/src/engines/scenarioEngineHost.js';
import { WorkerScenarioEngines } from '../../../client/src/engines/WorkerScenarioEngines.js';
import { WorkbookSession } from '../../../client/src/workspace/WorkbookSession.js';

export async function engineSession(doc: Y.Doc, cleanups: Array<() => void>): Promise<WorkbookSession> {
  const { port1, port2 } = new MessageChannel();
  const stopHost = serveScenarioEngines(port2);
  const engines = new WorkerScenarioEngines(doc, port1);
  const session = new WorkbookSession(doc, false, engines);
  cleanups.push(() => {
    session.destroy();
    stopHost();
    port1.close();
    port2.close();
    doc.destroy();
  });
  await engines.ready;
  return session;
}
