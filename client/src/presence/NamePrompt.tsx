/**
 * Asks a planner who has never given a name for it, once, on opening an editable workspace: a
 * name field, OK and "not now". Either answer is remembered; the top bar's link still changes it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namedProfile, rememberNameAsked, saveProfile, shouldAskName } from '../session/userProfile.js';
import type { PresenceTracker } from './PresenceTracker.js';

interface Props {
  presence: PresenceTracker;
  /** Viewers are never asked. */
  readOnly: boolean;
  /** After either answer (to give the grid its focus back). */
  onClose(): void;
}

export function NamePrompt({ presence, readOnly, onClose }: Props): React.JSX.Element | null {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !readOnly && shouldAskName(localStorage, presence.profile.get()));
  const [name, setName] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    // A modal dialog keeps the focus: the grid takes it when it is ready, which may be later.
    const keep = (event: FocusEvent): void => {
      if (event.target instanceof Node && !form.current?.contains(event.target)) input.current?.focus();
    };
    document.addEventListener('focusin', keep);
    return () => document.removeEventListener('focusin', keep);
  }, [open]);

  if (!open) return null;
  const answer = (chosen: string | null): void => {
    rememberNameAsked(localStorage);
    const next = chosen === null ? null : namedProfile(presence.profile.get(), chosen);
    if (next) {
      saveProfile(localStorage, next);
      presence.setProfile(next);
    }
    setOpen(false);
    onClose();
  };
  return (
    <div className="dialog-backdrop">
      <form
        ref={form}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) answer(name);
        }}
        onKeyDown={(e) => e.key === 'Escape' && answer(null)}
      >
        <h2 id={titleId}>{t('presence.promptTitle')}</h2>
        <p id={textId} className="muted">
          {t('presence.promptText')}
        </p>
        <label>
          {t('presence.nameLabel')}
          <input ref={input} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoComplete="name" />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => answer(null)}>
            {t('presence.notNow')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('presence.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}
