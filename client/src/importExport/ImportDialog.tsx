/**
 * The import dialog (editors): choose an .xlsx or .csv, see what it holds before anything
 * changes (the server reads it in a dry run), then import it as new sheets or in place of the
 * workspace. A progress bar follows the upload of large files, then the server's reading.
 *
 * @example {open && <ImportDialog workspaceId={id} token={editorToken} onClose={() => setOpen(false)} />}
 */
import { useDialogFocus } from '../ui/useDialogFocus.js';
import { useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_FILE_BYTES } from '../../../models/interchange/interchangeLimits.js';
import { FileChoice } from './FileChoice.js';
import { ImportPreview } from './ImportPreview.js';
import { InterchangeRequestError, uploadImport, type ImportAnswer } from './interchangeApi.js';
import { useInterchangeTranslation } from './importExportStrings.js';

export interface ImportDialogProps {
  workspaceId: string;
  /** An editor token (viewers get 403 from the server). */
  token: string;
  onClose: () => void;
  /** After a successful import (the workspace's clients already see it). */
  onImported?: (answer: ImportAnswer) => void;
}

type Phase = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' } | { kind: 'preview'; answer: ImportAnswer } | { kind: 'done'; answer: ImportAnswer };

export function ImportDialog({ workspaceId, token, onClose, onImported }: ImportDialogProps): React.JSX.Element {
  const { t } = useInterchangeTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'sheets' | 'replace'>('sheets');
  const [sheet, setSheet] = useState('');
  const [separator, setSeparator] = useState('');
  const [decimal, setDecimal] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const request = useRef<AbortController | null>(null);
  const isCsv = file !== null && !/\.xlsx?m?$/i.test(file.name);

  useEffect(() => () => request.current?.abort(), []);

  const send = async (dryRun: boolean): Promise<void> => {
    if (!file) return;
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setError(null);
    setPhase({ kind: 'uploading', percent: 0 });
    const fields: Record<string, string> = { mode, dryRun: String(dryRun) };
    if (isCsv && sheet.trim()) fields.sheet = sheet.trim();
    if (isCsv && separator) fields.separator = separator;
    if (isCsv && decimal) fields.decimal = decimal;
    try {
      const answer = await uploadImport({
        workspaceId,
        token,
        file,
        fields,
        signal: controller.signal,
        onProgress: (sent, total) => setPhase(sent >= total ? { kind: 'processing' } : { kind: 'uploading', percent: Math.round((100 * sent) / Math.max(1, total)) }),
      });
      setPhase(dryRun ? { kind: 'preview', answer } : { kind: 'done', answer });
      if (!dryRun) onImported?.(answer);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      const message = e instanceof InterchangeRequestError && e.status === 0 ? t('networkError') : e instanceof Error ? e.message : String(e);
      setError(t('importFailed', { message }));
      setPhase({ kind: 'idle' });
    }
  };

  const choose = (chosen: File | null): void => {
    setPhase({ kind: 'idle' });
    setError(null);
    if (chosen && chosen.size > MAX_IMPORT_FILE_BYTES) {
      setFile(null);
      setError(t('fileTooLarge', { limit: MAX_IMPORT_FILE_BYTES / (1024 * 1024) }));
      return;
    }
    setFile(chosen);
    setSheet(chosen ? chosen.name.replace(/\.[^.]+$/, '').slice(0, 31) : '');
  };

  // Every option change asks for a fresh preview.
  useEffect(() => {
    if (file) void send(true);
  }, [file, mode, separator, decimal]);

  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  // Escape closes from wherever focus is (it stayed on the button that opened the dialog, outside it, so Escape did nothing), Tab stays inside, focus returns to that button.
  const dialog = useDialogFocus<HTMLDivElement>(() => !busy && onClose());
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog import-dialog" ref={dialog} role="dialog" aria-modal="true" aria-label={t('importTitle')} style={{ maxWidth: 720, width: '90vw' }}>
        <h2>{t('importTitle')}</h2>
        <FileChoice label={t('chooseFile')} accept=".xlsx,.xlsm,.csv,.txt,.tsv" disabled={busy} onChoose={choose} />
        <fieldset disabled={busy}>
          <legend>{t('mode')}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'sheets'} onChange={() => setMode('sheets')} /> {t('modeSheets')}
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('modeReplace')}
          </label>
        </fieldset>
        {isCsv && (
          <fieldset disabled={busy}>
            <label>
              {t('sheetName')} <input value={sheet} maxLength={31} onChange={(e) => setSheet(e.target.value)} onBlur={() => void send(true)} />
            </label>{' '}
            <label>
              {t('separator')}{' '}
              <select value={separator} onChange={(e) => setSeparator(e.target.value)}>
                <option value="">{t('automatic')}</option>
                <option value=";">{t('semicolon')}</option>
                <option value=",">{t('comma')}</option>
                <option value="tab">{t('tab')}</option>
              </select>
            </label>{' '}
            <label>
              {t('decimal')}{' '}
              <select value={decimal} onChange={(e) => setDecimal(e.target.value)}>
                <option value="">{t('automatic')}</option>
                <option value=",">{t('comma')}</option>
                <option value=".">{t('point')}</option>
              </select>
            </label>
          </fieldset>
        )}
        {phase.kind === 'uploading' && (
          <p aria-live="polite">
            <progress value={phase.percent} max={100} style={{ width: '100%' }} /> {t('uploading', { percent: phase.percent })}
          </p>
        )}
        {phase.kind === 'processing' && (
          <p aria-live="polite">
            <progress style={{ width: '100%' }} /> {t('processing')}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        {(phase.kind === 'preview' || phase.kind === 'done') && <ImportPreview answer={phase.answer} />}
        {phase.kind === 'done' && <p role="status">{t('imported', { sheets: phase.answer.imported.sheets.map((s) => s.name).join(', ') })}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {phase.kind === 'done' ? t('close') : t('cancel')}
          </button>
          {phase.kind !== 'done' && (
            <button type="button" className={mode === 'replace' ? 'danger' : 'primary'} disabled={phase.kind !== 'preview'} onClick={() => void send(false)}>
              {t('import')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
