/**
 * The shell: reads the workspace address and token, then loads the workbook view. The workbook
 * (grid, engine, sync) is its own chunk, so the first paint needs only React and the texts.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { openWorkspaceAddress } from './session/workspaceAddress.js';

const WorkspacePage = lazy(() => import('./workspace/WorkspacePage.js'));

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const address = useMemo(() => openWorkspaceAddress(window.location, window.history, sessionStorage), []);
  if (!address) {
    return (
      <main className="splash">
        <h1>Fremskriv</h1>
        <p>{t('app.noWorkspace')}</p>
      </main>
    );
  }
  if (!address.token) {
    return (
      <main className="splash">
        <h1>Fremskriv</h1>
        <p>{t('app.noToken')}</p>
      </main>
    );
  }
  return (
    <Suspense fallback={<main className="splash" aria-busy="true">{t('app.loading')}</main>}>
      <WorkspacePage workspaceId={address.workspaceId} token={address.token} />
    </Suspense>
  );
}
