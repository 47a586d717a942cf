/**
 * The export menu: the workspace as .xlsx, one scenario as .xlsx, the current sheet's values as
 * CSV under the scenario the planner is looking at (separator and decimal mark chosen here;
 * Danish defaults; the file is named after workbook, sheet and scenario), and the printable goal
 * report.
 * Viewers and editors may export.
 *
 * @example <ExportMenu workspaceId={id} token={token} sheetName={activeSheetName} scenarios={names} scenario={activeName} onOpenReport={showReport} />
 */
import { useState } from 'react';
import { useMenu } from '../ui/useMenu.js';
import { downloadFile, exportXlsxPath, sheetCsvPath, type CsvDecimal, type CsvExportSeparator } from './interchangeApi.js';
import { useInterchangeTranslation } from './importExportStrings.js';
import { csvExportFileName, xlsxExportFileName } from '../../../models/interchange/exportFileNames.js';

export interface ExportMenuProps {
  workspaceId: string;
  token: string;
  /** The workspace's title, for file names when the server gives none. */
  title: string;
  /** The sheet offered as CSV (the one the planner is looking at). */
  sheetName: string;
  /** Scenario names, in order. */
  scenarios: readonly string[];
  /** The scenario the planner is looking at: the CSV holds its values. Without it, the sheet's own. */
  scenario?: string;
  /** Opens the printable goal report; the item is hidden without it. */
  onOpenReport?: () => void;
}

export function ExportMenu({ workspaceId, token, title, sheetName, scenarios, scenario, onOpenReport }: ExportMenuProps): React.JSX.Element {
  const { t } = useInterchangeTranslation();
  const menu = useMenu<HTMLDivElement, HTMLDivElement>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [separator, setSeparator] = useState<CsvExportSeparator>(';');
  const [decimal, setDecimal] = useState<CsvDecimal>(',');
  const item = { display: 'block', width: '100%', textAlign: 'left', margin: '2px 0' } as const;

  const download = async (path: string, fallback: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(path, token, fallback);
      // The chosen item (disabled while the file downloads, then gone) left the focus on the page's body (the planner walk-through).
      menu.closeToToggle();
    } catch (e) {
      setError(t('exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={menu.root} onBlur={menu.onBlur} style={{ position: 'relative', display: 'inline-block' }}>
      <button {...menu.toggleProps}>{t('exportMenu')}</button>
      {menu.open && (
        <div className="export-menu-items" role="menu" aria-label={t('exportMenu')} ref={menu.menu} onKeyDown={menu.onMenuKeyDown} style={{ position: 'absolute', zIndex: 20, background: '#fff', border: '1px solid #ced4da', borderRadius: 6, padding: 8, minWidth: 280, boxShadow: '0 4px 16px rgba(0,0,0,.12)' }}>
          <button type="button" role="menuitem" style={item} disabled={busy} onClick={() => void download(exportXlsxPath(workspaceId), xlsxExportFileName(title))}>
            {t('exportWorkspace')}
          </button>
          {scenarios.map((name) => (
            <button key={name} type="button" role="menuitem" style={item} disabled={busy} onClick={() => void download(exportXlsxPath(workspaceId, name), xlsxExportFileName(title, name))}>
              {t('exportScenario', { name })}
            </button>
          ))}
          <hr />
          <button
            type="button"
            role="menuitem"
            style={item}
            disabled={busy}
            onClick={() => void download(sheetCsvPath(workspaceId, sheetName, separator, decimal, scenario), csvExportFileName(title, sheetName, scenario))}
          >
            {scenario === undefined ? t('exportSheetCsv', { name: sheetName }) : t('exportSheetCsvScenario', { name: sheetName, scenario })}
          </button>
          <label>
            {t('separator')}{' '}
            <select
              value={separator}
              onChange={(e) => {
                const next = e.target.value === ',' ? ',' : ';';
                setSeparator(next);
                // The server refuses the same mark for both; the other decimal mark follows.
                if (next === ',') setDecimal('.');
              }}
            >
              <option value=";">{t('semicolon')}</option>
              <option value=",">{t('comma')}</option>
            </select>
          </label>{' '}
          <label>
            {t('decimal')}{' '}
            <select
              value={decimal}
              onChange={(e) => {
                const next = e.target.value === '.' ? '.' : ',';
                setDecimal(next);
                if (next === ',') setSeparator(';');
              }}
            >
              <option value=",">{t('comma')}</option>
              <option value=".">{t('point')}</option>
            </select>
          </label>
          {onOpenReport && (
            <>
              <hr />
              <button
                type="button"
                role="menuitem" style={item}
                onClick={() => menu.choose(onOpenReport)}
              >
                {t('goalReport')}
              </button>
            </>
          )}
          {busy && <p aria-live="polite">{t('downloading')}</p>}
          {error && <p role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
