/**
 * Every goal under the active scenario, always in view: title, target and deadline, projected
 * value, a badge, the margin and the month it is reached. It re-renders in the same frame as the
 * edit that changed it (the evaluation store is updated synchronously after each transaction).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { GoalCard } from './GoalCard.js';
import { stepWords } from './sensitivityStep.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import { benchmarkStandings } from '../../../models/actuals/rankingSheets.js';

const GoalEditor = lazy(() => import('./GoalEditor.js'));
const SensitivityView = lazy(() => import('./SensitivityView.js'));

export function GoalDashboard({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const evaluation = useStore(session.evaluation);
  const locale = useStore(session.locale);
  const scenarioId = useStore(session.activeScenario);
  const revision = useStore(session.revision);
  const goals = useMemo(() => {
    void revision;
    return session.engines.goals();
  }, [session, revision]);
  // Read from the document's cells (ranks are imported figures), so once per change, not per card;
  // and once the goal cards show the change (the session's settled revision): reading every
  // sheet's corner took 2–8 ms, first of each edit's task (issue 17), then, as a deferred render,
  // in a task of its own that the worker's answer queued behind.
  const settledRevision = useStore(session.settledRevision);
  const standings = useMemo(() => {
    void settledRevision;
    return benchmarkStandings(session.doc, goals);
  }, [session, goals, settledRevision]);
  const scenarios = useMemo(() => {
    void revision;
    return session.engines.scenarios();
  }, [session, revision]);
  // The scenario on screen, once the worker has judged it. A scenario just made or chosen is
  // "Beregner …" under its own name until then: it showed the first scenario's name and goals.
  // (A workbook without scenarios is judged as one the worker names.)
  const chosen = scenarios.find((s) => s.id === scenarioId);
  const current = evaluation.find((e) => e.scenario.id === scenarioId) ?? (chosen ? undefined : evaluation[0]);
  const heading = current?.scenario.name ?? chosen?.name ?? '';
  const [editing, setEditing] = useState<GoalDefinition | 'new' | null>(null);
  const [sensitivity, setSensitivity] = useState(false);

  return (
    <div className="goal-dashboard">
      <div className="panel-heading">
        <h2>{t('goals.title', { scenario: heading })}</h2>
        {goals.length > 0 && (
          <button className="small" onClick={() => setSensitivity(true)} title={t('goalAnswers.sensitivityHint', stepWords(locale))}>
            {t('goalAnswers.sensitivityOpen')}
          </button>
        )}
        {!session.readOnly && (
          <button className="primary small" onClick={() => setEditing('new')}>
            {t('goals.new')}
          </button>
        )}
      </div>
      {goals.length === 0 && <p className="muted">{t('goals.none')}</p>}
      <ul className="goal-list">
        {goals.map((goal) => (
          <GoalCard
            key={goal.id}
            session={session}
            goal={goal}
            result={current?.goals.find((r) => r.id === goal.id)}
            computing={current === undefined}
            benchmark={standings.get(goal.id)}
            onEdit={session.readOnly ? undefined : setEditing}
          />
        ))}
      </ul>
      {sensitivity && (
        <Suspense fallback={null}>
          <SensitivityView session={session} onClose={() => setSensitivity(false)} />
        </Suspense>
      )}
      {editing && (
        <Suspense fallback={null}>
          <GoalEditor session={session} goal={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </div>
  );
}
