/** One sheet's grid: its frozen panes (the workbook's, or a viewer's own) and controller. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storedFrozenPanes, suggestedPanes } from '../../../models/workbook/frozenPanes.js';
import { sheetCells } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { PresenceTracker } from '../presence/PresenceTracker.js';
import { useDisposable } from '../ui/useDisposable.js';
import { useStore } from '../ui/store.js';
import { GridController } from './GridController.js';
import { loadFrozenPanes, saveFrozenPanes, type FrozenPanes } from './frozenPanes.js';
import { SheetGridView } from './SheetGridView.js';

interface Props {
  session: WorkbookSession;
  sheetId: string;
  presence: PresenceTracker;
  /** Where a viewer's own view settings are kept (the workspace id). */
  storageScope: string;
}

export function SheetGrid({ session, sheetId, presence, storageScope }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const revision = useStore(session.revision);
  // The sheet's labels suggest panes (read once: scanning every cell on each edit is too dear).
  const suggested = useMemo(() => suggestedPanes(sheetCells(session.doc, sheetId)), [session, sheetId]);
  // The stored panes follow colleagues' changes.
  const stored = useMemo(() => {
    void revision;
    return storedFrozenPanes(session.doc, sheetId);
  }, [session, sheetId, revision]);
  const shared = stored ?? suggested;
  const [own, setOwn] = useState<FrozenPanes | null>(() => (session.readOnly ? loadFrozenPanes(localStorage, storageScope, sheetId) : null));
  const rows = own?.rows ?? shared.rows;
  const cols = own?.cols ?? shared.cols;
  const frozen = useMemo(() => ({ rows, cols }), [rows, cols]);
  const controller = useDisposable(() => new GridController(session, sheetId, frozen, t), [session, sheetId, frozen]);
  const freeze = (panes: FrozenPanes): void => {
    if (!session.readOnly) {
      session.apply({ type: 'setFrozenPanes', sheetId, panes });
      return;
    }
    saveFrozenPanes(localStorage, storageScope, sheetId, panes);
    setOwn(panes);
  };
  if (!controller) return <div className="sheet-grid" />;
  return <SheetGridView controller={controller} presence={presence} frozen={frozen} labelColumn={suggested.cols > 0} onFreeze={freeze} />;
}
