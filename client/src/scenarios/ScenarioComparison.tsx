/**
 * Goals as rows (title, target, deadline), scenarios as columns: each cell the status, value,
 * margin, month reached and the difference to the base scenario. In the side panel it is compact;
 * "Fuld bredde" opens it over the whole window, where six scenarios fit side by side and it prints
 * on A4 landscape (the print rules are in styles.css, `.comparison-page`).
 */
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { formatMargin, formatMonth } from '../goals/goalDisplay.js';
import { COMPARATOR_SIGNS, formatGoalNumber, goalDecimals, shownDifference } from '../../../models/format/goalNumbers.js';
import { errorShort, reachedText, statusLabel } from '../goals/goalVerdict.js';
import { comparisonRows, type ComparisonRow } from './comparisonRows.js';
import { useDialogFocus } from '../ui/useDialogFocus.js';


function ComparisonTable({ session, wide }: { session: WorkbookSession; wide: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const evaluation = useStore(session.evaluation);
  const locale = useStore(session.locale);
  const active = useStore(session.activeScenario);
  const rows = useMemo(() => comparisonRows(session.doc, session.engines.goals(), evaluation), [session, evaluation]);
  const baseName = evaluation[0]?.scenario.name ?? '';
  // Per goal, the decimals that show every scenario's target exactly (goalDecimals): targets of
  // -2,46 % and -2,5 % read apart, and value, target and margin add up in each column.
  const decimals = useMemo(() => new Map(rows.map((row) => [row.goal.id, goalDecimals([row.target, ...row.cells.map((c) => c.result?.target)], row.format)])), [rows]);
  const number = (row: ComparisonRow, value: Parameters<typeof formatGoalNumber>[0]): string => formatGoalNumber(value, row.format, locale, decimals.get(row.goal.id));
  // The difference of the two values as shown, so "6,40 %" against "7,57 %" reads -1,17, not the exact -1,16(49).
  const shownDiff = (row: ComparisonRow, value: unknown, difference: number): number => {
    const base = row.cells[0]?.result?.value;
    return typeof value === 'number' && typeof base === 'number' ? shownDifference(value, base, row.format, decimals.get(row.goal.id)) : difference;
  };

  return (
    <table className={wide ? 'comparison-table wide' : 'comparison-table'}>
      <caption className="visually-hidden">{t('comparison.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('comparison.goal')}</th>
          {wide && <th scope="col">{t('goalVerdict.comparisonRequirement')}</th>}
          {wide && <th scope="col">{t('goalVerdict.comparisonDeadline')}</th>}
          {evaluation.map(({ scenario }, i) => (
            <th key={scenario.id} scope="col" className={scenario.id === active ? 'active' : undefined} data-scenario={scenario.name}>
              <button className="link" onClick={() => session.showScenario(scenario.id)}>
                {scenario.name}
              </button>
              {i === 0 && evaluation.length > 1 && <span className="comparison-base">{t('goalVerdict.comparisonBase')}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.goal.id} data-comparison-goal={row.goal.id}>
            <th scope="row" title={row.goal.description ?? row.goal.title}>
              <span className="comparison-goal-id">{row.goal.id}</span>
              {wide && <span className="comparison-goal-title">{row.goal.title}</span>}
            </th>
            {wide && (
              <td className="comparison-requirement">
                {row.goal.comparator && row.target !== null ? `${COMPARATOR_SIGNS[row.goal.comparator]} ${number(row, row.target)}` : ''}
              </td>
            )}
            {wide && <td className="comparison-deadline">{row.goal.deadline ? formatMonth(row.goal.deadline, i18n.language) : ''}</td>}
            {row.cells.map(({ scenarioId, result, status, difference }) => {
              const reached = reachedText(result, i18n.language, t);
              return (
                <td key={scenarioId} data-comparison-status={status} className={`status-${status}`}>
                  <span className={`badge badge-${status}`}>{statusLabel(status, t)}</span>
                  <span className="comparison-value">{result?.error ? errorShort(result, t, locale) : number(row, result?.value ?? null)}</span>
                  {result?.margin !== null && result?.margin !== undefined && (
                    <span className={`comparison-margin ${result.margin >= 0 ? 'positive' : 'negative'}`}>
                      {t('goalVerdict.comparisonMargin')} {formatMargin(result.margin, row.format, locale, t, decimals.get(row.goal.id))}
                    </span>
                  )}
                  {reached && (
                    <span className="comparison-reached" data-late={result?.late || undefined}>
                      {reached}
                    </span>
                  )}
                  {difference !== null && (
                    <span className="comparison-diff">{t('goalVerdict.comparisonDiff', { diff: formatMargin(shownDiff(row, result?.value, difference), row.format, locale, t, decimals.get(row.goal.id)), base: baseName })}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The comparison over the whole window, a modal view: Tab stays in it, Escape closes it and the
 * focus goes back to "Fuld bredde" (it was left on the page's body: the planner walk-through).
 */
function WideComparison({ session, onClose }: { session: WorkbookSession; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const dialog = useDialogFocus<HTMLDivElement>(onClose);
  return createPortal(
    <div className="comparison-page" ref={dialog} role="dialog" aria-modal="true" aria-label={t('comparison.title')}>
      <div className="comparison-toolbar">
        <h2>{t('comparison.title')}</h2>
        <span className="topbar-spacer" />
        <button onClick={() => window.print()}>{t('goalVerdict.comparisonPrint')}</button>
        <button className="primary" autoFocus onClick={onClose}>
          {t('goalVerdict.comparisonClose')}
        </button>
      </div>
      <div className="comparison comparison-wide">
        <ComparisonTable session={session} wide />
      </div>
    </div>,
    document.body,
  );
}

export default function ScenarioComparison({ session }: { session: WorkbookSession }): React.JSX.Element {
  const { t } = useTranslation();
  const [wide, setWide] = useState(false);

  return (
    <div className="comparison">
      <div className="panel-heading">
        <h2>{t('comparison.title')}</h2>
        <button className="small" onClick={() => setWide(true)} title={t('goalVerdict.comparisonWideHint')}>
          {t('goalVerdict.comparisonWide')}
        </button>
      </div>
      <div className="comparison-scroll">
        <ComparisonTable session={session} wide={false} />
      </div>
      {wide && <WideComparison session={session} onClose={() => setWide(false)} />}
    </div>
  );
}
