/**
 * A minimal page hosting the export menu and the import dialog against a real server, for the
 * browser test (the app shell mounts them elsewhere). The workspace and token come in the
 * fragment: `#workspace=<id>&token=<token>`.
 */
import i18next from 'i18next';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { ScenarioEngines } from '../../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../../models/templates/templates.js';
import { ExportMenu } from '../../../client/src/importExport/ExportMenu.js';
import GoalReportPage from '../../../client/src/report/GoalReportPage.js';
import { ImportDialog } from '../../../client/src/importExport/ImportDialog.js';
import { useInterchangeTranslation } from '../../../client/src/importExport/importExportStrings.js';

const params = new URLSearchParams(location.hash.slice(1));
const workspaceId = params.get('workspace') ?? '';
const token = params.get('token') ?? '';

/** `#report`: the goal report page for the template, as the app would mount it. */
function Report(): React.JSX.Element {
  const [session] = useState(() => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    return { doc, engines: new ScenarioEngines(doc) };
  });
  return <GoalReportPage doc={session.doc} engines={session.engines} onClose={() => undefined} />;
}

function Page(): React.JSX.Element {
  const { t } = useInterchangeTranslation();
  const [importing, setImporting] = useState(false);
  const [last, setLast] = useState('');
  return (
    <main style={{ padding: 16, fontFamily: 'system-ui' }}>
      <ExportMenu workspaceId={workspaceId} token={token} title="Beskæftigelsesplan 2023" sheetName="Forudsætninger" scenarios={['Basis', 'Lavkonjunktur']} onOpenReport={() => setLast('report')} />{' '}
      <button type="button" onClick={() => setImporting(true)}>
        {t('importButton')}
      </button>
      <output data-testid="last">{last}</output>
      {importing && <ImportDialog workspaceId={workspaceId} token={token} onClose={() => setImporting(false)} onImported={(answer) => setLast(answer.imported.sheets.map((s) => s.name).join(','))} />}
    </main>
  );
}

void i18next
  .use(initReactI18next)
  .init({ lng: 'da', fallbackLng: 'da', resources: {}, interpolation: { escapeValue: false } })
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        {params.has('report') ? <Report /> : <Page />}
      </StrictMode>,
    );
  });
