/** The workbook screen: top bar, formula bar, the grid with its sheet tabs, and the goal panel. */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceConnection } from '../session/WorkspaceConnection.js';
import { usePaneKeys } from '../ui/usePaneKeys.js';
import { loadProfile } from '../session/userProfile.js';
import { PresenceTracker } from '../presence/PresenceTracker.js';
import { PresenceBar } from '../presence/PresenceBar.js';
import { NamePrompt } from '../presence/NamePrompt.js';
import { FirstScreen } from '../grid/FirstScreen.js';
import { cellSelection } from '../grid/selection.js';
import { takePreScreen } from '../session/preScreen.js';
import { commitEarlyEntries } from './cellEdits.js';
import { GridFailure } from '../grid/GridFailure.js';
import { FormulaBar } from '../grid/FormulaBar.js';
import { FormulaSuggestions } from '../grid/FormulaSuggestions.js';
import { SheetTabs } from './SheetTabs.js';
import { ScenarioSwitcher } from '../scenarios/ScenarioSwitcher.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { LanguageToggle } from './LanguageToggle.js';
import { SidePanel } from './SidePanel.js';
import { NoticeToast } from './NoticeToast.js';
import { InterchangeControls } from './InterchangeControls.js';
import { DialogHost } from '../ui/dialogs.js';
import { NameManager } from '../names/NameManager.js';
import { useStore, useStoreValue } from '../ui/store.js';
import { useDisposable } from '../ui/useDisposable.js';
import { workbookTitle } from '../../../models/workbook/workbookReader.js';
import type { WorkbookSession } from './WorkbookSession.js';
import { AdoptedPlanContext, useAdoptedPlan } from '../versions/adoptedPlan.js';

/** How long after a move the cursor is shown to colleagues: a frame or two, unnoticed beside the network's delay. */
const SHARE_CURSOR_AFTER_MS = 30;

const GoalReportPage = lazy(() => import('../report/GoalReportPage.js'));
// AG Grid is a chunk of its own, loaded once the static first screen has painted: the first
// screen (FirstScreen.tsx) and the goal panel need none of it, and evaluating it (a busy
// 2-core machine's main thread for a good while) no longer delays them. A failed load shows in
// GridFailure.
let sheetGridChunk: Promise<typeof import('../grid/SheetGrid.js')> | null = null;
const loadSheetGrid = (): Promise<typeof import('../grid/SheetGrid.js')> => (sheetGridChunk ??= import('../grid/SheetGrid.js'));
const SheetGrid = lazy(() => loadSheetGrid().then((m) => ({ default: m.SheetGrid })));

interface Props {
  connection: WorkspaceConnection;
  session: WorkbookSession;
  workspaceId: string;
  token: string;
}

export function WorkbookLayout({ connection, session, workspaceId, token }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const sheetId = useStore(session.activeSheet);
  const presence = useDisposable(
    () => new PresenceTracker(connection.awareness, loadProfile(localStorage, t('presence.guest', { n: connection.doc.clientID % 100 }), connection.doc.clientID), session.readOnly),
    [connection, session],
  );
  useEffect(() => {
    if (!presence) return;
    const share = (): void => presence.setCursor({ sheetId: session.activeSheet.get(), ...session.selection.get().active });
    share();
    // A move is shared a moment later, in a task of its own (one for a run of moves): sharing it
    // (the awareness message, the presence bar, the grid's peer marks) sat in the Enter's task,
    // before the engine's answer could reach the goal cards (issue 17).
    let timer = 0;
    const shareSoon = (): void => {
      if (timer === 0) timer = window.setTimeout(() => ((timer = 0), share()), SHARE_CURSOR_AFTER_MS);
    };
    const offs = [session.selection.subscribe(shareSoon), session.activeSheet.subscribe(shareSoon)];
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [presence, session]);

  // The entry's pre-screen (session/preScreen.ts) goes in the commit that puts this page on
  // screen, so no frame shows both and nothing stale is left to click; the cell the planner
  // selected, the entries ended there and the text still being typed carry over.
  useLayoutEffect(() => {
    const input = takePreScreen();
    if (!input) return;
    if (!session.readOnly) commitEarlyEntries(session, session.activeSheet.get(), input.entries);
    session.selection.set(cellSelection(input.active));
    if (input.typed !== '' && !session.readOnly) session.typedAhead.set(input.typed);
  }, [session]);

  // Opening: the static first screen paints first, the goal panel next, then AG Grid is created
  // behind the first screen (about 0,5 s of the main thread), which it replaces once ready.
  const firstScreenShown = useStore(session.firstScreenShown);
  const gridShown = useStore(session.gridShown);
  const [gridFailed, setGridFailed] = useState(false);
  const [createGrid, setCreateGrid] = useState(false);
  useEffect(() => {
    if (!firstScreenShown || createGrid) return;
    loadSheetGrid().catch(() => undefined);
    let timer = 0;
    // After the frame that paints the goal panel.
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setCreateGrid(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstScreenShown, createGrid]);

  const [reportOpen, setReportOpen] = useState(false);
  const nameManagerOpen = useStore(session.nameManagerOpen);
  // Ctrl+F3 opens Navnestyring, as Excel's Name Manager; wherever focus is (the grid too).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'F3' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      session.nameManagerOpen.set(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [session]);
  usePaneKeys(useCallback(() => session.focusGrid.set(session.focusGrid.get() + 1), [session]));
  const closeNameManager = (): void => {
    session.nameManagerOpen.set(false);
    session.focusGrid.set(session.focusGrid.get() + 1);
  };
  // The goal cards and the report compare the latest actual month with the adopted plan.
  const adoptedPlan = useAdoptedPlan(session, workspaceId, token);
  // Read on each change, but the whole screen re-renders only when the title changed: every
  // keystroke's edit re-rendered it before the engine's answer could reach the goal cards (issue 17).
  const title = useStoreValue(session.revision, () => workbookTitle(session.doc));
  useEffect(() => {
    document.title = title ? `${title} – Fremskriv` : 'Fremskriv';
  }, [title]);

  if (reportOpen) {
    return (
      <AdoptedPlanContext.Provider value={adoptedPlan}>
        <Suspense fallback={<main className="splash">{t('app.loading')}</main>}>
          <GoalReportPage doc={session.doc} engines={session.engines} scenarioId={session.activeScenario.get()} onClose={() => setReportOpen(false)} />
        </Suspense>
      </AdoptedPlanContext.Provider>
    );
  }

  return (
    <AdoptedPlanContext.Provider value={adoptedPlan}>
    <div className="workbook" data-readonly={session.readOnly || undefined}>
      <header className="topbar">
        <span className="brand">Fremskriv</span>
        <h1 className="workbook-title" title={title || undefined}>
          {title || t('app.untitled')}
        </h1>
        <ScenarioSwitcher session={session} />
        <span className="topbar-spacer" />
        <InterchangeControls session={session} workspaceId={workspaceId} token={token} title={title} onOpenReport={() => setReportOpen(true)} />
        <ConnectionIndicator connection={connection} />
        {presence && <PresenceBar presence={presence} />}
        <LanguageToggle />
      </header>
      {session.readOnly && (
        <div className="viewer-banner" role="note">
          {t('app.viewerBanner')}
        </div>
      )}
      <FormulaBar session={session} />
      <div className="workbook-body">
        <section className="grid-area" aria-label={t('grid.label')}>
          <div className="sheet-stack">
            {sheetId && presence && createGrid && (
              <GridFailure onFailed={() => setGridFailed(true)}>
                <Suspense fallback={null}>
                  <SheetGrid key={sheetId} session={session} sheetId={sheetId} presence={presence} storageScope={workspaceId} />
                </Suspense>
              </GridFailure>
            )}
            {sheetId && !gridShown && !gridFailed && <FirstScreen key={sheetId} session={session} sheetId={sheetId} storageScope={workspaceId} />}
          </div>
          <SheetTabs session={session} />
        </section>
        <SidePanel session={session} workspaceId={workspaceId} token={token} awareness={connection.awareness} />
      </div>
      <NoticeToast session={session} />
      {presence && <NamePrompt presence={presence} readOnly={session.readOnly} onClose={() => session.focusGrid.set(session.focusGrid.get() + 1)} />}
      <FormulaSuggestions session={session} />
      {nameManagerOpen && <NameManager session={session} onClose={closeNameManager} />}
      <DialogHost />
    </div>
    </AdoptedPlanContext.Provider>
  );
}
