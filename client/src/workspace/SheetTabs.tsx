/**
 * Sheet tabs: switch, add, rename (double-click), delete, reorder (drag or the tab menu), hide and
 * unhide (the tab menu, as Excel's "Hide" / "Unhide…"; models/workbook/sheetVisibility.ts). Only
 * visible sheets have a tab; Ctrl+PageUp/PageDown step through them, Shift+F11 adds one before the sheet shown (Excel's key). While a formula is typed, a
 * tab shows its sheet for picking references there (crossSheetPointing.ts), and the formula's own
 * sheet keeps a mark. The strip's right end is the grid's status bar (GridStatus.tsx).
 * The tab menu opens from the keyboard too (the context-menu key or Shift+F10), as a tab says it
 * can (aria-haspopup, aria-expanded); whatever is chosen in it, and a question it asks closing,
 * leaves the focus on a tab (the one it was about, or the sheet shown where that one went), never
 * on the page's body (the planner walk-through).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { sheetVisibilities } from '../../../models/workbook/sheetVisibility.js';
import { newIdentity } from '../../../models/workbook/identities.js';
import { sameSheetName } from '../../../models/workbook/sheetNames.js';
import { ask } from '../ui/dialogs.js';
import { canPointAtSheet, pointAtSheet } from '../grid/crossSheetPointing.js';
import { pointing } from '../grid/interactionState.js';
import { GridStatus } from '../grid/GridStatus.js';
import { useStore, useStorePart } from '../ui/store.js';
import type { WorkbookSession } from './WorkbookSession.js';
import { adjacentVisibleSheet, isAddSheetKey, sheetStepKey } from './sheetSwitching.js';
import { firstMenuItem, onMenuKey } from '../ui/menuKeys.js';
import { useClickOutside } from '../ui/useClickOutside.js';

/** The keys that open a context menu from the keyboard. */
const opensMenu = (event: React.KeyboardEvent): boolean => event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);

export function SheetTabs({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const revision = useStore(session.structureRevision);
  const active = useStore(session.activeSheet);
  // The sheet a formula being typed on another sheet belongs to (Enter returns there) stays marked.
  // Read apart from the rest of the interaction state: a click or a released button must not re-render the tabs.
  const formulaSheet = useStorePart(session.interaction.state, (state) => pointing(state)?.origin.sheetId ?? null);
  const marked = formulaSheet === active ? null : formulaSheet;
  // Every sheet in tab order (hidden ones too: moves and the unhide list need them), and the visible ones.
  const sheets = useMemo(() => {
    void revision;
    return sheetVisibilities(workbookGrid(session.doc));
  }, [session, revision]);
  const tabs = useMemo(() => sheets.filter((s) => s.visibility === 'visible'), [sheets]);
  // "Unhide…" offers hidden sheets, not very hidden ones (in Excel only VBA shows those).
  const hidden = useMemo(() => sheets.filter((s) => s.visibility === 'hidden'), [sheets]);
  const positionOf = (sheetId: string): number => sheets.findIndex((s) => s.id === sheetId);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const step = sheetStepKey(event);
      if (step === null) return;
      event.preventDefault();
      event.stopPropagation();
      const target = adjacentVisibleSheet(tabs.map((s) => s.id), session.activeSheet.get(), step);
      if (target === null) return;
      // A formula being typed picks on the next sheet, as a tab click does; a value being typed stays (Excel does not switch then).
      if (pointAtSheet(session, target)) return;
      if (session.interaction.state.get().edit.kind !== 'idle') return;
      session.showSheet(target);
    };
    // Captured before the grid, which would read PageUp/PageDown as paging through rows.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session, tabs]);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  // The menu is placed over the tab in the window: the tab strip scrolls sideways, and a menu inside it was clipped to its height.
  const [menuAt, setMenuAt] = useState<{ left: number; bottom: number }>({ left: 0, bottom: 0 });
  const [dragged, setDragged] = useState<string | null>(null);
  const editable = !session.readOnly;
  const strip = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLSpanElement>(null);
  // The tab the keyboard goes back to after the menu's choice is done (null: none asked).
  const [focusTab, setFocusTab] = useState<{ sheetId: string } | null>(null);
  useEffect(() => {
    if (!focusTab) return;
    const tabOf = (id: string): HTMLElement | null | undefined => strip.current?.querySelector<HTMLElement>(`[data-sheet-tab="${CSS.escape(id)}"]`);
    (tabOf(focusTab.sheetId) ?? tabOf(session.activeSheet.get()))?.focus();
    setFocusTab(null);
  }, [focusTab, session, tabs]);
  const backToTab = (sheetId: string): void => setFocusTab({ sheetId });
  /**
   * After a sheet is hidden or deleted: the tab of the sheet shown. When that was the sheet
   * gone, the next one's grid takes the keyboard once it is ready, as after a tab click.
   */
  const backToShownTab = (gone: string): void => {
    const shown = session.activeSheet.get();
    if (shown !== gone) backToTab(shown);
  };
  useEffect(() => {
    if (menuFor !== null) firstMenuItem(menu.current)?.focus();
  }, [menuFor]);
  useClickOutside(menuFor !== null, menu, () => setMenuFor(null));
  const openMenu = (sheetId: string, tab: HTMLElement): void => {
    const rect = tab.getBoundingClientRect();
    setMenuAt({ left: rect.left, bottom: window.innerHeight - rect.top });
    setMenuFor(sheetId);
  };
  const onTabMenuKey = (event: React.KeyboardEvent, sheetId: string): void => {
    if (event.key === 'Tab') return setMenuFor(null);
    onMenuKey(event, menu.current, () => {
      setMenuFor(null);
      backToTab(sheetId);
    });
  };

  /** Adds a sheet at `index` in the tab order (hidden sheets counted), else after the last tab. */
  const add = (index?: number): void => {
    let n = sheets.length + 1;
    while (sheets.some((s) => sameSheetName(s.name, t('sheets.defaultName', { n })))) n++;
    const sheetId = newIdentity(session.doc);
    const at = index === undefined || index < 0 ? {} : { index };
    if (session.apply({ type: 'addSheet', sheetId, name: t('sheets.defaultName', { n }), ...at })) session.showSheet(sheetId);
  };
  // Shift+F11 adds a sheet before the one shown, as Excel inserts it (the "+" adds one after the last tab), from the grid or
  // the tabs; never while a cell is typed or in a dialog's field.
  const addBeforeShown = (): void => add(positionOf(session.activeSheet.get()));
  const addRef = useRef(addBeforeShown);
  addRef.current = addBeforeShown;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isAddSheetKey(event) || session.readOnly || session.interaction.state.get().edit.kind !== 'idle') return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [role="dialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      addRef.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session]);
  const rename = async (sheetId: string, current: string): Promise<void> => {
    setMenuFor(null);
    const name = await ask({ title: t('sheets.renameTitle'), label: t('sheets.nameLabel'), initial: current, confirmLabel: t('common.save') });
    if (name !== null && name.trim() !== current) session.apply({ type: 'renameSheet', sheetId, name });
    backToTab(sheetId);
  };
  const remove = async (sheetId: string, name: string): Promise<void> => {
    setMenuFor(null);
    const sure = await ask({ title: t('sheets.deleteTitle', { name }), confirmLabel: t('common.delete'), danger: true });
    if (sure && session.apply({ type: 'deleteSheet', sheetId })) backToShownTab(sheetId);
    else backToTab(sheetId);
  };
  const move = (sheetId: string, index: number): void => {
    setMenuFor(null);
    session.apply({ type: 'moveSheet', sheetId, index: Math.max(0, Math.min(index, sheets.length - 1)) });
    backToTab(sheetId);
  };
  /** Moves past the neighbouring visible tab (hidden sheets between keep their place). */
  const moveBeside = (sheetId: string, step: 1 | -1): void => {
    const neighbour = adjacentVisibleSheet(tabs.map((s) => s.id), sheetId, step);
    if (neighbour !== null) move(sheetId, positionOf(neighbour));
  };
  const hide = (sheetId: string): void => {
    setMenuFor(null);
    if (session.apply({ type: 'setSheetVisibility', sheetId, visibility: 'hidden' })) backToShownTab(sheetId);
    else backToTab(sheetId);
  };
  const unhide = async (from: string): Promise<void> => {
    setMenuFor(null);
    const sheetId = await ask({
      title: t('sheets.unhideTitle'),
      message: t('sheets.unhideMessage'),
      confirmLabel: t('sheets.unhide'),
      choices: hidden.map((s) => ({ answer: s.id, label: s.name })),
    });
    if (sheetId !== null && session.apply({ type: 'setSheetVisibility', sheetId, visibility: 'visible' })) session.showSheet(sheetId);
    backToTab(sheetId ?? from);
  };

  return (
    <div className="sheet-tabs">
      <div role="tablist" aria-label={t('sheets.label')} ref={strip}>
        {tabs.map((sheet, index) => (
          <span key={sheet.id} className="sheet-tab-wrap">
            <button
              role="tab"
              className={`sheet-tab${sheet.id === marked ? ' is-formula-sheet' : ''}`}
              aria-selected={sheet.id === active}
              aria-haspopup={editable ? 'menu' : undefined}
              aria-expanded={editable ? menuFor === sheet.id : undefined}
              data-sheet-tab={sheet.id}
              title={sheet.id === marked ? t('sheets.formulaSheet') : undefined}
              draggable={editable}
              // Kept in the formula being typed: losing the focus would end its edit.
              onMouseDown={(e) => canPointAtSheet(session) && e.preventDefault()}
              onClick={() => pointAtSheet(session, sheet.id) || session.showSheet(sheet.id)}
              onDoubleClick={() => editable && !canPointAtSheet(session) && void rename(sheet.id, sheet.name)}
              onContextMenu={(e) => {
                e.preventDefault();
                if (editable) openMenu(sheet.id, e.currentTarget);
              }}
              onKeyDown={(e) => {
                if (!opensMenu(e) || !editable) return;
                // Shift+F10 would also fire the browser's contextmenu event: one opening only.
                e.preventDefault();
                openMenu(sheet.id, e.currentTarget);
              }}
              onDragStart={() => setDragged(sheet.id)}
              onDragOver={(e) => dragged && e.preventDefault()}
              onDrop={() => {
                if (dragged && dragged !== sheet.id) move(dragged, positionOf(sheet.id));
                setDragged(null);
              }}
            >
              {sheet.name}
            </button>
            {menuFor === sheet.id && (
              <span className="tab-menu" role="menu" aria-label={t('sheets.menu', { name: sheet.name })} style={menuAt} ref={menu} onKeyDown={(e) => onTabMenuKey(e, sheet.id)}>
                <button role="menuitem" onClick={() => void rename(sheet.id, sheet.name)}>{t('sheets.rename')}</button>
                <button role="menuitem" disabled={index === 0} onClick={() => moveBeside(sheet.id, -1)}>{t('sheets.moveLeft')}</button>
                <button role="menuitem" disabled={index === tabs.length - 1} onClick={() => moveBeside(sheet.id, 1)}>{t('sheets.moveRight')}</button>
                <button role="menuitem" disabled={tabs.length <= 1} title={tabs.length <= 1 ? t('sheets.lastVisible') : undefined} onClick={() => hide(sheet.id)}>
                  {t('sheets.hide')}
                </button>
                <button role="menuitem" disabled={hidden.length === 0} onClick={() => void unhide(sheet.id)}>{t('sheets.unhideMenu')}</button>
                <button role="menuitem" disabled={tabs.length <= 1} onClick={() => void remove(sheet.id, sheet.name)}>{t('sheets.delete')}</button>
              </span>
            )}
          </span>
        ))}
      </div>
      {editable && (
        <button className="sheet-add" onClick={() => add()} aria-label={t('sheets.add')} title={t('sheets.add')}>
          +
        </button>
      )}
      <GridStatus session={session} />
    </div>
  );
}
