/**
 * Formula AutoComplete, as Excel's: while a formula is typed in the cell editor or the formula bar,
 * a list under it offers the functions (in the workspace's language) and the defined names the
 * cell's sheet reads (the workbook's, and the sheet's own in place of one of the same spelling)
 * that complete the word before the caret (formulaCompletion.ts). Tab or a click inserts
 * the chosen one (a function with its `(`); ↑ and ↓ choose; Escape closes the list and leaves the
 * edit open. The other keys go on to the editor as before, Enter included (it commits the cell).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyCompletion, completionAt, type Completion } from '../../../models/formula/formulaCompletion.js';
import { functionNames } from '../../../models/formula/formulaLocale.js';
import { namesSeenFrom, readDefinedNames } from '../../../models/workbook/definedNames.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { useStore, useStorePart } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { focusedInput } from './interactionState.js';

interface Shown {
  completion: Completion;
  chosen: number;
  /** Where the list goes: under the input, on the page. */
  left: number;
  top: number;
}

export function FormulaSuggestions({ session }: { session: WorkbookSession }): React.JSX.Element | null {
  const { t } = useTranslation();
  const input = useStorePart(session.interaction.state, focusedInput);
  const locale = useStore(session.locale);
  const functions = useMemo(() => functionNames(locale), [locale]);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (!input || session.readOnly) {
      setShown(null);
      return;
    }
    const element = input.element;
    let current: Shown | null = null;
    const show = (next: Shown | null): void => {
      current = next;
      setShown(next);
    };
    const update = (): void => {
      const caret = element.selectionStart ?? element.value.length;
      const sheet = workbookGrid(session.doc).sheetName(input.cell().sheetId);
      const names = namesSeenFrom(readDefinedNames(session.doc), sheet).map((n) => n.name);
      const completion = element.selectionEnd === caret ? completionAt(element.value, caret, functions, names) : null;
      if (!completion) return show(null);
      const box = element.getBoundingClientRect();
      show({ completion, chosen: 0, left: box.left, top: box.bottom });
    };
    const choose = (index: number): void => {
      if (!current) return;
      const caret = element.selectionStart ?? element.value.length;
      const item = current.completion.items[index];
      if (!item) return;
      const next = applyCompletion(element.value, caret, current.completion, item);
      input.replace(next.text, next.caret);
      show(null);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!current) return;
      const count = current.completion.items.length;
      let handled = true;
      if (event.key === 'ArrowDown') show({ ...current, chosen: (current.chosen + 1) % count });
      else if (event.key === 'ArrowUp') show({ ...current, chosen: (current.chosen + count - 1) % count });
      else if (event.key === 'Tab') choose(current.chosen);
      else if (event.key === 'Escape') show(null);
      else handled = false;
      if (handled) {
        // Before the editor's own keys: ↑/↓ would move the cell, Tab commit it, Escape cancel the edit.
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    const onInput = (): void => update();
    const onBlur = (): void => show(null);
    const onChoose = (event: Event): void => choose((event as CustomEvent<number>).detail);
    element.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('input', onInput);
    element.addEventListener('blur', onBlur);
    element.addEventListener('fremskriv-completion', onChoose);
    return () => {
      element.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('input', onInput);
      element.removeEventListener('blur', onBlur);
      element.removeEventListener('fremskriv-completion', onChoose);
      setShown(null);
    };
  }, [input, session, functions]);

  if (!shown || !input) return null;
  return (
    <ul className="formula-suggestions" role="listbox" aria-label={t('formulaBar.suggestions')} style={{ left: shown.left, top: shown.top }}>
      {shown.completion.items.map((item, i) => (
        <li
          key={`${item.kind}:${item.label}`}
          role="option"
          aria-selected={i === shown.chosen}
          className={i === shown.chosen ? 'is-chosen' : undefined}
          // Keeps the focus (and the edit) in the input; the click chooses.
          onMouseDown={(e) => {
            e.preventDefault();
            input.element.dispatchEvent(new CustomEvent('fremskriv-completion', { detail: i }));
          }}
        >
          <span className={`formula-suggestion-kind is-${item.kind}`}>{item.kind === 'function' ? 'fx' : t('formulaBar.nameKind')}</span>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
