/**
 * The two ways to use a goal seek's answer, as workbook operations: a new scenario with the
 * scenario's inputs plus the required value ("Styrket indsats – LM2 nås"), or the required value
 * put in the scenario itself (one operation, so one Ctrl+Z takes it back).
 */
import type * as Y from 'yjs';
import type { GoalSeekAnswer } from '../../../models/analysis/goalSeek.js';
import { locateAssumption } from '../../../models/analysis/assumptions.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import type { Scenario } from '../../../models/scenarios/scenarioModel.js';
import { newIdentity } from '../../../models/workbook/identities.js';

/** The operations that save the answer as a scenario named `name`, and that scenario's id. */
export function saveAnswerAsScenario(doc: Y.Doc, scenario: Scenario, answer: GoalSeekAnswer, name: string): { id: string; ops: WorkbookOperation[] } | null {
  if (answer.required === null) return null;
  const ops: WorkbookOperation[] = [];
  // The implicit Basis exists only while there are no scenarios: keep it as a real one beside the new.
  if (scenario.id === '') ops.push({ type: 'putScenario', scenario: { id: newIdentity(doc), name: scenario.name, inputs: {} } });
  const id = newIdentity(doc);
  ops.push({ type: 'putScenario', scenario: { id, name, inputs: { ...scenario.inputs, [answer.input]: answer.required } } });
  return { id, ops };
}

/** The operation that puts the required value in the scenario (in the sheet for the implicit Basis). */
export function applyAnswer(doc: Y.Doc, scenario: Scenario, answer: GoalSeekAnswer): WorkbookOperation | null {
  const cell = locateAssumption(doc, answer.input);
  if (answer.required === null || !cell) return null;
  const { sheetId, row, col } = cell;
  if (scenario.id === '') return { type: 'setCells', sheetId, cells: [{ row, col, input: answer.required }] };
  return { type: 'setScenarioInput', scenarioId: scenario.id, sheetId, row, col, input: answer.required };
}
