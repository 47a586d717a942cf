/**
 * The formula bar: the active cell's address (type another to go there, or a defined name to
 * select its cells or name the selection, nameBoxEntry.ts; the button beside it opens Navnestyring,
 * names/NameManager.tsx) and its raw input, in
 * the workspace's language (`=HVIS(A1>0,5;1;0)` in Danish). It mirrors the in-cell editor while
 * that is open; typing here and pressing Enter commits to the active cell. While a formula is
 * typed here, clicking a cell in the grid puts its address in (see GridController's picking).
 * Clicking another sheet's tab meanwhile keeps the formula open here (also one begun in the cell),
 * for picking cells on that sheet (arrows too, crossSheetKeys.ts; they pick on the formula's own
 * sheet shown again as well), the name box showing the formula's own cell; Enter commits it to
 * that cell (crossSheetPointing.ts). It is a one-line textarea, so that a cell's line breaks
 * (Alt+Enter, or an imported file's) are kept when it is edited here; Alt+Enter types one here too,
 * Ctrl+; today's date and Ctrl+Shift+; the time, as in the cell.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCellAddress, parseCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellEditText, commitCellText } from '../workspace/cellEdits.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { useStore, useStorePart } from '../ui/store.js';
import { clampPosition } from './selection.js';
import { pressF4 } from './absoluteReference.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { trackFormulaInput } from './formulaInput.js';
import { finishCrossSheetEdit, formulaCellName } from './crossSheetPointing.js';
import { pointing } from './interactionState.js';
import { pickOnShownSheet } from './crossSheetKeys.js';
import { nameBoxEntry } from './nameBoxEntry.js';
import { useSpilledFormula } from './spilledFormula.js';
import { stampFor } from './dateStamp.js';
import { arrayEntryFillsSelection, fillSelectionWithEntry } from './gridCommands.js';

export function FormulaBar({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useStore(session.selection);
  const sheetId = useStore(session.activeSheet);
  const revision = useStore(session.revision);
  const scenarioId = useStore(session.activeScenario);
  const editText = useStore(session.editText);
  const crossSheet = useStorePart(session.interaction.state, pointing);
  const [draft, setDraftState] = useState<string | null>(null);
  // The draft as of now: a blur may come before React renders what Enter just did.
  const draftNow = useRef<string | null>(null);
  const setDraft = (next: string | null): void => {
    draftNow.current = next;
    setDraftState(next);
  };
  const field = useRef<HTMLTextAreaElement>(null);
  const [addressDraft, setAddressDraft] = useState<string | null>(null);
  const untrack = useRef<(() => void) | null>(null);
  const { row, col } = selection.active;
  const stored = useMemo(() => {
    void revision;
    void scenarioId;
    return cellEditText(session, sheetId, row, col);
  }, [session, sheetId, row, col, revision, scenarioId]);
  // During a cross-sheet edit, the formula's own cell (`Forudsætninger!J40`), as in Excel.
  const address = crossSheet
    ? formulaCellName(crossSheet.origin, sheetId, workbookGrid(session.doc).sheetName(crossSheet.origin.sheetId) ?? null)
    : formatCellAddress(selection.active);
  const isInput = session.isScenarioInput(sheetId, row, col);
  // A cell filled by another cell's spill shows that formula greyed, as Excel does (the engine says which); typing replaces it.
  const spilledFormula = useSpilledFormula(session, sheetId, row, col, stored, revision, scenarioId);

  /** Enter: the draft into the active cell; `intoSelection` (Ctrl+Enter) into every selected cell, as from the cell. */
  const commit = (intoSelection = false): void => {
    const text = draftNow.current;
    if (text !== null && intoSelection) fillSelectionWithEntry({ session, sheetId }, text);
    else if (text !== null) commitCellText(session, sheetId, row, col, text);
    setDraft(null);
    session.focusGrid.set(session.focusGrid.get() + 1);
  };
  /** Ends an edit that went to another sheet: `text` goes to its own cell (null cancels it). */
  const finishAcross = (text: string | null): void => {
    setDraft(null);
    finishCrossSheetEdit(session, text);
  };

  // The in-cell editor handed a formula over (its grid went with its sheet): go on typing here.
  // Once per cross-sheet edit, with the caret handed over: its origin is set when it starts and kept by every later event.
  const handedOver = crossSheet?.origin ?? null;
  const handedCaret = crossSheet?.caret ?? 0;
  useEffect(() => {
    const element = field.current;
    if (!handedOver || !element || document.activeElement === element) return;
    element.focus();
    element.setSelectionRange(handedCaret, handedCaret);
  }, [handedOver]);

  const goTo = (): void => {
    const text = (addressDraft ?? '').trim();
    const position = parseCellAddress(text.toUpperCase());
    setAddressDraft(null);
    if (position) {
      const grid = workbookGrid(session.doc);
      const p = clampPosition(position, { rows: grid.rowIds(sheetId).length, cols: grid.colIds(sheetId).length });
      session.selection.set({ active: p, corner: p });
    } else if (text !== '') nameBoxEntry(session, sheetId, text);
    session.focusGrid.set(session.focusGrid.get() + 1);
  };

  return (
    <div className="formula-row">
      <input
        className={`name-box${crossSheet ? ' is-pointing' : ''}`}
        aria-label={t('formulaBar.address')}
        value={addressDraft ?? address}
        onFocus={(e) => e.target.select()}
        onChange={(e) => setAddressDraft(e.target.value)}
        onBlur={() => setAddressDraft(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') goTo();
          if (e.key === 'Escape') {
            setAddressDraft(null);
            session.focusGrid.set(session.focusGrid.get() + 1);
          }
        }}
      />
      <button type="button" className="name-manager-open" aria-label={t('formulaBar.nameManager')} title={t('formulaBar.nameManager')} onClick={() => session.nameManagerOpen.set(true)}>
        ▾
      </button>
      <span className="fx-label" aria-hidden="true">
        fx
      </span>
      <textarea
        ref={field}
        rows={1}
        className={`formula-input${isInput ? ' is-scenario-input' : ''}${spilledFormula ? ' is-spilled' : ''}`}
        aria-label={t('formulaBar.label')}
        title={isInput ? t('formulaBar.scenarioInput') : spilledFormula ? t('formulaBar.spilled', { cell: spilledFormula.cell }) : undefined}
        placeholder={spilledFormula?.text}
        spellCheck={false}
        readOnly={session.readOnly}
        value={editText ?? draft ?? crossSheet?.text ?? stored}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => {
          const element = e.target;
          untrack.current?.();
          untrack.current = trackFormulaInput(session, {
            element,
            inCell: false,
            cell: () => ({ sheetId: session.activeSheet.get(), ...session.selection.get().active }),
            replace: (text, caret) => {
              // Written to the element first, so that React finds it unchanged and keeps the caret.
              element.value = text;
              element.setSelectionRange(caret, caret);
              setDraft(text);
            },
          });
        }}
        onBlur={(e) => {
          untrack.current?.();
          untrack.current = null;
          // Clicking elsewhere commits, as in Excel; a formula from another sheet to its own cell.
          if (pointing(session.interaction.state.get())) finishAcross(e.target.value);
          else if (draftNow.current !== null) commit();
        }}
        onKeyDown={(e) => {
          // Enter choosing a dead key's or an input method's text belongs to the composition.
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          const across = pointing(session.interaction.state.get()) !== null;
          const typed = e.key === 'Enter' && e.altKey ? '\n' : stampFor(e.nativeEvent, new Date(), session.locale.get());
          if (typed !== null && !session.readOnly) {
            e.preventDefault();
            // Written to the element first, so that React finds it unchanged and keeps the caret.
            const element = e.currentTarget;
            element.setRangeText(typed, element.selectionStart, element.selectionEnd, 'end');
            setDraft(element.value);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const ctrl = e.ctrlKey || e.metaKey;
            if (across) finishAcross(e.currentTarget.value);
            else commit(ctrl && (!e.shiftKey || arrayEntryFillsSelection(e.currentTarget.value)));
          } else if (e.key === 'Escape') {
            if (across) return finishAcross(null);
            setDraft(null);
            session.focusGrid.set(session.focusGrid.get() + 1);
          } else if (e.key === 'F4') {
            const element = e.currentTarget;
            // Written to the element first, so that React finds it unchanged and keeps the caret.
            const cycled = pressF4(element, ({ text, caret }) => {
              element.value = text;
              element.setSelectionRange(caret, caret);
              setDraft(text);
            });
            if (cycled) e.preventDefault();
          } else if (across && pickOnShownSheet(session, e.nativeEvent)) {
            e.preventDefault();
          }
        }}
      />
    </div>
  );
}
