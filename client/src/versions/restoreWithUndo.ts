/**
 * Restoring a version so that it can be taken back (issue 12, problem 4): the state it replaces
 * is first saved as an automatic version ("Før gendannelse af »…«", with who and when), then the
 * version is applied in this planner's session as the `restoreVersion` operation, so Ctrl+Z (or
 * the toast's "Fortryd") undoes it like any other edit of theirs.
 */
import i18next from 'i18next';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { versionNameAround } from '../../../models/api/versionNames.js';
import { saveVersion, versionState, type Version } from './versionsApi.js';

/** Restores `version`; resolves false when the session refused it (the planner was told why). */
export async function restoreWithUndo(session: WorkbookSession, workspaceId: string, token: string, version: Version, savedBy: string): Promise<boolean> {
  const state = await versionState(workspaceId, token, version.id);
  const beforeName = versionNameAround((name) => i18next.t('safeEdits.restore.beforeName', { name }), version.name);
  await saveVersion(workspaceId, token, beforeName, savedBy);
  if (!session.apply({ type: 'restoreVersion', state })) return false;
  session.tell('safeEdits.restore.done', { name: version.name }, { labelKey: 'safeEdits.restore.undo', run: () => session.undo() });
  return true;
}
