/**
 * A private copy of a workspace's document with its own engine under one scenario: where
 * goalsMoved.ts applies a change before anyone does (the what-if analysis tries its values in an
 * engine of its own instead, AssumptionWorkbench.ts). Nothing done to the copy reaches the workspace, its undo history or a colleague.
 */
import * as Y from 'yjs';
import { WorkbookEngine } from '../engine/WorkbookEngine.js';
import type { Scenario } from '../scenarios/scenarioModel.js';

export interface ScenarioCopy {
  doc: Y.Doc;
  engine: WorkbookEngine;
  destroy(): void;
}

export function scenarioCopy(doc: Y.Doc, scenario: Scenario): ScenarioCopy {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const engine = new WorkbookEngine(copy, scenario.id === '' ? undefined : scenario.id);
  return {
    doc: copy,
    engine,
    destroy: () => {
      engine.destroy();
      copy.destroy();
    },
  };
}
