/** One goal on the dashboard, with its badge; the trajectory chart loads on demand. */
import { lazy, memo, Suspense, useContext, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { GoalResult } from '../../../models/goals/goalEvaluation.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { formatMargin, formatMonth, goalValueFormat } from './goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import { goalStatus } from '../../../models/goals/goalStatus.js';
import { errorShort, errorText, reachedText, statusLabel, warningText } from './goalVerdict.js';
import { judgedAtDeadline } from '../../../models/goals/goalJudging.js';
import { actualMonths, goalTrajectory } from '../../../models/goals/goalTrajectory.js';
import { AdoptedPlanContext } from '../versions/adoptedPlan.js';
import { PlanStanding } from './PlanStanding.js';
import { BenchmarkStandingLine } from './BenchmarkStandingLine.js';
import type { BenchmarkStanding } from '../../../models/goals/benchmarkRank.js';

const GoalChart = lazy(() => import('../charts/GoalChart.js'));
const GoalAnswersPanel = lazy(() => import('./GoalAnswersPanel.js'));

interface Props {
  session: WorkbookSession;
  goal: GoalDefinition;
  result: GoalResult | undefined;
  /** Before the engines' first answer (the grid shows already): no goal is judged yet. */
  computing: boolean;
  /** A rank goal's place on the benchmark ranking, where the workbook holds one. */
  benchmark?: BenchmarkStanding;
  /** Stable across renders (the card is memoised): called with the card's goal. */
  onEdit?: (goal: GoalDefinition) => void;
}

export const GoalCard = memo(function GoalCard({ session, goal, result, computing, benchmark, onEdit }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const locale = useStore(session.locale);
  const [chart, setChart] = useState(false);
  const [answers, setAnswers] = useState(false);
  const answersId = useId();
  const answersToggle = useRef<HTMLButtonElement>(null);
  const closeAnswers = (): void => {
    setAnswers(false);
    answersToggle.current?.focus();
  };
  // The pointer or the keyboard on "Hvad skal der til?": the worker builds the analysis's engine
  // and the page loads the panel while the planner clicks (the first answer took 3–6 s, more than
  // half of it that build; the planner walk-through). The answer is the same either way.
  const prepareAnswers = (): void => {
    if (answers) return;
    session.engines.prepareAnswers?.(session.activeScenario.get());
    void import('./GoalAnswersPanel.js');
  };
  const status = computing ? 'computing' : goalStatus(result, goal);
  const format = goalValueFormat(session.doc, goal);
  // The target's decimals where its format shows too few (-2,46 % beside -2,5 %): value, target and margin then add up.
  const decimals = goalDecimals([result?.target], format);
  const number = (v: GoalResult['value']): string => formatGoalNumber(v, format, locale, decimals);
  const hasNumbers = goal.value !== undefined || judgedAtDeadline(goal);
  const reached = reachedText(result, i18n.language, t);
  // Recomputed with each evaluation (a new result), so an import of actuals shows at once; but in
  // a render after the one that shows the new status (a deferred value): reading the goal's months
  // from the document took 1–4 ms between the worker's answer and the card's flip (issue 17).
  const settledResult = useDeferredValue(result);
  const actuals = useMemo(() => {
    void settledResult;
    const trajectory = goalTrajectory(session.doc, session.engines, goal);
    return trajectory ? actualMonths(trajectory) : [];
  }, [session, goal, settledResult]);
  const latest = actuals.at(-1) ?? null;
  const adoptedPlan = useContext(AdoptedPlanContext);

  return (
    <li className={`goal-card status-${status}`} data-goal-id={goal.id} data-status={status}>
      <div className="goal-head">
        <span className="goal-id">{goal.id}</span>
        <span className={`badge badge-${status}`}>{statusLabel(status, t)}</span>
      </div>
      <h3 className="goal-title" title={goal.description}>
        {goal.title}
      </h3>
      <dl className="goal-facts">
        {goal.comparator && result?.target !== undefined && result.target !== null && (
          <>
            <dt>{t('goals.target')}</dt>
            <dd>
              {goal.comparator.replace('<=', '≤').replace('>=', '≥')} {number(result.target)}
            </dd>
          </>
        )}
        {goal.deadline && (
          <>
            <dt>{t('goals.deadline')}</dt>
            <dd>{formatMonth(goal.deadline, i18n.language)}</dd>
          </>
        )}
        {latest && (
          <>
            <dt>{t('goals.latestActual')}</dt>
            <dd className="goal-actual">{t('goals.latestActualValue', { value: number(latest.value), month: formatMonth(latest.label, i18n.language) })}</dd>
          </>
        )}
        {benchmark && <BenchmarkStandingLine standing={benchmark} locale={locale} />}
        {latest && <PlanStanding session={session} goal={goal} actualMonths={actuals} plan={adoptedPlan} format={format} decimals={decimals} />}
        {hasNumbers && (
          <>
            <dt>{t('goals.projected')}</dt>
            <dd className="goal-value">{result?.error ? errorShort(result, t, locale) : number(result?.value ?? null)}</dd>
          </>
        )}
        {result?.margin !== null && result?.margin !== undefined && (
          <>
            <dt>{t('goals.margin')}</dt>
            <dd className={result.margin >= 0 ? 'positive' : 'negative'}>{formatMargin(result.margin, format, locale, t, decimals)}</dd>
          </>
        )}
      </dl>
      {reached && (
        <p className="goal-reached" data-late={result?.late || undefined}>
          {reached}
        </p>
      )}
      {result?.warnings.map((warning, i) => (
        <p key={i} className="goal-warning" role="note">
          {warningText(warning, i18n.language, t, number)}
        </p>
      ))}
      {result?.error && <p className="goal-error">{errorText(result, goal, i18n.language, t, locale)}</p>}
      <div className="goal-actions">
        {goal.series && (
          <button className="small" aria-expanded={chart} onClick={() => setChart(!chart)}>
            {t(chart ? 'goals.hideChart' : 'goals.showChart')}
          </button>
        )}
        {result?.margin !== null && result?.margin !== undefined && (
          <button ref={answersToggle} className="small" aria-expanded={answers} aria-controls={answers ? answersId : undefined} onPointerEnter={prepareAnswers} onFocus={prepareAnswers} onClick={() => setAnswers(!answers)}>
            {t('goalAnswers.open')}
          </button>
        )}
        {onEdit && (
          <button className="small" onClick={() => onEdit(goal)}>
            {t('goals.edit')}
          </button>
        )}
      </div>
      {answers && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <GoalAnswersPanel session={session} goal={goal} id={answersId} onClose={closeAnswers} />
        </Suspense>
      )}
      {chart && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <GoalChart session={session} goal={goal} />
        </Suspense>
      )}
    </li>
  );
});
