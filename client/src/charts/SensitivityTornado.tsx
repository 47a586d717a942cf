/**
 * A goal's tornado (chart.js, in the lazily loaded "Hvad skal der til?" panel): for each
 * assumption, the goal's margin with the assumption moved down and up by the step, as bars from
 * the current margin; the widest swing on top. Bars right of the line help the goal. The same
 * numbers sit in a visually hidden table for screen readers.
 */
import { useTranslation } from 'react-i18next';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { GoalSensitivity } from '../../../models/analysis/goalAnswers.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatGoalNumber, formatMargin } from '../goals/goalDisplay.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Props {
  sensitivity: GoalSensitivity;
  step: number;
  /** The goal's format, for the margins. */
  format: CellFormat | undefined;
  locale: WorkbookLocale;
}

export function SensitivityTornado({ sensitivity, step, format, locale }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const margin = sensitivity.margin ?? 0;
  const inputs = sensitivity.inputs.filter((i) => i.marginLow !== null && i.marginHigh !== null);
  if (sensitivity.margin === null || inputs.length === 0) return <p className="muted">{t('goalAnswers.noSensitivity')}</p>;
  const labels = inputs.map((i) => i.input);
  const percent = formatGoalNumber(step, 'percent', locale);
  const lowLabel = t('goalAnswers.tornadoLow', { step: percent });
  const highLabel = t('goalAnswers.tornadoHigh', { step: percent });
  const datasets = [
    { label: lowLabel, data: inputs.map((i): [number, number] => [margin, i.marginLow!]), backgroundColor: '#d9480f' },
    { label: highLabel, data: inputs.map((i): [number, number] => [margin, i.marginHigh!]), backgroundColor: '#1971c2' },
  ];
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    indexAxis: 'y',
    // Both bars of an assumption on one row, left and right of the current margin.
    datasets: { bar: { grouped: false } },
    scales: { x: { ticks: { callback: (v) => formatGoalNumber(Number(v), format, locale) } } },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const [, end] = item.raw as [number, number];
            return `${item.dataset.label ?? ''}: ${t('goals.margin')} ${formatGoalNumber(end, format, locale)}`;
          },
        },
      },
    },
  };
  return (
    <figure className="goal-tornado" aria-label={t('goalAnswers.tornadoLabel')} data-tornado-inputs={inputs.length}>
      <div className="chart-box" style={{ height: `${Math.max(120, 40 + inputs.length * 32)}px` }}>
        <Bar data={{ labels, datasets }} options={options} />
      </div>
      <figcaption className="muted">{t('goalAnswers.tornadoCaption', { margin: formatMargin(margin, format, locale, t), step: percent })}</figcaption>
      {/* The chart's numbers for a screen reader: a canvas says nothing. */}
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('goalAnswers.assumption')}</th>
            <th scope="col">{lowLabel}</th>
            <th scope="col">{highLabel}</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((i) => (
            <tr key={i.input}>
              <th scope="row">{i.input}</th>
              <td>{formatMargin(i.marginLow!, format, locale, t)}</td>
              <td>{formatMargin(i.marginHigh!, format, locale, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
