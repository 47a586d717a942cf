/**
 * The link already holds as many connections to this workspace as the server allows (close 4429:
 * one careless or hostile holder of a link cannot open hundreds and crowd colleagues' presence).
 * Nothing is lost: this browser's copy keeps its changes, and they go out once a connection is
 * had. The page tries again by itself (session/crowdedRetry.ts) and opens the workspace once it
 * gets in; the planner may close a tab and try again at once.
 */
import { useTranslation } from 'react-i18next';
import type { WorkspaceConnection } from '../session/WorkspaceConnection.js';

export function CrowdedNotice({ connection, reason }: { connection: WorkspaceConnection; reason: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <main className="splash">
      <h1>Fremskriv</h1>
      <p role="alert">{t('app.crowded')}</p>
      <p>{t('app.crowdedRetrying')}</p>
      {reason && (
        <details>
          <summary>{t('app.refusalDetails')}</summary>
          <p lang="en">{reason}</p>
        </details>
      )}
      <button type="button" onClick={() => connection.tryAgain()}>
        {t('app.tryAgain')}
      </button>
    </main>
  );
}
