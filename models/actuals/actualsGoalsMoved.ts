/**
 * The goals an import of actual figures would move, for the scenario on screen: the preview's
 * "Mål, som importen flytter". The import's own operations (actualsOperations.ts) are applied to a
 * copy, so what the preview promises is what applying does.
 *
 * @example goalsMovedByActuals(doc, basis, pivot, 'Jobindsats', link) // [{ goalId: 'LM2', before: { value: 358.4, … }, after: … }]
 */
import type * as Y from 'yjs';
import { goalsMovedBy, type GoalMoved } from '../analysis/goalsMoved.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import type { ActualsMode } from './actualsMerge.js';
import type { ActualsPivot } from './actualsPivot.js';
import { actualsOperations } from './actualsOperations.js';
import type { DataLink } from './dataLink.js';

export function goalsMovedByActuals(doc: Y.Doc, scenario: Scenario, pivot: ActualsPivot, sheetName: string, link: DataLink, mode: ActualsMode = 'merge'): GoalMoved[] {
  return goalsMovedBy(doc, scenario, (copy) => actualsOperations(copy, pivot, sheetName, link, mode).ops);
}
