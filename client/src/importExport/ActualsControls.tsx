/**
 * The top bar's Jobindsats menu (editors), "Faktiske tal": "Hent faktiske tal fra Jobindsats"
 * opens the import dialog; "Opdatér faktiske tal" is enabled once a sheet has a data link (seen
 * live in the document's `dataLinks` map, so a colleague's import enables it too) and opens the
 * refresh dialog. Whether the server has an API key comes from GET …/actuals when a dialog opens.
 * One menu, not two buttons: at 1280×720 the two long buttons wrapped the top bar onto three lines
 * and pushed the planner's name off its edge (the planner walk-through). A dialog closing gives
 * the focus back to the menu's button.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { HeaderMenu } from '../ui/HeaderMenu.js';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { dataLinksMap, readDataLinks } from '../../../models/actuals/dataLink.js';
import { fetchActualsStatus, type ActualsStatus } from './actualsApi.js';
import { actualsErrorOf } from './actualsErrors.js';

const ActualsDialog = lazy(() => import('./ActualsDialog.js').then((m) => ({ default: m.ActualsDialog })));
const ActualsRefreshDialog = lazy(() => import('./ActualsRefreshDialog.js').then((m) => ({ default: m.ActualsRefreshDialog })));

interface Props {
  session: WorkbookSession;
  workspaceId: string;
  token: string;
  /** The scenario on screen (by name): a preview names the goals the import moves under it. */
  scenario: string | undefined;
}

function useLinkCount(doc: Y.Doc): number {
  const [count, setCount] = useState(() => readDataLinks(doc).length);
  useEffect(() => {
    const links = dataLinksMap(doc);
    const update = (): void => setCount(readDataLinks(doc).length);
    links.observe(update);
    update();
    return () => links.unobserve(update);
  }, [doc]);
  return count;
}

export function ActualsControls({ session, workspaceId, token, scenario }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'fetch' | 'refresh' | null>(null);
  const [status, setStatus] = useState<ActualsStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const links = useLinkCount(session.doc);

  const show = async (which: 'fetch' | 'refresh'): Promise<void> => {
    setError(null);
    try {
      setStatus(await fetchActualsStatus(workspaceId, token));
      setOpen(which);
    } catch (e) {
      const explained = actualsErrorOf(e);
      if (explained) setError(t(explained.key, explained.values));
    }
  };

  const close = (): void => setOpen(null);
  return (
    <>
      <HeaderMenu label={t('actuals.menu')}>
        {(choose) => (
          <>
            <button role="menuitem" onClick={() => choose(() => void show('fetch'))}>
              {t('actuals.fetchButton')}
            </button>
            <button role="menuitem" disabled={links === 0} title={links === 0 ? t('actuals.refreshNoLink') : undefined} onClick={() => choose(() => void show('refresh'))}>
              {t('actuals.refreshButton')}
            </button>
          </>
        )}
      </HeaderMenu>
      {error && (
        <span role="alert" className="small">
          {error}
        </span>
      )}
      {open && status && (
        <Suspense fallback={null}>
          {open === 'fetch' ? (
            <ActualsDialog session={session} scenario={scenario} workspaceId={workspaceId} token={token} apiConfigured={status.apiConfigured} onClose={close} />
          ) : (
            <ActualsRefreshDialog session={session} scenario={scenario} workspaceId={workspaceId} token={token} status={status} onClose={close} />
          )}
        </Suspense>
      )}
    </>
  );
}
