/**
 * "Hvad skal der til?" under a goal card (loaded when opened): for each assumption, the value it
 * must take for the goal to be met at its deadline beside its value today, the month reached at
 * that value, or why it cannot; sorted by how far each must move. Computed in the engine worker
 * and kept live while open. One click saves an answer as a new scenario or applies it to this one.
 */
import { useTranslation } from 'react-i18next';
import { locateAssumption } from '../../../models/analysis/assumptions.js';
import type { GoalSeekAnswer } from '../../../models/analysis/goalSeek.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import { cellFormatAt, cellInputAt } from '../../../models/workbook/readCells.js';
import { SensitivityTornado } from '../charts/SensitivityTornado.js';
import { useLiveAnalysis } from '../engines/useLiveAnalysis.js';
import { uniqueScenarioName } from '../scenarios/scenarioNames.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { applyAnswer, saveAnswerAsScenario } from './answerEdits.js';
import { outcomeText, requiredText, sortAnswers } from './goalAnswerRows.js';
import { formatGoalNumber, formatMonth, goalValueFormat } from './goalDisplay.js';

export default function GoalAnswersPanel({ session, goal }: { session: WorkbookSession; goal: GoalDefinition }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const locale = useStore(session.locale);
  const scenarioId = useStore(session.activeScenario);
  const { result, error, computing } = useLiveAnalysis(session.doc, () => session.engines.answerGoal(scenarioId, goal.id), `${scenarioId}|${goal.id}`);
  const goalFormat = goalValueFormat(session.doc, goal);

  const scenario = (): ReturnType<WorkbookSession['engines']['scenarios']>[number] | undefined => session.engines.scenarios().find((s) => s.id === scenarioId);
  const save = (answer: GoalSeekAnswer): void => {
    const current = scenario();
    if (!current) return;
    const name = uniqueScenarioName(t('goalAnswers.scenarioName', { scenario: current.name, goal: goal.id }), session.engines.scenarios());
    const edit = saveAnswerAsScenario(session.doc, current, answer, name);
    if (edit && session.apply(edit.ops)) {
      session.showScenario(edit.id);
      session.tell('goalAnswers.saved', { name });
    }
  };
  const apply = (answer: GoalSeekAnswer): void => {
    const current = scenario();
    const op = current && applyAnswer(session.doc, current, answer);
    if (op && session.apply(op)) session.tell('goalAnswers.applied', { scenario: current.name });
  };

  const rows = result ? sortAnswers(result.answers) : [];
  return (
    <section className="goal-answers" aria-label={t('goalAnswers.title', { goal: goal.id })} aria-busy={computing} data-goal-answers={goal.id} data-ready={result !== null || undefined}>
      <h4>{t('goalAnswers.title', { goal: goal.id })}</h4>
      {error && <p className="goal-error">{t('goalAnswers.failed', { error })}</p>}
      {!result && !error && <p className="muted">{t('goalAnswers.computing')}</p>}
      {result && rows.length === 0 && <p className="muted">{t('goalAnswers.noAssumptions')}</p>}
      {rows.length > 0 && (
        <table className="goal-answers-table">
          <thead>
            <tr>
              <th scope="col">{t('goalAnswers.assumption')}</th>
              <th scope="col">{t('goalAnswers.current')}</th>
              <th scope="col">{t('goalAnswers.required')}</th>
              <th scope="col">{t('goalAnswers.reachedAt')}</th>
              {!session.readOnly && <th scope="col" aria-label={t('goalAnswers.actions')} />}
            </tr>
          </thead>
          <tbody>
            {rows.map((answer) => {
              const cell = locateAssumption(session.doc, answer.input);
              const format = cell ? cellFormatAt(session.doc, cell.sheetId, cell.row, cell.col) : undefined;
              // The assumption's words: the text at the start of its row, where the template keeps them.
              const label = cell && cell.col > 0 ? cellInputAt(session.doc, cell.sheetId, cell.row, 0) : undefined;
              const required = requiredText(answer, format, locale, t);
              return (
                <tr key={answer.input} data-assumption={answer.input} data-status={answer.status}>
                  <th scope="row" title={typeof label === 'string' ? label : answer.message}>
                    <span className="answer-address">{answer.input}</span>
                    {typeof label === 'string' && <span className="answer-label">{label}</span>}
                  </th>
                  <td>{answer.current === null ? '' : formatGoalNumber(answer.current, format, locale)}</td>
                  <td className="answer-required" title={answer.message}>
                    {required ?? outcomeText(answer, goalFormat, locale, t)}
                  </td>
                  <td>{answer.reachedAt ? formatMonth(answer.reachedAt, i18n.language) : ''}</td>
                  {!session.readOnly && (
                    <td className="answer-actions">
                      {answer.status === 'solved' && (
                        <>
                          <button className="small" onClick={() => save(answer)} title={t('goalAnswers.saveHint')}>
                            {t('goalAnswers.save')}
                          </button>
                          <button className="small" onClick={() => apply(answer)} title={t('goalAnswers.applyHint')}>
                            {t('goalAnswers.apply')}
                          </button>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {result?.sensitivity && <SensitivityTornado sensitivity={result.sensitivity} step={result.step} format={goalFormat} locale={locale} />}
    </section>
  );
}
