/**
 * A goal's trajectory as an SVG line chart for print: one line per scenario, the target as a red
 * dashed line, the deadline as a vertical line. SVG rather than a canvas so the PDF stays sharp
 * and the chart is drawn without waiting for scripts.
 */
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMonth } from '../goals/goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import type { ReportTrajectory } from './goalReportModel.js';

export const LINE_COLOURS = ['#1a6e3a', '#1971c2', '#d9480f', '#ae3ec9', '#0c8599', '#c2255c'];
/** Scenarios also differ by dash, so a black-and-white print tells them apart. */
export const LINE_DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
/** The adopted plan's line: grey, with a dash no scenario uses. */
export const PLAN_COLOUR = '#868e96';
export const PLAN_DASH = '12 3 3 3';

const WIDTH = 640;
const HEIGHT = 210;
const LEFT = 64;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/** Axis bounds and ticks at round steps (1, 2, 2.5 or 5 times a power of ten). */
function niceAxis(values: number[]): { low: number; high: number; ticks: number[] } {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const rough = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  // Each tick a whole number of steps: adding the step up from the first left 0 as -2.8e-17,
  // which read "-0,0 %" on MM5's axis (the planner walk-through).
  const ticks: number[] = [];
  const firstStep = Math.round(first / step);
  for (let k = firstStep; k * step <= last + step / 2 && ticks.length < 12; k++) ticks.push(k === 0 ? 0 : Number((k * step).toPrecision(12)));
  return { low: first, high: last, ticks };
}

interface TrajectoryChartProps {
  trajectory: ReportTrajectory;
  locale: WorkbookLocale;
  language: string;
  /** Accessible name of the chart. */
  label: string;
  targetLabel: (value: string) => string;
}

function axisText(value: number, format: CellFormat | undefined, locale: WorkbookLocale): string {
  return formatGoalNumber(value, format === 'number' ? undefined : format, locale);
}

/** An SVG path through the values, broken where a month has none. */
function linePath(values: ReadonlyArray<number | null>, x: (i: number) => number, y: (v: number) => number): string {
  let path = '';
  values.forEach((v, i) => {
    if (v === null) return;
    path += `${path === '' || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  return path;
}

export function TrajectoryChart({ trajectory, locale, language, label, targetLabel }: TrajectoryChartProps): React.JSX.Element {
  const { labels, lines, targets, deadlineIndex, format, plannedLine } = trajectory;
  const drawn = plannedLine ? [...lines, { name: '', values: plannedLine }] : lines;
  const numbers = [...drawn.flatMap((l) => l.values.filter((v): v is number => v !== null)), ...targets.map((t) => t.value)];
  const { low, high, ticks } = niceAxis(numbers.length > 0 ? numbers : [0, 1]);
  const x = (i: number): number => LEFT + ((WIDTH - LEFT - RIGHT) * i) / Math.max(1, labels.length - 1);
  const y = (v: number): number => TOP + ((HEIGHT - TOP - BOTTOM) * (high - v)) / (high - low);
  const step = Math.max(1, Math.ceil(labels.length / 7));
  // Two scenarios' targets of -2,46 % and -2,5 % label their lines apart.
  const targetPlaces = goalDecimals(targets.map((t) => t.value), format);
  return (
    <svg className="report-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <rect x={LEFT} y={TOP} width={WIDTH - LEFT - RIGHT} height={HEIGHT - TOP - BOTTOM} fill="none" stroke="#ced4da" />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#f1f3f5" />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize="10" fill="#495057">
            {axisText(tick, format, locale)}
          </text>
        </g>
      ))}
      {labels.map((month, i) =>
        i % step === 0 ? (
          <text key={month + i} x={x(i)} y={HEIGHT - 10} textAnchor={x(i) > WIDTH - RIGHT - 30 ? 'end' : 'middle'} fontSize="10" fill="#495057">
            {formatMonth(month, language)}
          </text>
        ) : null,
      )}
      {deadlineIndex >= 0 && <line x1={x(deadlineIndex)} x2={x(deadlineIndex)} y1={TOP} y2={HEIGHT - BOTTOM} stroke="#495057" strokeDasharray="4 3" />}
      {targets.map((target) => (
        <g key={target.scenario}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(target.value)} y2={y(target.value)} stroke="#c92a2a" strokeWidth="1.5" strokeDasharray="5 4" />
          <text x={WIDTH - RIGHT - 4} y={y(target.value) - 4} textAnchor="end" fontSize="10" fill="#c92a2a">
            {targetLabel(formatGoalNumber(target.value, format, locale, targetPlaces))}
            {targets.length > 1 ? ` (${target.scenario})` : ''}
          </text>
        </g>
      ))}
      {plannedLine && <path className="report-chart-plan" d={linePath(plannedLine, x, y)} fill="none" stroke={PLAN_COLOUR} strokeWidth="1.5" strokeDasharray={PLAN_DASH} />}
      {lines.map((line, s) => (
        <path key={line.name} d={linePath(line.values, x, y)} fill="none" stroke={LINE_COLOURS[s % LINE_COLOURS.length]} strokeWidth="2" strokeDasharray={LINE_DASHES[s % LINE_DASHES.length]} />
      ))}
    </svg>
  );
}
