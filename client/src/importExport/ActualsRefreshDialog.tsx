/**
 * "Opdatér faktiske tal" (editors): every sheet with a Jobindsats data link, each with its own
 * refresh: from next month's file, or from Jobindsats itself (the server fetches with its key).
 * The server first answers a dry run with the link's saved choices, shown as a preview; "Anvend"
 * then writes it into the same sheet. Without a key on the server, fetching from Jobindsats is
 * refused and the planner is told why and what to do instead.
 *
 * @example {open && <ActualsRefreshDialog workspaceId={id} token={token} status={status} onClose={close} />}
 */
import { useDialogFocus } from '../ui/useDialogFocus.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { refreshActuals, type ActualsAnswer, type ActualsLink, type ActualsStatus } from './actualsApi.js';
import { ActualsChangesPreview } from './ActualsChangesPreview.js';
import { actualsErrorOf } from './actualsErrors.js';
import { FileChoice } from './FileChoice.js';

export interface ActualsRefreshDialogProps {
  /** As for ActualsDialog: the goals the preview names, under the scenario on screen. */
  session: WorkbookSession;
  scenario: string | undefined;
  workspaceId: string;
  token: string;
  status: ActualsStatus;
  onClose: () => void;
}

export function ActualsRefreshDialog({ session, scenario, workspaceId, token, status, onClose }: ActualsRefreshDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Escape closes from wherever focus is (it stayed on the button that opened the dialog, outside it, so Escape did nothing), Tab stays inside, focus returns to that button.
  const dialog = useDialogFocus<HTMLDivElement>(() => !busy && onClose());
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog actuals-refresh-dialog" ref={dialog} role="dialog" aria-modal="true" aria-label={t('actuals.refreshTitle')} style={{ maxWidth: 720, width: '90vw' }}>
        <h2>{t('actuals.refreshTitle')}</h2>
        {status.links.length === 0 && <p>{t('actuals.noLinks')}</p>}
        {!status.apiConfigured && status.links.length > 0 && <p className="muted">{t('actuals.noApiKeyHint')}</p>}
        {status.links.map((link) => (
          <LinkRefresh key={link.sheet} session={session} scenario={scenario} workspaceId={workspaceId} token={token} link={link} onBusy={setBusy} />
        ))}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('actuals.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

interface LinkRefreshProps {
  session: WorkbookSession;
  scenario: string | undefined;
  workspaceId: string;
  token: string;
  link: ActualsLink;
  onBusy: (busy: boolean) => void;
}

/** One link's refresh: idle → previewing → preview → applying → done; an error returns to idle. */
type RefreshState = { kind: 'idle' } | { kind: 'previewing' } | { kind: 'preview'; from: File | null; answer: ActualsAnswer } | { kind: 'applying' } | { kind: 'done'; answer: ActualsAnswer };

function LinkRefresh({ session, scenario, workspaceId, token, link, onBusy }: LinkRefreshProps): React.JSX.Element {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<RefreshState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const request = useRef<AbortController | null>(null);
  // The sheet's latest month as of the last refresh in this dialog (the link was read on opening).
  const [last, setLast] = useState(link.periods.at(-1) ?? '');
  useEffect(() => () => request.current?.abort(), []);
  const busy = state.kind === 'previewing' || state.kind === 'applying';
  useEffect(() => onBusy(busy), [busy, onBusy]);

  const ask = async (from: File | null, dryRun: boolean): Promise<void> => {
    request.current?.abort();
    request.current = new AbortController();
    const { signal } = request.current;
    setError(null);
    setState({ kind: dryRun ? 'previewing' : 'applying' });
    try {
      const answer = await refreshActuals(workspaceId, token, link.sheet, from, dryRun, signal, scenario);
      // A newer request aborted this one: its late answer (or failure) is not shown over the newer's.
      if (signal.aborted) return;
      setState(dryRun ? { kind: 'preview', from, answer } : { kind: 'done', answer });
      if (!dryRun) setLast(answer.periods.at(-1) ?? '');
    } catch (e) {
      if (signal.aborted) return;
      const explained = actualsErrorOf(e, from ? 'read' : 'apply');
      if (explained) setError(t(explained.key, explained.values));
      setState({ kind: 'idle' });
    }
  };

  const source = link.source === 'api' ? t('actuals.sourceApiName') : (link.fileName ?? '');
  return (
    <section className="actuals-link" aria-label={link.sheet} style={{ borderTop: '1px solid #dee2e6', padding: '6px 0' }}>
      <p>{t('actuals.linkSummary', { sheet: link.sheet, measure: link.measure, last, source })}</p>
      <FileChoice
        label={t('actuals.newerFile', { sheet: link.sheet })}
        accept=".json,.csv,.txt,.xlsx"
        disabled={busy}
        onChoose={(chosen) => {
          setFile(chosen);
          setState({ kind: 'idle' });
        }}
      />{' '}
      <button type="button" disabled={busy || !file} onClick={() => void ask(file, true)}>
        {t('actuals.fromFile')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => void ask(null, true)}>
        {t('actuals.fromApi')}
      </button>
      {state.kind === 'previewing' && <p aria-live="polite">{t('actuals.previewing')}</p>}
      {state.kind === 'preview' && (
        <>
          <ActualsChangesPreview preview={state.answer} session={session} />
          <button type="button" className="primary" onClick={() => void ask(state.from, false)}>
            {t('actuals.apply')}
          </button>
        </>
      )}
      {state.kind === 'applying' && <p aria-live="polite">{t('actuals.updating')}</p>}
      {state.kind === 'done' && (
        <p role="status">
          {state.answer.changes.addedPeriods.length > 0
            ? t('actuals.added', { sheet: state.answer.sheet, months: state.answer.changes.addedPeriods.join(', ') })
            : t('actuals.nothingAdded', { sheet: state.answer.sheet })}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
