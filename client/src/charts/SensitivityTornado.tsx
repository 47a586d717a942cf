/**
 * A goal's tornado (chart.js, in the lazily loaded "Hvad skal der til?" panel): for each
 * assumption, the goal's margin with the assumption moved down and up by the step, as bars from
 * the current margin; the widest swing on top. Each assumption's row gives its name and the values
 * it was tried at ("1,00 → 0,90 / 1,10"): the step is a share of the value, an assumption at 0
 * moves by an absolute amount, and a tried value stays within the values the assumption may take
 * ("0,00 → 0,00 / 0,10"), so "±10 %" alone would not say what was tried. Bars right of the line help the goal. The same
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
  /** An assumption's label (the text at the start of its row), which names its bar where it has one. */
  inputLabel: (address: string) => string | undefined;
}

/** Characters in a line of an assumption's label on the axis. */
export const AXIS_LABEL_WIDTH = 30;

/** A label in lines of about `width` characters, at most `lines` of them (the last cut with "…"), for the chart's axis. */
export function axisLines(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.length <= lines ? out : [...out.slice(0, lines - 1), `${out[lines - 1]!.slice(0, width - 1)}…`];
}

export function SensitivityTornado({ sensitivity, step, format, decimals, locale, inputFormat, inputLabel }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const margin = sensitivity.margin ?? 0;
  const inputs = sensitivity.inputs.filter((i) => i.marginLow !== null && i.marginHigh !== null);
  if (sensitivity.margin === null || inputs.length === 0) return <p className="muted">{t('goalAnswers.noSensitivity')}</p>;
  // On the axis the assumption's name (the address where it has none), then the values tried; the
  // tooltip and the hidden table give the address too.
  const nameOf = (address: string): string => inputLabel(address) ?? address;
  // 30 characters: chart.js gives the axis at most half the card's chart (about 165 px), and a
  // 34-character line of 11 px text lost its first letters at the card's edge ("lighed og offentlig …").
  const labels = inputs.map((i) => [...axisLines(nameOf(i.input), AXIS_LABEL_WIDTH, 2), triedText(i, inputFormat(i.input), locale, t)]);
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
          title: (items) => (items[0] ? `${nameOf(inputs[items[0].dataIndex]!.input)} (${inputs[items[0].dataIndex]!.input})` : ''),
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
      <div className="chart-box" style={{ height: `${Math.max(120, 48 + inputs.length * 60)}px` }}>
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
                <th scope="row">
                  {nameOf(i.input)} ({i.input})
                </th>
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
