/**
 * A sheet's frozen panes as its grid shows them (the workbook's, or a viewer's own) and whether
 * its first column is a label column: shared by the grid (SheetGrid) and the static first screen
 * (FirstScreen), which must lay the sheet out exactly alike.
 */
import { useMemo, useState } from 'react';
import { storedFrozenPanes, suggestedPanes } from '../../../models/workbook/frozenPanes.js';
import { sheetCells } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { useStore } from '../ui/store.js';
import { loadFrozenPanes, saveFrozenPanes, type FrozenPanes } from './frozenPanes.js';

export interface SheetPanes {
  frozen: FrozenPanes;
  /** The sheet's labels suggest a label column (wider first column). */
  labelColumn: boolean;
  /** Freezes panes: in the workbook for an editor, in this browser for a viewer. */
  freeze(panes: FrozenPanes): void;
}

export function useSheetPanes(session: WorkbookSession, sheetId: string, storageScope: string): SheetPanes {
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
  const freeze = (panes: FrozenPanes): void => {
    if (!session.readOnly) {
      session.apply({ type: 'setFrozenPanes', sheetId, panes });
      return;
    }
    saveFrozenPanes(localStorage, storageScope, sheetId, panes);
    setOwn(panes);
  };
  return { frozen, labelColumn: suggested.cols > 0, freeze };
}
