/** Beside the grid: the goal dashboard, the scenario comparison and the versions, as tabs. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoalDashboard } from '../goals/GoalDashboard.js';
import type { WorkbookSession } from './WorkbookSession.js';

const ScenarioComparison = lazy(() => import('../scenarios/ScenarioComparison.js'));
const VersionsPanel = lazy(() => import('../versions/VersionsPanel.js'));

type Tab = 'goals' | 'comparison' | 'versions';
const TABS: Tab[] = ['goals', 'comparison', 'versions'];

export function SidePanel({ session, workspaceId, token }: { session: WorkbookSession; workspaceId: string; token: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('goals');
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div role="tablist" className="panel-tabs">
        {TABS.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`panel.${name}`)}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel">
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          {tab === 'goals' && <GoalDashboard session={session} />}
          {tab === 'comparison' && <ScenarioComparison session={session} />}
          {tab === 'versions' && <VersionsPanel session={session} workspaceId={workspaceId} token={token} />}
        </Suspense>
      </div>
    </aside>
  );
}
