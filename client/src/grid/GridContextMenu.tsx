/** The grid's right-click menu: structure, formats, alignment, scenario assumptions, merging and frozen panes. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import type { GridController } from './GridController.js';
import { clearSelection, formatSelection, oneAreaSelected, pasteIntoSelection, structuralOperation, toggleScenarioInput, type StructuralEdit } from './gridCommands.js';
import type { FrozenPanes } from './frozenPanes.js';
import { editActiveCellBounds } from './boundsDialog.js';
import { editCustomFormat } from './customFormatDialog.js';
import { rangeCols, rangeRows, selectionRange } from './selection.js';
import { mergeToggleUnmerges, toggleMergeAndCenter } from './mergeCommand.js';
import { alignSelection } from './alignCommand.js';
import { onMenuKey } from '../ui/menuKeys.js';

interface Props {
  controller: GridController;
  position: { x: number; y: number };
  frozen: FrozenPanes;
  onFreeze(panes: FrozenPanes): void;
  onClose(): void;
}

const STRUCTURAL: StructuralEdit[] = ['insertRowsAbove', 'insertRowsBelow', 'deleteRows', 'insertColumnsLeft', 'insertColumnsRight', 'deleteColumns'];
/** Excel's Hide and Unhide of the selected rows and columns (models/workbook/hiddenLines.ts). */
const HIDING = [
  { type: 'hideRows', axis: 'rows' },
  { type: 'unhideRows', axis: 'rows' },
  { type: 'hideColumns', axis: 'cols' },
  { type: 'unhideColumns', axis: 'cols' },
] as const;
/** The alignment commands, with Google Sheets' keys (keyboardNavigation.ts). */
const ALIGNMENTS = [
  { alignment: 'left', label: 'alignLeft', keys: 'Control+Shift+L' },
  { alignment: 'center', label: 'alignCenter', keys: 'Control+Shift+E' },
  { alignment: 'right', label: 'alignRight', keys: 'Control+Shift+R' },
] as const;

function hidesAny(hidden: ReadonlySet<number>, from: number, count: number): boolean {
  for (const line of hidden) if (line >= from && line < from + count) return true;
  return false;
}

const FORMATS: Array<CellFormat | null> = [null, 'number', 'percent', 'integer', 'date', 'dateTime', 'time', 'timeSeconds', 'time12', 'time12Seconds', 'duration', 'text'];

export function GridContextMenu({ controller, position, frozen, onFreeze, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  const { session, sheetId } = controller;
  const selection = session.selection.get();
  const range = selectionRange(selection);
  const readOnly = session.readOnly;
  const isInput = session.isScenarioInput(sheetId, selection.active.row, selection.active.col);
  const scenarioName = session.engines.scenarios().find((s) => s.id === session.activeScenario.get())?.name ?? '';

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const close = (event: Event): void => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose();
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [onClose]);

  const run = (action: () => void) => (): void => {
    onClose();
    action();
    controller.focusCell(session.selection.get().active);
  };

  // Lines, hiding and merging act on one range: on several areas they say so, as Excel does.
  const runOnOneArea = (action: () => void) =>
    run(() => {
      if (oneAreaSelected(controller)) action();
    });

  // The menu's keys, as every menu's; Escape is the document's listener above (it closes the menu
  // from anywhere), and closing gives the keyboard back to the grid.
  const menuKeys = (event: React.KeyboardEvent): void => {
    if (event.key !== 'Escape') onMenuKey(event, menu.current, onClose);
  };

  // Where the menu goes: at the pointer, moved left and up as far as it needs to fit in the window
  // (measured before it is painted; taller than the window, it scrolls: styles.css).
  const [place, setPlace] = useState({ left: position.x, top: position.y });
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({
      left: Math.max(8, Math.min(position.x, window.innerWidth - box.width - 8)),
      top: Math.max(8, Math.min(position.y, window.innerHeight - box.height - 8)),
    });
  }, [position.x, position.y]);

  const count = { rows: rangeRows(range), cols: rangeCols(range) };
  // Excel's Merge & Center toggles: a selection touching a merged area unmerges it, a larger one merges (mergeCommand.ts).
  const block = { row: range.top, col: range.left, rows: count.rows, cols: count.cols };
  const touchesMerge = mergeToggleUnmerges(controller, block);
  return (
    <div className="context-menu" role="menu" ref={menu} style={place} aria-label={t('grid.menu.label')} onKeyDown={menuKeys}>
      <button role="menuitem" disabled={readOnly} onClick={run(() => document.execCommand('cut'))}>{t('grid.menu.cut')}</button>
      <button role="menuitem" onClick={run(() => document.execCommand('copy'))}>{t('grid.menu.copy')}</button>
      <button
        role="menuitem"
        disabled={readOnly}
        onClick={run(() => {
          void navigator.clipboard
            .readText()
            .then((text) => pasteIntoSelection(controller, text))
            .catch(() => session.tell('notice.pasteWithKeys'));
        })}
      >
        {t('grid.menu.paste')}
      </button>
      <button role="menuitem" disabled={readOnly} onClick={run(() => clearSelection(controller))}>{t('grid.menu.clear')}</button>
      <hr />
      {STRUCTURAL.map((edit) => (
        <button key={edit} role="menuitem" disabled={readOnly} onClick={runOnOneArea(() => session.apply(structuralOperation(sheetId, range, edit)))}>
          {t(`grid.menu.${edit}`, { count: edit.includes('Rows') ? count.rows : count.cols })}
        </button>
      ))}
      <hr />
      {HIDING.map(({ type, axis }) => (
        <button
          key={type}
          role="menuitem"
          disabled={readOnly || (type.startsWith('unhide') && !hidesAny(controller.hidden[axis], axis === 'rows' ? range.top : range.left, count[axis]))}
          onClick={runOnOneArea(() => session.apply({ type, sheetId, index: axis === 'rows' ? range.top : range.left, count: count[axis] }))}
        >
          {t(`grid.menu.${type}`, { count: count[axis] })}
        </button>
      ))}
      <hr />
      <div className="context-menu-group" role="group" aria-label={t('grid.menu.format')}>
        <span className="context-menu-heading">{t('grid.menu.format')}</span>
        {FORMATS.map((format) => (
          <button key={format ?? 'auto'} role="menuitem" disabled={readOnly} onClick={run(() => formatSelection(controller, format))}>
            {t(`format.${format ?? 'auto'}`)}
          </button>
        ))}
        <button role="menuitem" disabled={readOnly} onClick={run(() => void editCustomFormat(controller))}>
          {t('format.custom')}
        </button>
      </div>
      <div className="context-menu-group" role="group" aria-label={t('grid.menu.alignment')}>
        <span className="context-menu-heading">{t('grid.menu.alignment')}</span>
        {ALIGNMENTS.map(({ alignment, label, keys }) => (
          <button key={alignment} role="menuitem" disabled={readOnly} aria-keyshortcuts={keys} onClick={run(() => alignSelection(controller, alignment))}>
            {t(`grid.menu.${label}`)}
          </button>
        ))}
      </div>
      <hr />
      <button role="menuitem" disabled={readOnly || session.activeScenario.get() === ''} onClick={run(() => toggleScenarioInput(controller))}>
        {isInput ? t('grid.menu.removeScenarioInput', { scenario: scenarioName }) : t('grid.menu.makeScenarioInput', { scenario: scenarioName })}
      </button>
      <button role="menuitem" disabled={readOnly} onClick={run(() => void editActiveCellBounds(controller))}>
        {t('safeEdits.bounds.menu')}
      </button>
      <button role="menuitem" onClick={run(() => session.nameManagerOpen.set(true))}>
        {t('nameManager.menu')}
      </button>
      <button
        role="menuitem"
        disabled={readOnly || (!touchesMerge && count.rows * count.cols < 2)}
        onClick={runOnOneArea(() => void toggleMergeAndCenter(controller, block))}
      >
        {t(touchesMerge ? 'grid.menu.unmerge' : 'grid.menu.merge')}
      </button>
      {!touchesMerge && (
        <button role="menuitem" disabled={readOnly || count.rows * count.cols < 2} onClick={runOnOneArea(() => void toggleMergeAndCenter(controller, block, false))}>
          {t('grid.menu.mergeKeep')}
        </button>
      )}
      <hr />
      <button role="menuitem" onClick={run(() => onFreeze({ rows: Math.min(selection.active.row, 50), cols: Math.min(selection.active.col, 20) }))}>
        {t('grid.menu.freezeHere')}
      </button>
      <button role="menuitem" disabled={frozen.rows === 0 && frozen.cols === 0} onClick={run(() => onFreeze({ rows: 0, cols: 0 }))}>
        {t('grid.menu.unfreeze')}
      </button>
    </div>
  );
}
