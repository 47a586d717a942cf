/**
 * The grid's status, where Excel's status bar shows it: "End-tilstand" / "End Mode" while End waits
 * for its arrow (interactionState.ts). Announced to screen readers as it changes.
 */
import { useTranslation } from 'react-i18next';
import { useStorePart } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';

export function GridStatus({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  // Read apart from the rest of the interaction state: a click or a drag must not re-render it.
  const endMode = useStorePart(session.interaction.state, (state) => state.endMode);
  return (
    <span className="grid-status" role="status">
      {endMode ? t('grid.endMode') : ''}
    </span>
  );
}
