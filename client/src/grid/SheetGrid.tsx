/** One sheet's grid: its frozen panes (the workbook's, or a viewer's own) and controller. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { PresenceTracker } from '../presence/PresenceTracker.js';
import { useDisposable } from '../ui/useDisposable.js';
import { GridController } from './GridController.js';
import { SheetGridView } from './SheetGridView.js';
import { useSheetPanes } from './sheetPanes.js';

interface Props {
  session: WorkbookSession;
  sheetId: string;
  presence: PresenceTracker;
  /** Where a viewer's own view settings are kept (the workspace id). */
  storageScope: string;
}

export function SheetGrid({ session, sheetId, presence, storageScope }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const { frozen, labelColumn, freeze } = useSheetPanes(session, sheetId, storageScope);
  const controller = useDisposable(() => new GridController(session, sheetId, frozen, t), [session, sheetId, frozen]);
  // What the planner typed on the static first screen (FirstScreen.tsx) becomes the active cell's
  // edit once the grid is there, as if typed into it.
  useEffect(() => {
    if (!controller) return;
    const handOver = (): void => {
      const typed = session.typedAhead.get();
      if (!session.gridShown.get() || typed === '') return;
      session.typedAhead.set('');
      // After onGridReady has focused the active cell.
      setTimeout(() => controller.startEdit(typed), 0);
    };
    handOver();
    return session.gridShown.subscribe(handOver);
  }, [controller, session]);
  if (!controller) return <div className="sheet-grid" />;
  return <SheetGridView controller={controller} presence={presence} frozen={frozen} labelColumn={labelColumn} onFreeze={freeze} />;
}
