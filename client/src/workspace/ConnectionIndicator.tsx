/** Connected, reconnecting or offline: always visible, and announced when it changes. */
import { useTranslation } from 'react-i18next';
import type { WorkspaceConnection } from '../session/WorkspaceConnection.js';
import { useStore } from '../ui/store.js';

export function ConnectionIndicator({ connection }: { connection: WorkspaceConnection }): React.JSX.Element {
  const { t } = useTranslation();
  const { status } = useStore(connection.state);
  return (
    <span className="connection" data-connection={status} role="status" title={t(`connection.${status}Hint`)}>
      <span className="connection-dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}
