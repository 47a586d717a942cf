/**
 * Every goal's sensitivity under the scenario on screen, over the whole window (opened from the
 * goal dashboard): rows goals, columns assumptions (each headed by its label as the planner keeps it
 * in its row, under it the cell's address and the values it was tried at), cells
 * the swing of the goal's margin as the assumption moves 10 % of its value down and up (by 0,10
 * where it is 0). Computed in the engine worker and kept live; exported to .xlsx with
 * exceljs, which loads only when the planner exports. Escape closes it; Tab stays inside it, and
 * focus returns to the button that opened it.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { sensitivityTable } from '../../../models/analysis/sensitivityTable.js';
import { useLiveAnalysis } from '../engines/useLiveAnalysis.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { useDialogFocus } from '../ui/useDialogFocus.js';
import { assumptionFormat, assumptionLabel, triedText } from './goalAnswerRows.js';
import { formatDifference, formatMargin, goalValueFormat } from './goalDisplay.js';
import { goalDecimals } from '../../../models/format/goalNumbers.js';
import { SENSITIVITY_STEP, stepWords } from './sensitivityStep.js';


function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function SensitivityView({ session, onClose }: { session: WorkbookSession; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const locale = useStore(session.locale);
  const scenarioId = useStore(session.activeScenario);
  const { result, error } = useLiveAnalysis(session.doc, () => session.engines.sensitivity(scenarioId, SENSITIVITY_STEP), scenarioId);
  const [exporting, setExporting] = useState(false);
  const dialog = useDialogFocus<HTMLDivElement>(onClose);
  const table = result ? sensitivityTable(result) : null;
  const goals = new Map(session.engines.goals().map((g) => [g.id, { title: g.title, format: goalValueFormat(session.doc, g) }]));
  // The margins with the decimals the goal card gives them (its target's, goalDecimals): MM5's -0,51, not -0,5.
  const evaluation = useStore(session.evaluation);
  const judged = evaluation.find((e) => e.scenario.id === scenarioId)?.goals ?? [];
  const decimalsOf = (id: string): number | undefined => goalDecimals([judged.find((r) => r.id === id)?.target], goals.get(id)?.format);
  const note = t('goalAnswers.swingNote', stepWords(locale, SENSITIVITY_STEP));
  const tried = table?.tried.map((values, i) => triedText(values, assumptionFormat(session.doc, table.inputs[i]!), locale, t)) ?? [];
  // A planner thinks in assumption names, not cell addresses (the planner walk-through): the label heads the column.
  const names = table?.inputs.map((input) => assumptionLabel(session.doc, input)) ?? [];
  const title = t('goalAnswers.sensitivityTitle', { scenario: result?.scenario ?? '' });

  const exportXlsx = async (): Promise<void> => {
    if (!table || exporting) return;
    setExporting(true);
    try {
      const { sensitivityXlsx } = await import('../../../models/interchange/sensitivityXlsx.js');
      const labels = { sheet: t('goalAnswers.sheetName'), title, goal: t('goalAnswers.goal'), goalId: t('goalAnswers.goalId'), margin: t('goalAnswers.margin'), note, tried: t('goalAnswers.triedRow'), cell: t('goalAnswers.cellRow'), points: t('goalAnswers.pointsUnit') };
      const withDecimals = new Map([...goals].map(([id, goal]) => [id, { ...goal, decimals: decimalsOf(id) }]));
      download(await sensitivityXlsx(table, labels, withDecimals, tried, names), `${t('goalAnswers.sheetName')} – ${table.scenario}.xlsx`);
    } catch (e) {
      session.tell('goalAnswers.exportFailed', { error: e instanceof Error ? e.message : String(e) });
    } finally {
      setExporting(false);
    }
  };

  return createPortal(
    <div ref={dialog} className="comparison-page" role="dialog" aria-modal="true" aria-label={title}>
      <div className="comparison-toolbar">
        <h2>{title}</h2>
        <span className="topbar-spacer" />
        {/* Not disabled while exporting: a disabled button drops the keyboard's focus. */}
        <button disabled={!table} aria-busy={exporting} onClick={() => void exportXlsx()}>
          {t('goalAnswers.exportXlsx')}
        </button>
        <button className="primary" autoFocus onClick={onClose}>
          {t('goalAnswers.close')}
        </button>
      </div>
      <div className="comparison-wide">
        <p className="muted">{note}</p>
        {error && <p className="goal-error">{t('goalAnswers.failed', { error })}</p>}
        {!table && !error && <p className="muted">{t('goalAnswers.computing')}</p>}
        {table && (
          <table className="sensitivity-table">
            <thead>
              <tr>
                <th scope="col">{t('goalAnswers.goal')}</th>
                <th scope="col">{t('goalAnswers.margin')}</th>
                {table.inputs.map((input, i) => (
                  <th scope="col" key={input} title={names[i] ? `${names[i]} (${input})` : input} data-assumption={input}>
                    <span className="sensitivity-name">{names[i] ?? input}</span>
                    {names[i] && <span className="sensitivity-address">{input}</span>}
                    <span className="sensitivity-tried" data-tried={input}>
                      {tried[i]}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const goal = goals.get(row.id);
                const decimals = decimalsOf(row.id);
                // A share's margin and swing read in percentage points, as on the goal card ("-4,2 procentpoint").
                const margin = (v: number | null): string => (v === null ? '' : formatMargin(v, goal?.format, locale, t, decimals));
                const swing = (v: number | null): string => (v === null ? '' : formatDifference(v, goal?.format, locale, t, decimals));
                return (
                  <tr key={row.id} data-sensitivity-goal={row.id}>
                    {/* A planner knows the goal by its title (the planner walk-through read ids only); the id under it, small. */}
                    <th scope="row" title={goal?.title ? `${goal.title} (${row.id})` : row.id}>
                      <span className="sensitivity-goal-title">{goal?.title || row.id}</span>
                      {goal?.title && <span className="sensitivity-address sensitivity-goal-id">{row.id}</span>}
                    </th>
                    <td>{margin(row.margin)}</td>
                    {row.swings.map((value, i) => (
                      <td key={table.inputs[i]} data-input={table.inputs[i]}>
                        {swing(value)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>,
    document.body,
  );
}
