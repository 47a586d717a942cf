/** Goals as rows, scenarios as columns: each cell the status and the projected value. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { formatGoalNumber, goalValueFormat } from '../goals/goalDisplay.js';
import { goalStatus } from '../goals/goalStatus.js';

export default function ScenarioComparison({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const evaluation = useStore(session.evaluation);
  const locale = useStore(session.locale);
  const active = useStore(session.activeScenario);
  const goals = useMemo(() => {
    void evaluation;
    return session.engines.goals();
  }, [session, evaluation]);

  return (
    <div className="comparison">
      <h2>{t('comparison.title')}</h2>
      <div className="comparison-scroll">
        <table>
          <caption className="visually-hidden">{t('comparison.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.goal')}</th>
              {evaluation.map(({ scenario }) => (
                <th key={scenario.id} scope="col" className={scenario.id === active ? 'active' : undefined}>
                  <button className="link" onClick={() => session.showScenario(scenario.id)}>
                    {scenario.name}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goals.map((goal) => {
              const format = goalValueFormat(session.doc, goal);
              return (
                <tr key={goal.id}>
                  <th scope="row" title={goal.title}>
                    {goal.id}
                  </th>
                  {evaluation.map(({ scenario, goals: results }) => {
                    const result = results.find((r) => r.id === goal.id);
                    const status = goalStatus(result);
                    return (
                      <td key={scenario.id} data-comparison-status={status} className={`status-${status}`}>
                        <span className={`badge badge-${status}`}>{t(`goals.status.${status}`)}</span>
                        <span className="comparison-value">{result?.error ?? formatGoalNumber(result?.value ?? null, format, locale)}</span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
