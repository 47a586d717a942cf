/**
 * "Hent faktiske tal fra Jobindsats" (editors): upload a Jobindsats file (or, where the server
 * has an API key, name a table), then pick the measure, one value for each other dimension
 * (proposed: the "i alt" value, else the first), the dimension that makes the rows (the area by
 * default), the sheet and whether the file's months merge into it (the default) or replace its
 * months. Each choice asks the server for a dry run, shown as a preview; Import
 * writes the sheet live and keeps the choices as its data link for "Opdatér faktiske tal".
 *
 * @example {open && <ActualsDialog workspaceId={id} token={token} apiConfigured={false} onClose={close} />}
 */
import { useDialogFocus } from '../ui/useDialogFocus.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { FileChoice } from './FileChoice.js';
import { MAX_IMPORT_FILE_BYTES } from '../../../models/interchange/interchangeLimits.js';
import { filterValue } from '../../../models/actuals/actualsPivot.js';
import { DEFAULT_ACTUALS_SHEET } from '../../../models/actuals/actualsSheet.js';
import { defaultFilterValue, importActuals, readTableShape, type ActualsAnswer, type ActualsChoice, type ActualsSource, type TableShape } from './actualsApi.js';
import { ActualsChangesPreview } from './ActualsChangesPreview.js';
import { importedText } from './actualsPreview.js';
import { actualsErrorOf } from './actualsErrors.js';

export interface ActualsDialogProps {
  /** The planner's session: the preview reads the goals it names in its document, numbers in its locale. */
  session: WorkbookSession;
  /** The scenario on screen (by name), which the preview judges the goals moved under. */
  scenario: string | undefined;
  workspaceId: string;
  token: string;
  /** The server can fetch tables itself (GET …/actuals said so). */
  apiConfigured: boolean;
  onClose: () => void;
  onImported?: (answer: ActualsAnswer) => void;
}

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'choosing'; preview: ActualsAnswer | null } | { kind: 'importing' } | { kind: 'done'; answer: ActualsAnswer };

/** The proposed choice for a freshly read table. */
export function initialChoice(shape: TableShape): ActualsChoice {
  const rows = shape.area;
  const filters: Record<string, string> = {};
  for (const dimension of shape.dimensions) if (dimension.name !== rows) filters[dimension.name] = defaultFilterValue(dimension.values);
  return { measure: shape.measures[0] ?? '', filters, rows, sheet: DEFAULT_ACTUALS_SHEET, mode: 'merge' };
}

export function ActualsDialog({ session, scenario, workspaceId, token, apiConfigured, onClose, onImported }: ActualsDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [sourceKind, setSourceKind] = useState<'file' | 'api'>('file');
  const [tableId, setTableId] = useState('');
  const [source, setSource] = useState<ActualsSource | null>(null);
  const [shape, setShape] = useState<TableShape | null>(null);
  const [choice, setChoice] = useState<ActualsChoice | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const request = useRef<AbortController | null>(null);

  useEffect(() => () => request.current?.abort(), []);

  const failed = (e: unknown, context: 'read' | 'apply' = 'apply'): void => {
    const explained = actualsErrorOf(e, context);
    if (explained) setError(t(explained.key, explained.values));
  };

  const fresh = (): AbortSignal => {
    request.current?.abort();
    request.current = new AbortController();
    setError(null);
    return request.current.signal;
  };

  const read = async (next: ActualsSource): Promise<void> => {
    const signal = fresh();
    setSource(next);
    setShape(null);
    setChoice(null);
    setPhase({ kind: 'reading' });
    try {
      const read = await readTableShape(workspaceId, token, next, signal);
      setShape(read);
      setChoice(initialChoice(read));
      setPhase({ kind: 'choosing', preview: null });
    } catch (e) {
      failed(e, 'read');
      setPhase({ kind: 'idle' });
    }
  };

  const chooseFile = (file: File | null): void => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setError(t('actuals.errors.tooLarge'));
      return;
    }
    void read({ kind: 'file', file });
  };

  // Every choice asks for a fresh preview (a dry run: nothing changes yet).
  useEffect(() => {
    if (!source || !choice || !choice.sheet.trim()) return;
    const signal = fresh();
    setPhase({ kind: 'choosing', preview: null });
    // A newer choice aborts this request; an answer already on its way when it did is ignored, so
    // the preview always shows the planner's latest choice.
    importActuals(workspaceId, token, source, choice, true, signal, scenario).then(
      (preview) => {
        if (!signal.aborted) setPhase({ kind: 'choosing', preview });
      },
      (e: unknown) => {
        if (!signal.aborted) failed(e);
      },
    );
  }, [source, choice, scenario]);

  const apply = async (): Promise<void> => {
    if (!source || !choice) return;
    // Kept so that a failed import (the network, a colleague's token rotation) can be tried again.
    const previewed = phase.kind === 'choosing' ? phase.preview : null;
    const signal = fresh();
    setPhase({ kind: 'importing' });
    try {
      const answer = await importActuals(workspaceId, token, source, choice, false, signal);
      setPhase({ kind: 'done', answer });
      onImported?.(answer);
    } catch (e) {
      failed(e);
      setPhase({ kind: 'choosing', preview: previewed });
    }
  };

  const setRows = (rows: string): void => {
    if (!choice || !shape) return;
    const filters: Record<string, string> = {};
    // The rows' dimension is not filtered; the one it replaces gets its proposed value back.
    for (const dimension of shape.dimensions) if (dimension.name !== rows) filters[dimension.name] = filterValue(choice.filters, dimension.name) ?? defaultFilterValue(dimension.values);
    setChoice({ ...choice, rows, filters });
  };

  const busy = phase.kind === 'reading' || phase.kind === 'importing';

  // Escape closes from wherever focus is (it stayed on the button that opened the dialog, outside it, so Escape did nothing), Tab stays inside, focus returns to that button.

  const dialog = useDialogFocus<HTMLDivElement>(() => !busy && onClose());
  const preview = phase.kind === 'choosing' ? phase.preview : null;
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog actuals-dialog" ref={dialog} role="dialog" aria-modal="true" aria-label={t('actuals.fetchTitle')} style={{ maxWidth: 720, width: '90vw' }}>
        <h2>{t('actuals.fetchTitle')}</h2>
        {!apiConfigured && <p className="muted">{t('actuals.noApiKeyHint')}</p>}
        {apiConfigured && (
          <fieldset disabled={busy}>
            <label>
              <input type="radio" name="actuals-source" checked={sourceKind === 'file'} onChange={() => setSourceKind('file')} /> {t('actuals.sourceFile')}
            </label>
            <label>
              <input type="radio" name="actuals-source" checked={sourceKind === 'api'} onChange={() => setSourceKind('api')} /> {t('actuals.sourceApi')}
            </label>
          </fieldset>
        )}
        {sourceKind === 'file' ? (
          <FileChoice label={t('actuals.sourceFile')} accept=".json,.csv,.txt,.xlsx" disabled={busy} onChoose={chooseFile} />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (tableId.trim()) void read({ kind: 'api', table: tableId.trim() });
            }}
          >
            <label>
              {t('actuals.tableId')} <input value={tableId} maxLength={32} onChange={(e) => setTableId(e.target.value)} disabled={busy} />
            </label>{' '}
            <button type="submit" disabled={busy || !tableId.trim()}>
              {t('actuals.readTable')}
            </button>
          </form>
        )}
        {phase.kind === 'reading' && <p aria-live="polite">{t('actuals.reading')}</p>}
        {shape && choice && phase.kind !== 'done' && (
          <fieldset disabled={busy} className="actuals-choices" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 8px', alignItems: 'center' }}>
            <label htmlFor="actuals-measure">{t('actuals.measure')}</label>
            <select id="actuals-measure" value={choice.measure} onChange={(e) => setChoice({ ...choice, measure: e.target.value })}>
              {shape.measures.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
            <label htmlFor="actuals-rows">{t('actuals.rows')}</label>
            <select id="actuals-rows" value={choice.rows} onChange={(e) => setRows(e.target.value)}>
              {shape.dimensions.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name}
                </option>
              ))}
            </select>
            {shape.dimensions
              .filter((d) => d.name !== choice.rows)
              .map((d) => (
                <FilterChoice key={d.name} dimension={d.name} values={d.values} value={filterValue(choice.filters, d.name) ?? ''} onChange={(value) => setChoice({ ...choice, filters: { ...choice.filters, [d.name]: value } })} />
              ))}
            <label htmlFor="actuals-sheet">{t('actuals.sheet')}</label>
            <input id="actuals-sheet" value={choice.sheet} maxLength={31} onChange={(e) => setChoice({ ...choice, sheet: e.target.value })} />
            {/* Merging is the safe default (next month's file alone keeps the older months); replacing is said plainly. */}
            <span id="actuals-mode-label">{t('actuals.modeLabel')}</span>
            <div role="radiogroup" aria-labelledby="actuals-mode-label" className="actuals-mode">
              <label>
                <input type="radio" name="actuals-mode" value="merge" checked={choice.mode === 'merge'} onChange={() => setChoice({ ...choice, mode: 'merge' })} /> {t('actuals.modeMerge')}
              </label>
              <label>
                <input type="radio" name="actuals-mode" value="replace" checked={choice.mode === 'replace'} onChange={() => setChoice({ ...choice, mode: 'replace' })} /> {t('actuals.modeReplace')}
              </label>
            </div>
          </fieldset>
        )}
        {phase.kind === 'choosing' && !preview && !error && <p aria-live="polite">{t('actuals.previewing')}</p>}
        {preview && <ActualsChangesPreview preview={preview} session={session} />}
        {phase.kind === 'importing' && <p aria-live="polite">{t('actuals.importing')}</p>}
        {error && <p role="alert">{error}</p>}
        {phase.kind === 'done' && <p role="status">{importedText(phase.answer, (key, values) => t(key, values))}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {phase.kind === 'done' ? t('actuals.close') : t('actuals.cancel')}
          </button>
          {phase.kind !== 'done' && (
            <button type="button" className="primary" disabled={!preview} onClick={() => void apply()}>
              {t('actuals.import')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function FilterChoice({ dimension, values, value, onChange }: { dimension: string; values: readonly string[]; value: string; onChange: (value: string) => void }): React.JSX.Element {
  const id = `actuals-filter-${dimension.replace(/\W+/g, '-')}`;
  return (
    <>
      <label htmlFor={id}>{dimension}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </>
  );
}
