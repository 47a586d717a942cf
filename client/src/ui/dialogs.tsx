/**
 * Modal questions (a name, a confirmation) asked from anywhere: `ask(...)` resolves with the
 * answer, or null when cancelled. One dialog at a time; the host renders it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStore, useStore } from './store.js';

interface Question {
  title: string;
  label?: string;
  initial?: string;
  confirmLabel: string;
  danger?: boolean;
  /** A line under the title that says what the choice means. */
  message?: string;
  /** Instead of one confirm button, one button per answer (the first is the default). */
  choices?: Array<{ answer: string; label: string }>;
  resolve(answer: string | null): void;
  /** Where focus goes back to when the question closes (see focusReturnTarget). */
  returnFocus: HTMLElement | null;
}

const current = createStore<Question | null>(null);

/**
 * Asks for a text (with `label`), a yes/no (without), or one of `choices` (resolves with its
 * `answer`); resolves null when cancelled.
 */
export function ask(question: Omit<Question, 'resolve' | 'returnFocus'>): Promise<string | null> {
  const previous = current.get();
  previous?.resolve(null);
  const returnFocus = previous ? previous.returnFocus : focusReturnTarget(document.activeElement);
  return new Promise((resolve) => current.set({ ...question, resolve, returnFocus }));
}

/**
 * What should have focus again after a question asked from `active`: `active` itself, or, for an
 * item of a menu (which closes as the question opens), the button that opens that menu. Before, the
 * focus was left on the page's body after "Nyt scenarie …" or "Gem version" (the planner walk-through),
 * so a keyboard user started again from the top of the page.
 */
export function focusReturnTarget(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest('[role="menu"]');
  // The toggle beside the menu (ScenarioSwitcher, ExportMenu), never another menu's elsewhere on the page.
  const toggle = menu?.parentElement?.querySelector<HTMLElement>(':scope > [aria-haspopup="menu"]');
  return toggle ?? active;
}

/**
 * Focuses `target` once it can take focus (a button the answer's work disables, as "Gem version"
 * while the version is saved, takes it when enabled again), unless focus has gone elsewhere in the
 * meantime or `target` left the page; gives up after a few seconds.
 */
function returnFocusWhenFree(target: HTMLElement, triesLeft = 50): void {
  setTimeout(() => {
    const focused = document.activeElement;
    if ((focused !== null && focused !== document.body) || !target.isConnected) return;
    if (target.matches(':disabled')) {
      if (triesLeft > 0) returnFocusWhenFree(target, triesLeft - 1);
      return;
    }
    target.focus();
  }, triesLeft === 50 ? 0 : 100);
}

export function DialogHost(): React.JSX.Element | null {
  const question = useStore(current);
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  const asked = useRef<Question | null>(null);
  useEffect(() => {
    const closed = asked.current;
    asked.current = question;
    // Back to where the question was asked from, unless the answer moved the focus on (the grid
    // takes it back after a scenario choice): only a focus left on the body is returned.
    if (!question && closed?.returnFocus) returnFocusWhenFree(closed.returnFocus);
    setValue(question?.initial ?? '');
    if (question?.label !== undefined) setTimeout(() => input.current?.select(), 0);
    else setTimeout(() => confirm.current?.focus(), 0);
  }, [question]);

  if (!question) return null;
  const answer = (result: string | null): void => {
    current.set(null);
    question.resolve(result);
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && answer(null)}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={question.title}
        onSubmit={(e) => {
          e.preventDefault();
          answer(question.label !== undefined ? value : 'yes');
        }}
        onKeyDown={(e) => e.key === 'Escape' && answer(null)}
      >
        <h2>{question.title}</h2>
        {question.message !== undefined && <p>{question.message}</p>}
        {question.label !== undefined && (
          <label>
            {question.label}
            <input ref={input} value={value} onChange={(e) => setValue(e.target.value)} maxLength={100} />
          </label>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => answer(null)}>
            {t('common.cancel')}
          </button>
          {question.choices ? (
            question.choices.map((choice, i) => (
              <button key={choice.answer} type="button" ref={i === 0 ? confirm : undefined} className={i === 0 ? 'primary' : undefined} onClick={() => answer(choice.answer)}>
                {choice.label}
              </button>
            ))
          ) : (
            <button type="submit" ref={confirm} className={question.danger ? 'danger' : 'primary'}>
              {question.confirmLabel}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
