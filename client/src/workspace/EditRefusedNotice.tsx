/**
 * The server refused an edit of this browser for good (the workspace would pass its size bound, or
 * the edit breaks the workbook's shape). Sending it again would fail again, and the edit lives only
 * in this browser's copy, so the planner is told what happened and may take the workspace as the
 * server holds it; colleagues never saw the refused edit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditRefusal, WorkspaceConnection } from '../session/WorkspaceConnection.js';

export function EditRefusedNotice({ connection, refusal }: { connection: WorkspaceConnection; refusal: { kind: EditRefusal; reason: string } }): React.JSX.Element {
  const { t } = useTranslation();
  const [discarding, setDiscarding] = useState(false);
  const reload = async (): Promise<void> => {
    setDiscarding(true);
    await connection.discardLocalCopy();
    window.location.reload();
  };
  return (
    <main className="splash">
      <h1>Fremskriv</h1>
      <p role="alert">{t(`app.${refusal.kind}`)}</p>
      {refusal.reason && (
        <details>
          <summary>{t('app.refusalDetails')}</summary>
          <p lang="en">{refusal.reason}</p>
        </details>
      )}
      <button type="button" onClick={() => void reload()} disabled={discarding}>
        {t('app.discardAndReload')}
      </button>
    </main>
  );
}
