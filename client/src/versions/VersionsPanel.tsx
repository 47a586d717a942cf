/**
 * Save a named version, list the versions, restore one (everyone sees the restored workbook),
 * delete one, and mark one as the adopted plan (issue 14; editors only, as every change to the
 * document: the server refuses a viewer's update). Everyone sees which version is the adopted
 * plan, and colleagues' open lists follow a save, restore or delete (versionListSignal.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { ask } from '../ui/dialogs.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { loadProfile } from '../session/userProfile.js';
import { useStore } from '../ui/store.js';
import { adoptedVersionId } from '../../../models/workbook/workbookReader.js';
import { restoreWithUndo } from './restoreWithUndo.js';
import { announceVersionsChanged, onColleagueVersionsChanged } from './versionListSignal.js';
import { deleteVersion, listVersions, saveVersion, versionDate, VersionsError, type Version } from './versionsApi.js';

interface Props {
  session: WorkbookSession;
  workspaceId: string;
  token: string;
  /** Where colleagues say their version list changed. */
  awareness: Awareness;
}

const FAILURE_MESSAGES: Partial<Record<number, string>> = {
  403: 'versions.forbidden',
  404: 'versions.gone',
  409: 'versions.deleteAdopted',
  413: 'versions.full',
  429: 'versions.tooFast',
};

export default function VersionsPanel({ session, workspaceId, token, awareness }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // A colleague's mark shows at once: the document's revision moves with every change.
  const revision = useStore(session.revision);
  const adopted = useMemo(() => {
    void revision;
    return adoptedVersionId(session.doc);
  }, [session, revision]);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setVersions(await listVersions(workspaceId, token));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [workspaceId, token]);
  useEffect(() => {
    void refresh();
    return onColleagueVersionsChanged(awareness, () => void refresh());
  }, [refresh, awareness]);

  // The name colleagues see in the presence bar, so the list says who saved each version.
  const savedBy = (): string => loadProfile(localStorage, t('presence.guest', { n: session.doc.clientID % 100 }), session.doc.clientID).name;
  const failure = (error: unknown): void => {
    const status = error instanceof VersionsError ? error.status : 0;
    // 413: the workspace's versions take all the space the server allows (server/store/versionSpace.ts);
    // 429: too many kept in the last minute (server/http/versionSaveRate.ts); 404: a colleague deleted it.
    session.tell(FAILURE_MESSAGES[status] ?? 'versions.failed');
    if (status === 404) void refresh();
  };
  const changed = async (): Promise<void> => {
    announceVersionsChanged(awareness);
    await refresh();
  };
  const save = async (): Promise<void> => {
    const name = await ask({ title: t('versions.saveTitle'), label: t('versions.nameLabel'), initial: '', confirmLabel: t('common.save') });
    if (!name?.trim()) return;
    setBusy(true);
    try {
      await saveVersion(workspaceId, token, name.trim(), savedBy());
      session.tell('versions.saved', { name: name.trim() });
      await changed();
    } catch (error) {
      failure(error);
    } finally {
      setBusy(false);
    }
  };
  const restore = async (version: Version): Promise<void> => {
    const sure = await ask({ title: t('versions.restoreTitle', { name: version.name }), confirmLabel: t('versions.restore'), danger: true });
    if (!sure) return;
    setBusy(true);
    try {
      // The restore is the planner's own undoable edit: their next Ctrl+Z must reach the grid,
      // not the page's body, where the confirmation and the disabled button left focus.
      if (await restoreWithUndo(session, workspaceId, token, version, savedBy())) session.focusGrid.set(session.focusGrid.get() + 1);
      await changed();
    } catch (error) {
      failure(error);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (version: Version): Promise<void> => {
    const name = version.name || t('versions.unnamed');
    const sure = await ask({ title: t('versions.deleteTitle', { name }), message: t('versions.deleteMessage'), confirmLabel: t('versions.delete'), danger: true });
    if (!sure) return;
    setBusy(true);
    try {
      await deleteVersion(workspaceId, token, version.id);
      session.tell('versions.deleted', { name });
      await changed();
    } catch (error) {
      failure(error);
    } finally {
      setBusy(false);
    }
  };
  const markAdopted = (version: Version | null): void => {
    if (!session.apply({ type: 'setAdoptedVersion', versionId: version?.id ?? null })) return;
    if (version) session.tell('versions.markedAdopted', { name: version.name || t('versions.unnamed') });
    else session.tell('versions.unmarkedAdopted');
  };
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="versions">
      <div className="panel-heading">
        <h2>{t('versions.title')}</h2>
        {!session.readOnly && (
          <button className="primary small" disabled={busy} onClick={() => void save()}>
            {t('versions.save')}
          </button>
        )}
      </div>
      {failed && <p role="alert">{t('versions.loadFailed')}</p>}
      {versions?.length === 0 && <p className="muted">{t('versions.none')}</p>}
      <ul className="version-list">
        {versions?.map((version) => {
          const date = versionDate(version);
          return (
            <li key={version.id} data-adopted={version.id === adopted || undefined}>
              <span className="version-name">
                {version.name || t('versions.unnamed')}
                {version.id === adopted && <span className="badge badge-adopted">{t('versions.adopted')}</span>}
              </span>
              {date && <time dateTime={date.toISOString()}>{dateFormat.format(date)}</time>}
              {version.createdBy && <span className="version-author">{t('safeEdits.restore.savedBy', { name: version.createdBy })}</span>}
              {!session.readOnly && (
                <div className="version-actions">
                  <button className="small" disabled={busy} onClick={() => void restore(version)}>
                    {t('versions.restore')}
                  </button>
                  <button className="small" disabled={busy} onClick={() => markAdopted(version.id === adopted ? null : version)}>
                    {t(version.id === adopted ? 'versions.unmarkAdopted' : 'versions.markAdopted')}
                  </button>
                  {/* The adopted plan is what the goal cards compare with: the server keeps it (409) until it is unmarked. */}
                  <button
                    className="small danger"
                    disabled={busy || version.id === adopted}
                    title={version.id === adopted ? t('versions.deleteAdopted') : undefined}
                    aria-label={t('versions.deleteNamed', { name: version.name || t('versions.unnamed') })}
                    onClick={() => void remove(version)}
                  >
                    {t('versions.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
