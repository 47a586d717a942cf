/**
 * The shell: the workspace address and token (read by the entry), then the workbook view. Its
 * chunks are loaded by the entry in parallel with the connection (main.tsx), not on first render.
 */
import { useTranslation } from 'react-i18next';
import type { WorkspaceAddress } from './session/workspaceAddress.js';
import type { OpenedWorkspace } from './workspace/openWorkspace.js';
import WorkspacePage from './workspace/WorkspacePage.js';

interface Props {
  address: WorkspaceAddress | null;
  /** What the entry started for the address (null when it had no token, or its chunk failed). */
  opened: OpenedWorkspace | null;
}

export function App({ address, opened }: Props): React.JSX.Element {
  const { t } = useTranslation();
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
  return <WorkspacePage workspaceId={address.workspaceId} token={address.token} opened={opened} />;
}
