/**
 * A goal's trajectory under every scenario (chart.js, loaded only when a chart is opened): actual
 * months as solid lines, projected months dashed, the target as a red line, the deadline marked.
 */
import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartOptions, type Plugin } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { goalIndicatorIdentity, type GoalDefinition } from '../../../models/goals/goalModel.js';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { formatMonth, goalValueFormat } from '../goals/goalDisplay.js';
import { formatGoalNumber } from '../../../models/format/goalNumbers.js';
import { goalTrajectory } from '../../../models/goals/goalTrajectory.js';
import { plannedLine } from '../goals/planVerdict.js';
import { AdoptedPlanContext } from '../versions/adoptedPlan.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const COLOURS = ['#1a6e3a', '#1971c2', '#d9480f', '#ae3ec9', '#0c8599', '#c2255c'];

export default function GoalChart({ session, goal }: { session: WorkbookSession; goal: GoalDefinition }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const evaluation = useStore(session.evaluation);
  const locale = useStore(session.locale);
  const activeScenario = useStore(session.activeScenario);
  const format = goalValueFormat(session.doc, goal);
  const trajectory = useMemo(() => {
    void evaluation;
    return goalTrajectory(session.doc, session.engines, goal);
  }, [session, goal, evaluation]);
  const target = evaluation.find((e) => e.scenario.id === activeScenario)?.goals.find((g) => g.id === goal.id)?.target;
  const adoptedPlan = useContext(AdoptedPlanContext);

  if (!trajectory) return <p className="muted">{t('chart.noSeries')}</p>;
  const { labels, actual, deadlineIndex } = trajectory;
  const projected = (i: number): boolean => !actual[i];
  const datasets = trajectory.scenarios.map((s, i) => ({
    label: s.name,
    data: s.values,
    borderColor: COLOURS[i % COLOURS.length],
    backgroundColor: COLOURS[i % COLOURS.length],
    borderWidth: s.id === activeScenario ? 3 : 1.5,
    pointRadius: labels.map((_, j) => (actual[j] ? 2.5 : 0)),
    segment: { borderDash: (ctx: { p1DataIndex: number }) => (projected(ctx.p1DataIndex) ? [5, 4] : undefined) },
    spanGaps: true,
  }));
  if (typeof target === 'number') {
    datasets.push({
      label: t('chart.target'),
      data: labels.map(() => target),
      borderColor: '#c92a2a',
      backgroundColor: '#c92a2a',
      borderWidth: 1.5,
      pointRadius: labels.map(() => 0),
      segment: { borderDash: () => [2, 3] },
      spanGaps: true,
    });
  }
  // What the adopted plan projected under the scenario on screen, month by month, beside the actual figures.
  const onScreen = trajectory.scenarios.find((s) => s.id === activeScenario) ?? trajectory.scenarios[0];
  const planned = onScreen ? plannedLine(adoptedPlan, onScreen, { ...goal, indicatorIdentity: goalIndicatorIdentity(session.doc, goal.id) }, labels) : null;
  if (planned) {
    datasets.push({
      label: t('chart.adoptedPlan'),
      data: planned,
      borderColor: '#868e96',
      backgroundColor: '#868e96',
      borderWidth: 1.5,
      pointRadius: labels.map(() => 0),
      segment: { borderDash: () => [12, 3, 3, 3] },
      spanGaps: false,
    });
  }
  const deadlineLabel = t('chart.deadline');
  const deadlinePlugin: Plugin<'line'> = {
    id: 'fxDeadline',
    afterDatasetsDraw(chart) {
      if (deadlineIndex < 0) return;
      const x = chart.scales.x!.getPixelForValue(deadlineIndex);
      const { top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#495057';
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.fillStyle = '#495057';
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.fillText(deadlineLabel, x - 4, top + 10);
      ctx.restore();
    },
  };
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8, callback: (v) => formatMonth(labels[Number(v)] ?? '', i18n.language) } },
      y: { ticks: { callback: (v) => formatGoalNumber(Number(v), format, locale) } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } },
      tooltip: {
        callbacks: {
          title: (items) => formatMonth(labels[items[0]?.dataIndex ?? 0] ?? '', i18n.language) + (projected(items[0]?.dataIndex ?? 0) ? ` (${t('chart.projected')})` : ` (${t('chart.actual')})`),
          label: (item) => `${item.dataset.label ?? ''}: ${formatGoalNumber(item.parsed.y, format, locale)}`,
        },
      },
    },
  };
  return (
    <figure className="goal-chart" aria-label={t('chart.label', { goal: goal.title })}>
      <div className="chart-box">
        <Line data={{ labels, datasets }} options={options} plugins={[deadlinePlugin]} />
      </div>
      <figcaption className="muted">{t('chart.caption')}</figcaption>
    </figure>
  );
}
