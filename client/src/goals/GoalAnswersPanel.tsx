/**
 * "Hvad skal der til?" under a goal card (loaded when opened): for each assumption, the value it
 * must take for the goal to be met at its deadline beside its value today, the month reached at
 * that value, or why it cannot; sorted by how far each must move. Computed in the engine worker
 * and kept live while open. One click saves an answer as a new scenario or applies it to this one.
 * Keyboard: the panel takes focus when it opens (its heading), Tab walks its buttons, Escape
 * closes it (the card puts focus back on the button that opened it).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalSeekAnswer } from '../../../models/analysis/goalSeek.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import { SensitivityTornado } from '../charts/SensitivityTornado.js';
import { useLiveAnalysis } from '../engines/useLiveAnalysis.js';
import { uniqueScenarioName } from '../scenarios/scenarioNames.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { applyAnswer, saveAnswerAsScenario } from './answerEdits.js';
import { assumptionFormat, assumptionLabel, outcomeText, requiredText, shownRequired, sortAnswers } from './goalAnswerRows.js';
import { formatMonth, goalValueFormat } from './goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';

interface Props {
  session: WorkbookSession;
  goal: GoalDefinition;
  /** The id the card's toggle names in aria-controls. */
  id: string;
  onClose: () => void;
}

export default function GoalAnswersPanel({ session, goal, id, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the keyboard or the mouse, the panel is where the planner is now.
  useEffect(() => heading.current?.focus(), []);
  const locale = useStore(session.locale);
  const scenarioId = useStore(session.activeScenario);
  const { result, error, computing } = useLiveAnalysis(session.doc, () => session.engines.answerGoal(scenarioId, goal.id), `${scenarioId}|${goal.id}`);
  const goalFormat = goalValueFormat(session.doc, goal);
  // Margins with the decimals the goal card gives them (its target's).
  const evaluation = useStore(session.evaluation);
  const decimals = goalDecimals([evaluation.find((e) => e.scenario.id === scenarioId)?.goals.find((r) => r.id === goal.id)?.target], goalFormat);

  const scenario = (): ReturnType<WorkbookSession['engines']['scenarios']>[number] | undefined => session.engines.scenarios().find((s) => s.id === scenarioId);
  // The value the list shows ("mindst 0,91"), not the solver's 0,9023 that the cell would show as 0,90.
  const asShown = (answer: GoalSeekAnswer): GoalSeekAnswer => ({ ...answer, required: shownRequired(answer, assumptionFormat(session.doc, answer.input)) });
  const save = (shown: GoalSeekAnswer): void => {
    const answer = asShown(shown);
    const current = scenario();
    if (!current) return;
    const name = uniqueScenarioName(t('goalAnswers.scenarioName', { scenario: current.name, goal: goal.id }), session.engines.scenarios());
    const edit = saveAnswerAsScenario(session.doc, current, answer, name);
    if (edit && session.apply(edit.ops)) {
      session.showScenario(edit.id);
      session.tell('goalAnswers.saved', { name });
    }
  };
  const apply = (shown: GoalSeekAnswer): void => {
    const current = scenario();
    const op = current && applyAnswer(session.doc, current, asShown(shown));
    if (op && session.apply(op)) session.tell('goalAnswers.applied', { scenario: current.name });
  };

  const rows = result ? sortAnswers(result.answers) : [];
  // Opened on the last card, the answers came in below the side panel's edge, and the click seemed
  // to do nothing but add a heading (the planner walk-through): once they are in, the side panel
  // scrolls to show them (the heading kept in view where the whole does not fit).
  const section = useRef<HTMLElement>(null);
  const shownOnce = useRef(false);
  useEffect(() => {
    if (!result || shownOnce.current) return;
    shownOnce.current = true;
    section.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  return (
    <section
      ref={section}
      id={id}
      className="goal-answers"
      aria-labelledby={`${id}-title`}
      aria-busy={computing}
      data-goal-answers={goal.id}
      data-ready={result !== null || undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('goalAnswers.title', { goal: goal.id })}
      </h4>
      {error && <p className="goal-error">{t('goalAnswers.failed', { error })}</p>}
      {/* The first answer takes seconds (an engine of its own, every assumption tried): said and shown, not a bare "Beregner …". */}
      {!result && !error && (
        <div className="goal-answers-progress" role="status">
          <progress aria-label={t('goalAnswers.progress')} />
          <p className="muted">{t('goalAnswers.computingLong')}</p>
        </div>
      )}
      {result && computing && (
        <p className="muted" role="status">
          {t('goalAnswers.updating')}
        </p>
      )}
      {result && rows.length === 0 && <p className="muted">{t('goalAnswers.noAssumptions')}</p>}
      {rows.length > 0 && (
        <table className="goal-answers-table">
          <thead>
            <tr>
              <th scope="col">{t('goalAnswers.assumption')}</th>
              <th scope="col">{t('goalAnswers.current')}</th>
              <th scope="col">{t('goalAnswers.required')}</th>
              <th scope="col">{t('goalAnswers.reachedAt')}</th>
            </tr>
          </thead>
          {rows.map((answer) => {
            const format = assumptionFormat(session.doc, answer.input);
            const label = assumptionLabel(session.doc, answer.input);
            const required = requiredText(answer, format, locale, t);
            // One group per assumption: its numbers, then (where it can be acted on) its buttons on
            // a line of their own, so the narrow side panel never cuts them off.
            return (
              <tbody key={answer.input} data-assumption={answer.input} data-status={answer.status}>
                <tr>
                  {/* The assumption's name first, as planners speak of it; its cell under it. */}
                  <th scope="row" title={label === undefined ? answer.message : `${label} (${answer.input})`}>
                    <span className="answer-label">{label ?? answer.input}</span>
                    {label !== undefined && <span className="answer-address">{answer.input}</span>}
                  </th>
                  <td>{answer.current === null ? '' : formatGoalNumber(answer.current, format, locale)}</td>
                  <td className="answer-required" title={answer.message}>
                    {required ?? outcomeText(answer, goalFormat, locale, t, decimals)}
                  </td>
                  <td>{answer.reachedAt ? formatMonth(answer.reachedAt, i18n.language) : ''}</td>
                </tr>
                {!session.readOnly && answer.status === 'solved' && (
                  <tr className="answer-actions">
                    <td colSpan={4}>
                      <button className="small" onClick={() => save(answer)} title={t('goalAnswers.saveHint')}>
                        {t('goalAnswers.save')}
                      </button>
                      <button className="small" onClick={() => apply(answer)} title={t('goalAnswers.applyHint')}>
                        {t('goalAnswers.apply')}
                      </button>
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      {result?.sensitivity && <SensitivityTornado sensitivity={result.sensitivity} step={result.step} format={goalFormat} decimals={decimals} locale={locale} inputFormat={(address) => assumptionFormat(session.doc, address)} inputLabel={(address) => assumptionLabel(session.doc, address)} />}
    </section>
  );
}
