/**
 * Editing under a scenario other than the base (the first scenario): a cell that is not one of the
 * scenario's assumptions belongs to every scenario, so the planner is asked once per edit where the
 * edit goes — "Kun i dette scenarie" (the cells become assumptions of this scenario) or "I alle
 * scenarier" (the sheet's own cells, seen by every scenario). Issue 12, problem 3: typing 40 into
 * Forudsætninger!B10 under "Styrket indsats" used to change it in every scenario, silently.
 */
import i18next from 'i18next';
import type { CellEdit, WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { isFormula } from '../../../models/formula/a1References.js';
import { ask } from '../ui/dialogs.js';
import type { WorkbookSession } from './WorkbookSession.js';

export type ScenarioEditTarget = 'scenario' | 'all';

/** The active scenario when it is not the base one (edits to its non-assumption cells need a choice). */
export function nonBaseScenario(session: WorkbookSession): { id: string; name: string } | null {
  const scenarios = session.engines.scenarios();
  const active = scenarios.find((s) => s.id === session.activeScenario.get());
  if (!active || active.id === '' || scenarios[0]?.id === active.id) return null;
  return { id: active.id, name: active.name };
}

/** The edited cells that the active (non-base) scenario does not replace: editing them needs a choice. */
export function cellsNeedingChoice(session: WorkbookSession, sheetId: string, cells: readonly CellEdit[]): CellEdit[] {
  if (!nonBaseScenario(session)) return [];
  return cells.filter((c) => !session.isScenarioInput(sheetId, c.row, c.col));
}

/** Asks where the edit goes; null when the planner cancels (the edit is dropped). */
export async function askScenarioEditTarget(scenarioName: string): Promise<ScenarioEditTarget | null> {
  const answer = await ask({
    title: i18next.t('safeEdits.scenarioChoice.title', { scenario: scenarioName }),
    message: i18next.t('safeEdits.scenarioChoice.message', { scenario: scenarioName }),
    confirmLabel: i18next.t('safeEdits.scenarioChoice.onlyHere'),
    choices: [
      { answer: 'scenario', label: i18next.t('safeEdits.scenarioChoice.onlyHere') },
      { answer: 'all', label: i18next.t('safeEdits.scenarioChoice.everywhere') },
    ],
  });
  return answer === 'scenario' || answer === 'all' ? answer : null;
}

/**
 * The edits as assumptions of the scenario: every cell must get a value (a formula or an empty
 * cell cannot be an assumption). Null, with the reason told, when one cannot.
 */
export function scenarioInputOperations(session: WorkbookSession, scenarioId: string, sheetId: string, cells: readonly CellEdit[]): WorkbookOperation[] | null {
  const ops: WorkbookOperation[] = [];
  for (const { row, col, input } of cells) {
    if (input === null) {
      session.tell('notice.scenarioInputNeedsValue');
      return null;
    }
    if (typeof input === 'string' && isFormula(input)) {
      session.tell('notice.scenarioInputFormula');
      return null;
    }
    ops.push({ type: 'setScenarioInput', scenarioId, sheetId, row, col, input });
  }
  return ops;
}
