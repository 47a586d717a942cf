/**
 * The printable report's month-by-month table against the adopted plan (issue 14): every actual
 * month since the plan with the actual figure, the plan's and the verdict, worded as the goal card
 * words the latest month (planVerdict.ts).
 */
import { useTranslation } from 'react-i18next';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatDifference, formatMonth } from '../goals/goalDisplay.js';
import { formatGoalNumber, shownDifference } from '../../../models/format/goalNumbers.js';
import { planVerdictText, type PlanVersus } from '../goals/planVerdict.js';

interface Props {
  versus: PlanVersus;
  format: CellFormat | undefined;
  /** The goal's decimals, as on its card (goalDecimals). */
  decimals?: number;
  locale: WorkbookLocale;
  language: string;
}

export function PlanMonthsTable({ versus, format, decimals, locale, language }: Props): React.JSX.Element | null {
  const { t } = useTranslation();
  if (versus.months.length === 0) return null;
  return (
    <table className="report-plan-months">
      <caption>{t('plan.monthsCaption', { version: versus.version })}</caption>
      <thead>
        <tr>
          <th>{t('plan.month')}</th>
          <th className="number">{t('plan.actual')}</th>
          <th className="number">{t('plan.planned')}</th>
          <th className="number">{t('plan.differenceColumn')}</th>
          <th>{t('plan.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {versus.months.map((month) => {
          // The difference of the two figures as shown, so the row adds up as a planner reads it.
          const shown = shownDifference(month.actual, month.planned, format, decimals);
          const difference = formatDifference(shown, format, locale, t, decimals);
          return (
            <tr key={month.month} data-on-track={month.onTrack === null ? undefined : String(month.onTrack)}>
              <td className="month">{formatMonth(month.month, language)}</td>
              <td className="number">{formatGoalNumber(month.actual, format, locale, decimals)}</td>
              <td className="number">{formatGoalNumber(month.planned, format, locale, decimals)}</td>
              <td className="number">{shown > 0 ? `+${difference}` : difference}</td>
              <td>{planVerdictText({ ...versus, comparison: month }, format, locale, t, decimals)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
