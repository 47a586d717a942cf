/**
 * A file input that speaks the interface language. The browser's own control says "Choose File" /
 * "No file chosen" in the browser's language whatever the planner chose; this one keeps the real
 * input (labelled, so forms, tests and screen readers find it) out of sight behind a button.
 *
 * @example <FileChoice label={t('chooseFile')} accept=".csv" disabled={busy} onChoose={choose} />
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FileChoiceProps {
  /** What the file is for; labels the input. */
  label: ReactNode;
  accept: string;
  disabled?: boolean;
  onChoose: (file: File | null) => void;
}

export function FileChoice({ label, accept, disabled = false, onChoose }: FileChoiceProps): React.JSX.Element {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <label className="file-choice">
      {label}{' '}
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setChosen(file?.name ?? null);
          onChoose(file);
          // The browser reports no change when the same file is chosen again: a planner who
          // corrected the file and chose it anew saw the old preview (the planner walk-through).
          e.target.value = '';
        }}
      />
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t('common.chooseFile')}
      </button>{' '}
      <span className="muted">{chosen ?? t('common.noFileChosen')}</span>
    </label>
  );
}
