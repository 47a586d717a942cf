/**
 * The scenario engines' destroy hooks run when the engines are destroyed (startScenarioEngines
 * removes the worker's error listener there): before, they ran nowhere, so a closed workbook's
 * listener stayed on the worker.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkerScenarioEngines } from '../../client/src/engines/WorkerScenarioEngines.js';
import type { MessageEndpoint } from '../../client/src/engines/engineMessages.js';

describe('the page\'s scenario engines when destroyed', () => {
  it('run each destroy hook once', () => {
    const doc = new Y.Doc();
    const endpoint: MessageEndpoint = { postMessage: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined };
    const engines = new WorkerScenarioEngines(doc, endpoint);
    let ran = 0;
    engines.onDestroy(() => ran++);
    engines.destroy();
    engines.destroy();
    expect(ran).toBe(1);
    doc.destroy();
  });
});
