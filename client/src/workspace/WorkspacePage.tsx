/**
 * An open workspace: takes what the entry started (connection, access role, stored values, engine
 * worker; see openWorkspace.ts) and shows the workbook as soon as the document holds one and the
 * role is known: typed values and each formula's last value (the server's for this very document
 * state, else the one this browser stored) at once, the engine worker's values and goals as they
 * arrive. Everything opened here is destroyed when the page leaves.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRole } from '../../../models/access/workspaceRole.js';
import { createStore, useStore } from '../ui/store.js';
import { WorkbookSession } from './WorkbookSession.js';
import { WorkbookLayout } from './WorkbookLayout.js';
import { cacheLoadedShell } from '../session/offlineShell.js';
import { startScenarioEngines } from '../engines/startScenarioEngines.js';
import { keepValuesStored, type StoredScenarioValues } from '../engines/storedValues.js';
import { fetchServerValues } from '../engines/serverValues.js';
import { workspaceOpener, type OpenedWorkspace } from './openWorkspace.js';
import { EditRefusedNotice } from './EditRefusedNotice.js';
import { CrowdedNotice } from './CrowdedNotice.js';
import { takePreScreen } from '../session/preScreen.js';

interface Props {
  workspaceId: string;
  token: string;
  /** Started by the entry for this workspace; null to open it here. */
  opened: OpenedWorkspace | null;
}

const placeholderState = createStore<{ status: 'reconnecting'; loaded: boolean }>({ status: 'reconnecting', loaded: false });

interface Waited {
  role: WorkspaceRole | 'denied';
  stored: StoredScenarioValues | null;
}

export default function WorkspacePage({ workspaceId, token, opened: early }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const open = useMemo(() => workspaceOpener(workspaceId, token, early), [workspaceId, token, early]);
  const [opened, setOpened] = useState<OpenedWorkspace | null>(null);
  const [waited, setWaited] = useState<Waited | null>(null);
  const [session, setSession] = useState<WorkbookSession | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);

  useEffect(() => {
    const created = open();
    let live = true;
    setOpened(created);
    void Promise.all([created.role, created.storedValues]).then(([role, stored]) => live && setWaited({ role, stored }));
    return () => {
      live = false;
      setWaited(null);
      created.destroy();
    };
  }, [open]);

  const connection = opened?.connection ?? null;
  const state = useStore(connection?.state ?? placeholderState);
  useEffect(() => {
    if (!opened || !state.loaded || waited === null || waited.role === 'denied') return;
    let live = true;
    const engines = startScenarioEngines(opened.connection.doc, opened.engineWorker, () => created.tell('notice.engineFailed'), waited.stored);
    const created = new WorkbookSession(opened.connection.doc, waited.role === 'viewer', engines.computation);
    const stopStoring = keepValuesStored(workspaceId, engines.computation);
    // The server's values, fetched while the document synced, count only for the state they were
    // computed from; if the document moved on meanwhile, the server is asked once more. Once the
    // worker has computed every scenario, neither request is needed: both are stopped.
    const askedAgain = new AbortController();
    const stopServerValues = (): void => {
      opened.stopServerValues();
      askedAgain.abort();
    };
    void opened.serverValues
      .then(async (values) => {
        if (!live || !values || engines.computation.showServerValues(values) !== 'stale') return;
        const again = await fetchServerValues(workspaceId, token, askedAgain.signal);
        if (live && again) engines.computation.showServerValues(again);
      })
      .catch(() => undefined);
    // The grid shows at once from the document; the worker's values and goals follow.
    setSession(created);
    engines.ready.then(
      () => {
        stopServerValues();
        if (live) cacheLoadedShell([opened.engineWorker.scriptUrl]);
      },
      () => live && setEngineFailed(true),
    );
    return () => {
      live = false;
      askedAgain.abort();
      stopStoring();
      setSession(null);
      created.destroy();
    };
  }, [opened, state.loaded, waited, workspaceId, token]);

  // Anything but the workbook (refused, failed) takes the entry's pre-screen away.
  const failed = waited?.role === 'denied' || state.status === 'denied' || (state.status === 'refused' && !!state.refusal) || state.status === 'crowded' || engineFailed;
  useLayoutEffect(() => {
    if (failed) takePreScreen();
  }, [failed]);

  if (waited?.role === 'denied' || state.status === 'denied') {
    return (
      <main className="splash">
        <h1>Fremskriv</h1>
        <p role="alert">{t('app.denied')}</p>
      </main>
    );
  }
  if (connection && state.status === 'refused' && state.refusal) {
    return <EditRefusedNotice connection={connection} refusal={state.refusal} />;
  }
  if (connection && state.status === 'crowded') {
    return <CrowdedNotice connection={connection} reason={state.crowdedReason ?? ''} />;
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
