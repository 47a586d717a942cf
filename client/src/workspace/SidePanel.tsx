/** Beside the grid: the goal dashboard, the scenario comparison and the versions, as tabs. */
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { GoalDashboard } from '../goals/GoalDashboard.js';
import type { WorkbookSession } from './WorkbookSession.js';
import { useStore } from '../ui/store.js';
import { preScreenPainted } from '../session/preScreen.js';

const ScenarioComparison = lazy(() => import('../scenarios/ScenarioComparison.js'));
const VersionsPanel = lazy(() => import('../versions/VersionsPanel.js'));

type Tab = 'goals' | 'comparison' | 'versions';
const TABS: Tab[] = ['goals', 'comparison', 'versions'];

/**
 * Memoised: the layout re-renders when the presence tracker arrives (just before the grid can be
 * created) and on every revision; the panel's views follow the session's stores themselves, so
 * rendering every goal card again then only delayed the grid (bench/firstViewProfile.ts).
 */
interface Props {
  session: WorkbookSession;
  workspaceId: string;
  token: string;
  /** The connection's presence, where colleagues say their version list changed. */
  awareness: Awareness;
}

export const SidePanel = memo(function SidePanel({ session, workspaceId, token, awareness }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('goals');
  // On opening, the static first screen paints first and the goal cards follow, before AG Grid is
  // created (a workbook without a sheet has no first screen to wait for): rendering eight cards
  // first delayed the first cell by 0,1–0,25 s.
  const firstScreenShown = useStore(session.firstScreenShown);
  const gridShown = useStore(session.gridShown);
  const sheetId = useStore(session.activeSheet);
  // Over the entry's pre-screen, whose goal cards are on screen already, the cards come at once.
  const [overPreScreen] = useState(preScreenPainted);
  const ready = firstScreenShown || gridShown || !sheetId || overPreScreen;
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
          {!ready && tab === 'goals' && <p className="muted">{t('app.loading')}</p>}
          {ready && tab === 'goals' && <GoalDashboard session={session} />}
          {tab === 'comparison' && <ScenarioComparison session={session} />}
          {tab === 'versions' && <VersionsPanel session={session} workspaceId={workspaceId} token={token} awareness={awareness} />}
        </Suspense>
      </div>
    </aside>
  );
});
