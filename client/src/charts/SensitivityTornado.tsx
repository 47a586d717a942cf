/**
 * A goal's tornado (chart.js, in the lazily loaded "Hvad skal der til?" panel): for each
 * assumption, the goal's margin with the assumption moved down and up by the step, as bars from
 * the current margin; the widest swing on top. Each assumption's row names the values it was
 * tried at ("0,00 → -0,10 / 0,10"): the step is a share of the value, and an assumption at 0
 * moves by an absolute amount, so "±10 %" alone would not say what was tried. Bars right of the line help the goal. The same
 * numbers sit in a visually hidden table for screen readers.
 */
import { useTranslation } from 'react-i18next';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { GoalSensitivity } from '../../../models/analysis/goalAnswers.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { triedText } from '../goals/goalAnswerRows.js';
import { formatMargin, formatMarginTick, marginAxisTitle } from '../goals/goalDisplay.js';
import { formatGoalNumber } from '../../../models/format/goalNumbers.js';
import { stepWords } from '../goals/sensitivityStep.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Props {
  sensitivity: GoalSensitivity;
  step: number;
  /** The goal's format, for the margins. */
  format: CellFormat | undefined;
  /** The margins' decimals, as on the goal card (goalDecimals). */
  decimals?: number;
  locale: WorkbookLocale;
  /** An assumption's format, in which the values it was tried at read. */
  inputFormat: (address: string) => CellFormat | undefined;
}

export function SensitivityTornado({ sensitivity, step, format, decimals, locale, inputFormat }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const margin = sensitivity.margin ?? 0;
  const inputs = sensitivity.inputs.filter((i) => i.marginLow !== null && i.marginHigh !== null);
  if (sensitivity.margin === null || inputs.length === 0) return <p className="muted">{t('goalAnswers.noSensitivity')}</p>;
  // Two lines on the axis: the address, then the values tried.
  const labels = inputs.map((i) => [i.input, triedText(i, inputFormat(i.input), locale, t)]);
  const words = stepWords(locale, step);
  const lowLabel = t('goalAnswers.tornadoLow');
  const highLabel = t('goalAnswers.tornadoHigh');
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
    scales: {
      // A share's margins in percentage points, as the table and the goal card read them.
      x: { title: { display: true, text: marginAxisTitle(format, t) }, ticks: { callback: (v) => formatMarginTick(Number(v), format, locale) } },
      // Every assumption's two-line label shows (chart.js would skip some to save room).
      y: { ticks: { autoSkip: false, font: { size: 11 } } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const [, end] = item.raw as [number, number];
            const input = inputs[item.dataIndex]!;
            const value = formatGoalNumber(item.datasetIndex === 0 ? input.low : input.high, inputFormat(input.input), locale);
            return `${item.dataset.label ?? ''} (${value}): ${t('goals.margin')} ${formatMargin(end, format, locale, t, decimals)}`;
          },
        },
      },
    },
  };
  return (
    <figure className="goal-tornado" aria-label={t('goalAnswers.tornadoLabel')} data-tornado-inputs={inputs.length}>
      <div className="chart-box" style={{ height: `${Math.max(120, 48 + inputs.length * 44)}px` }}>
        <Bar data={{ labels, datasets }} options={options} />
      </div>
      <figcaption className="muted">{t('goalAnswers.tornadoCaption', { margin: formatMargin(margin, format, locale, t, decimals), ...words })}</figcaption>
      {/* The chart's numbers for a screen reader: a canvas says nothing. A table keeps its rows'
          height whatever its own, so the box that hides it is a div: the table itself, positioned,
          made the whole page scrollable below the side panel (the planner walk-through); the figure,
          positioned (styles.css), keeps the div inside the side panel's scroll. */}
      <div className="visually-hidden">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('goalAnswers.assumption')}</th>
              <th scope="col">{t('goalAnswers.triedRow')}</th>
              <th scope="col">{lowLabel}</th>
              <th scope="col">{highLabel}</th>
            </tr>
          </thead>
          <tbody>
            {inputs.map((i) => (
              <tr key={i.input}>
                <th scope="row">{i.input}</th>
                <td>{triedText(i, inputFormat(i.input), locale, t)}</td>
                <td>{formatMargin(i.marginLow!, format, locale, t, decimals)}</td>
                <td>{formatMargin(i.marginHigh!, format, locale, t, decimals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
