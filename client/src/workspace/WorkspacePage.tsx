/**
 * An open workspace: connects (server and this browser's copy), learns whether this link may
 * edit, and shows the workbook once the document holds one. Everything created here is destroyed
 * when the page leaves the workspace.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessDeniedError, fetchAccessRole, type AccessRole } from '../session/accessRole.js';
import { syncUrl, WorkspaceConnection } from '../session/WorkspaceConnection.js';
import { createStore, useStore } from '../ui/store.js';
import { WorkbookSession } from './WorkbookSession.js';
import { WorkbookLayout } from './WorkbookLayout.js';
import { cacheLoadedShell } from '../session/offlineShell.js';
import { startScenarioEngines } from '../engines/startScenarioEngines.js';

interface Props {
  workspaceId: string;
  token: string;
}

const placeholderState = createStore<{ status: 'reconnecting'; loaded: boolean }>({ status: 'reconnecting', loaded: false });

export default function WorkspacePage({ workspaceId, token }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const [connection, setConnection] = useState<WorkspaceConnection | null>(null);
  const [role, setRole] = useState<AccessRole | 'denied' | null>(null);
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);

  useEffect(() => {
    const created = new WorkspaceConnection(workspaceId, token, syncUrl(window.location));
    setConnection(created);
    return () => created.destroy();
  }, [workspaceId, token]);

  useEffect(() => {
    let live = true;
    fetchAccessRole(workspaceId, token, sessionStorage)
      .then((r) => live && setRole(r))
      .catch((error: unknown) => live && setRole(error instanceof AccessDeniedError ? 'denied' : 'viewer'));
    return () => {
      live = false;
    };
  }, [workspaceId, token]);

  const state = useStore(connection?.state ?? placeholderState);
  useEffect(() => {
    if (!connection || !state.loaded || role === null || role === 'denied') return;
    let live = true;
    const engines = startScenarioEngines(connection.doc, () => created.tell('notice.engineFailed'));
    const created = new WorkbookSession(connection.doc, role === 'viewer', engines.computation);
    // The workbook shows once every scenario's values and goals are computed: never a grid of blanks.
    engines.ready.then(
      () => {
        if (!live) return;
        setSession(created);
        cacheLoadedShell(engines.scriptUrls);
      },
      () => live && setEngineFailed(true),
    );
    return () => {
      live = false;
      setSession(null);
      created.destroy();
    };
  }, [connection, state.loaded, role]);

  if (role === 'denied' || state.status === 'denied') {
    return (
      <main className="splash">
        <h1>Fremskriv</h1>
        <p role="alert">{t('app.denied')}</p>
      </main>
    );
  }
  if (engineFailed) {
    return (
      <main className="splash">
        <h1>Fremskriv</h1>
        <p role="alert">{t('app.engineFailed')}</p>
      </main>
    );
  }
  if (!connection || !session) {
    return (
      <main className="splash" aria-busy="true">
        {t(state.status === 'offline' ? 'app.loadingOffline' : 'app.loading')}
      </main>
    );
  }
  return <WorkbookLayout connection={connection} session={session} workspaceId={workspaceId} token={token} />;
}
