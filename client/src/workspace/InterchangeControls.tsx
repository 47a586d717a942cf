/**
 * The top bar's way in and out of Excel: the export menu (workspace, scenario, sheet as CSV, the
 * printable goal report) and, for editors, the import dialog (loaded when opened) and the
 * Jobindsats actuals buttons.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { ActualsControls } from '../importExport/ActualsControls.js';
import { ExportMenu } from '../importExport/ExportMenu.js';
import { useInterchangeTranslation } from '../importExport/importExportStrings.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from './WorkbookSession.js';

const ImportDialog = lazy(() => import('../importExport/ImportDialog.js').then((m) => ({ default: m.ImportDialog })));

interface Props {
  session: WorkbookSession;
  workspaceId: string;
  token: string;
  title: string;
  onOpenReport: () => void;
}

export function InterchangeControls({ session, workspaceId, token, title, onOpenReport }: Props): React.JSX.Element {
  const { t } = useInterchangeTranslation();
  const [importing, setImporting] = useState(false);
  const sheetId = useStore(session.activeSheet);
  const revision = useStore(session.structureRevision);
  const sheetName = useMemo(() => {
    void revision;
    return workbookGrid(session.doc).sheetName(sheetId) ?? '';
  }, [session, sheetId, revision]);
  const activeScenario = useStore(session.activeScenario);
  const scenarioList = useMemo(() => {
    void revision;
    return session.engines.scenarios();
  }, [session, revision]);
  const scenarios = useMemo(() => scenarioList.map((s) => s.name), [scenarioList]);
  // The CSV holds the values of the scenario the planner is looking at (issue 12).
  const scenario = scenarioList.find((s) => s.id === activeScenario)?.name;
  return (
    <>
      <ExportMenu workspaceId={workspaceId} token={token} title={title} sheetName={sheetName} scenarios={scenarios} scenario={scenario} onOpenReport={onOpenReport} />
      {!session.readOnly && (
        <button onClick={() => setImporting(true)}>
          {t('importButton')}
        </button>
      )}
      {!session.readOnly && <ActualsControls session={session} workspaceId={workspaceId} token={token} scenario={scenario} />}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog workspaceId={workspaceId} token={token} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </>
  );
}
