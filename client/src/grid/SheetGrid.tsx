/** One sheet's grid: its frozen panes (suggested by the sheet or chosen by the planner) and controller. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetCells } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { PresenceTracker } from '../presence/PresenceTracker.js';
import { useDisposable } from '../ui/useDisposable.js';
import { GridController } from './GridController.js';
import { loadFrozenPanes, saveFrozenPanes, suggestedPanes, type FrozenPanes } from './frozenPanes.js';
import { SheetGridView } from './SheetGridView.js';

interface Props {
  session: WorkbookSession;
  sheetId: string;
  presence: PresenceTracker;
  /** Where the planner's own view settings are kept (the workspace id). */
  storageScope: string;
}

export function SheetGrid({ session, sheetId, presence, storageScope }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const suggested = useMemo(() => suggestedPanes(sheetCells(session.doc, sheetId)), [session, sheetId]);
  const [frozen, setFrozen] = useState<FrozenPanes>(() => loadFrozenPanes(localStorage, storageScope, sheetId) ?? suggested);
  const controller = useDisposable(() => new GridController(session, sheetId, frozen, t), [session, sheetId, frozen]);
  const freeze = (panes: FrozenPanes): void => {
    saveFrozenPanes(localStorage, storageScope, sheetId, panes);
    setFrozen(panes);
  };
  if (!controller) return <div className="sheet-grid" />;
  return <SheetGridView controller={controller} presence={presence} frozen={frozen} labelColumn={suggested.cols > 0} onFreeze={freeze} />;
}
