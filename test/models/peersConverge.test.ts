import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { engineValues, freshValues, smallWorkbookDoc } from '../support/engineComparison.js';
import { workbookRoots } from '../../models/workbook/workbookReader.js';
import { applyUnlessRefused, randomOperation } from '../support/randomOperations.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { SimulatedPeers } from '../support/simulatedPeers.js';

const OPERATIONS = 300;
const PEER_COUNTS = [2, 5, 8];

export function runConvergence(seed: number, peerCount: number, operations = OPERATIONS): void {
  const random = new SeededRandom(seed);
  const first = smallWorkbookDoc(1);
  const docs = [first];
  for (let i = 1; i < peerCount; i++) {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    docs.push(doc);
  }
  const engines = docs.map((doc) => new WorkbookEngine(doc));
  // Each peer's own undo, as a planner's Ctrl+Z: it reverts only that peer's changes.
  const origins = docs.map((_, i) => `peer-${i}`);
  const undoers = docs.map((doc, i) => new Y.UndoManager(workbookRoots(doc), { trackedOrigins: new Set([origins[i]]), captureTimeout: 0 }));
  const network = new SimulatedPeers(docs);
  try {
    for (let done = 0; done < operations; ) {
      const roll = random.next();
      if (roll < 0.46) {
        const peer = random.int(peerCount);
        applyUnlessRefused(docs[peer]!, randomOperation(docs[peer]!, random), origins[peer]);
        done++;
      } else if (roll < 0.5) {
        const undo = undoers[random.int(peerCount)]!;
        if (random.chance(0.6)) undo.undo();
        else undo.redo();
        done++;
      } else if (roll < 0.92) {
        network.deliverOne(random);
      } else {
        const peer = random.int(peerCount);
        if (network.online[peer]) network.disconnect(peer);
        else network.reconnect(peer);
      }
    }
    network.settle(random);
    const files = docs.map((doc) => JSON.stringify(exportWorkbookFile(doc)));
    const where = `seed ${seed}, ${peerCount} peers`;
    for (const file of files) expect(file, where).toBe(files[0]);
    const expected = freshValues(first);
    engines.forEach((engine, i) => expect(engineValues(engine, docs[i]!), `${where}, peer ${i}`).toEqual(expected));
    engines.forEach((engine, i) => expect(engine.rebuilds, `${where}, peer ${i} had to rebuild its engine`).toBe(0));
    const evaluations = docs.map((doc) => JSON.stringify(evaluateWorkbook(doc)));
    for (const evaluation of evaluations) expect(evaluation, where).toBe(evaluations[0]);
  } finally {
    undoers.forEach((undo) => undo.destroy());
    engines.forEach((engine) => engine.destroy());
    docs.forEach((doc) => doc.destroy());
  }
}

describe('peers editing one workspace converge', () => {
  it.each(fuzzSeeds(6).map((seed) => [seed, PEER_COUNTS[seed % PEER_COUNTS.length]!]))(
    'with random delivery, disconnects, reconnects and each peer\'s own undo and redo, documents and computed values end identical (seed %i, %i peers)',
    (seed, peers) => {
      runConvergence(seed, peers);
    },
  );
});
