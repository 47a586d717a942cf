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
}

const current = createStore<Question | null>(null);

/**
 * Asks for a text (with `label`), a yes/no (without), or one of `choices` (resolves with its
 * `answer`); resolves null when cancelled.
 */
export function ask(question: Omit<Question, 'resolve'>): Promise<string | null> {
  current.get()?.resolve(null);
  return new Promise((resolve) => current.set({ ...question, resolve }));
}

export function DialogHost(): React.JSX.Element | null {
  const question = useStore(current);
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
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
