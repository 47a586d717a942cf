/**
 * Sheet tabs: switch, add, rename (double-click), delete and reorder (drag or the tab menu). While
 * a formula is typed, a tab shows its sheet for picking references there (crossSheetPointing.ts),
 * and the formula's own sheet keeps a mark.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { newIdentity } from '../../../models/workbook/identities.js';
import { sameSheetName } from '../../../models/workbook/sheetNames.js';
import { ask } from '../ui/dialogs.js';
import { canPointAtSheet, pointAtSheet } from '../grid/crossSheetPointing.js';
import { pointing } from '../grid/interactionState.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from './WorkbookSession.js';

export function SheetTabs({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const revision = useStore(session.structureRevision);
  const active = useStore(session.activeSheet);
  // The sheet a formula being typed on another sheet belongs to (Enter returns there) stays marked.
  const formulaSheet = pointing(useStore(session.interaction.state))?.origin.sheetId ?? null;
  const marked = formulaSheet === active ? null : formulaSheet;
  const sheets = useMemo(() => {
    void revision;
    return workbookGrid(session.doc).listSheets();
  }, [session, revision]);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const editable = !session.readOnly;

  const add = (): void => {
    let n = sheets.length + 1;
    while (sheets.some((s) => sameSheetName(s.name, t('sheets.defaultName', { n })))) n++;
    const sheetId = newIdentity(session.doc);
    if (session.apply({ type: 'addSheet', sheetId, name: t('sheets.defaultName', { n }) })) session.showSheet(sheetId);
  };
  const rename = async (sheetId: string, current: string): Promise<void> => {
    setMenuFor(null);
    const name = await ask({ title: t('sheets.renameTitle'), label: t('sheets.nameLabel'), initial: current, confirmLabel: t('common.save') });
    if (name !== null && name.trim() !== current) session.apply({ type: 'renameSheet', sheetId, name });
  };
  const remove = async (sheetId: string, name: string): Promise<void> => {
    setMenuFor(null);
    const sure = await ask({ title: t('sheets.deleteTitle', { name }), confirmLabel: t('common.delete'), danger: true });
    if (sure) session.apply({ type: 'deleteSheet', sheetId });
  };
  const move = (sheetId: string, index: number): void => {
    setMenuFor(null);
    session.apply({ type: 'moveSheet', sheetId, index: Math.max(0, Math.min(index, sheets.length - 1)) });
  };

  return (
    <div className="sheet-tabs">
      <div role="tablist" aria-label={t('sheets.label')}>
        {sheets.map((sheet, index) => (
          <span key={sheet.id} className="sheet-tab-wrap">
            <button
              role="tab"
              className={`sheet-tab${sheet.id === marked ? ' is-formula-sheet' : ''}`}
              aria-selected={sheet.id === active}
              title={sheet.id === marked ? t('sheets.formulaSheet') : undefined}
              draggable={editable}
              // Kept in the formula being typed: losing the focus would end its edit.
              onMouseDown={(e) => canPointAtSheet(session) && e.preventDefault()}
              onClick={() => pointAtSheet(session, sheet.id) || session.showSheet(sheet.id)}
              onDoubleClick={() => editable && !canPointAtSheet(session) && void rename(sheet.id, sheet.name)}
              onContextMenu={(e) => {
                e.preventDefault();
                if (editable) setMenuFor(menuFor === sheet.id ? null : sheet.id);
              }}
              onDragStart={() => setDragged(sheet.id)}
              onDragOver={(e) => dragged && e.preventDefault()}
              onDrop={() => {
                if (dragged && dragged !== sheet.id) move(dragged, index);
                setDragged(null);
              }}
            >
              {sheet.name}
            </button>
            {menuFor === sheet.id && (
              <span className="tab-menu" role="menu" aria-label={t('sheets.menu', { name: sheet.name })}>
                <button role="menuitem" onClick={() => void rename(sheet.id, sheet.name)}>{t('sheets.rename')}</button>
                <button role="menuitem" disabled={index === 0} onClick={() => move(sheet.id, index - 1)}>{t('sheets.moveLeft')}</button>
                <button role="menuitem" disabled={index === sheets.length - 1} onClick={() => move(sheet.id, index + 1)}>{t('sheets.moveRight')}</button>
                <button role="menuitem" disabled={sheets.length <= 1} onClick={() => void remove(sheet.id, sheet.name)}>{t('sheets.delete')}</button>
              </span>
            )}
          </span>
        ))}
      </div>
      {editable && (
        <button className="sheet-add" onClick={add} aria-label={t('sheets.add')} title={t('sheets.add')}>
          +
        </button>
      )}
    </div>
  );
}
