/**
 * The printable goal report for a committee meeting: the workspace's title and the date, each
 * scenario's goals with status, margin and month reached, each goal's trajectory with its target,
 * and the key assumptions with their labels. Print-ready on A4 (see reportStyles.ts); the browser
 * saves it as PDF. Pure layout of a GoalReportModel.
 */
import { formatMargin, formatMonth } from '../goals/goalDisplay.js';
import { COMPARATOR_SIGNS, formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import { planDetailText, planVerdictText } from '../goals/planVerdict.js';
import { benchmarkStandingText } from '../goals/benchmarkText.js';
import { shownError } from '../goals/goalVerdict.js';
import { PlanMonthsTable } from './PlanMonthsTable.js';
import { useTranslation } from 'react-i18next';
import type { GoalStatus } from '../../../models/goals/goalStatus.js';
import { DEADLINE_NOT_IN_MONTHS } from '../../../models/goals/goalJudging.js';
import type { GoalReportModel, ReportGoal, ReportScenario } from './goalReportModel.js';
import { REPORT_CSS } from './reportStyles.js';
import { useReportTranslation } from './reportStrings.js';
import { LINE_COLOURS, LINE_DASHES, PLAN_COLOUR, PLAN_DASH, TrajectoryChart } from './TrajectoryChart.js';
import type { CellInput, WorkbookLocale } from '../../../models/workbook/workbookReader.js';

export interface GoalReportProps {
  model: GoalReportModel;
  /** The date printed on the report. */
  generatedAt: Date;
}

const STATUS_KEYS: Record<GoalStatus, 'statusMet' | 'statusMissed' | 'statusQualitative' | 'statusTracked' | 'statusError'> = {
  met: 'statusMet',
  missed: 'statusMissed',
  qualitative: 'statusQualitative',
  tracked: 'statusTracked',
  error: 'statusError',
};
const STATUS_SIGNS: Record<GoalStatus, string> = { met: '✓', missed: '✗', tracked: '→', qualitative: '–', error: '!' };

function requirement(row: ReportGoal, locale: WorkbookLocale, decimals: number | undefined): string {
  const { comparator } = row.goal;
  const target = row.result?.target;
  if (!comparator || target === null || target === undefined) return '';
  return `${COMPARATOR_SIGNS[comparator]} ${formatGoalNumber(target, row.format, locale, decimals)}`;
}

/**
 * Per goal, the decimals its numbers need for every scenario's target to read exactly (goalDecimals),
 * so a goal reads alike in each scenario's table.
 */
function decimalsByGoal(model: GoalReportModel): Map<string, number | undefined> {
  const rows = model.scenarios.flatMap((scenario) => scenario.goals);
  return new Map(rows.map((row) => [row.goal.id, goalDecimals(rows.filter((r) => r.goal.id === row.goal.id).map((r) => r.result?.target), row.format)]));
}

/**
 * "Nået fra sep. 2023", "Nået for sent: feb. 2024" or "Ikke nået" (a cell of its own, so capitalised), as on the dashboard.
 * A narrow column breaks it only before the month ("Nået for sent:" / "feb. 2024"), never inside either part.
 */
function Reached({ result, language, t }: { result: ReportGoal['result']; language: string; t: ReturnType<typeof useReportTranslation>['t'] }): React.JSX.Element {
  if (!result?.reachedAt) return <span className="unbroken">{t('notReached')}</span>;
  const month = formatMonth(result.reachedAt, language);
  const text = result.late ? t('reachedLate', { month }) : t('reachedFrom', { month });
  const at = text.lastIndexOf(month);
  if (at <= 0) return <span className="unbroken">{text}</span>;
  return (
    <>
      <span className="unbroken">{text.slice(0, at).trimEnd()}</span> <span className="unbroken">{text.slice(at)}</span>
    </>
  );
}

function inputText(input: CellInput | undefined, locale: WorkbookLocale, format: Parameters<typeof formatGoalNumber>[1]): string {
  if (input === undefined) return '';
  if (typeof input === 'string') return input.replace(/^'/, '');
  return formatGoalNumber(input, format, locale);
}

function ScenarioTable({ scenario, locale, language, decimals }: { scenario: ReportScenario; locale: WorkbookLocale; language: string; decimals: ReadonlyMap<string, number | undefined> }): React.JSX.Element {
  const { t } = useReportTranslation();
  const { t: tMain } = useTranslation();
  return (
    <section className="report-scenario">
      <h3>{t('scenario', { name: scenario.name })}</h3>
      <p className="scenario-summary">{t('metCount', { met: scenario.met, measurable: scenario.measurable })}</p>
      <table className="report-goals">
        <thead>
          <tr>
            <th className="goal-name">{t('goal')}</th>
            <th>{t('requirement')}</th>
            <th>{t('deadline')}</th>
            <th className="number">{t('value')}</th>
            <th>{t('status')}</th>
            <th className="number margin">{t('margin')}</th>
            <th className="reached">{t('reached')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.goals.map((row) => {
            const { result, status, format } = row;
            const measurable = status === 'met' || status === 'missed';
            const places = decimals.get(row.goal.id);
            return (
              <tr key={row.goal.id}>
                <td className="goal-name">
                  <strong>{row.goal.id}</strong> {row.goal.title}
                </td>
                <td className="number">{requirement(row, locale, places)}</td>
                <td className="month">{row.goal.deadline ? formatMonth(row.goal.deadline, language) : ''}</td>
                <td className="number">{result?.value !== null && result?.value !== undefined ? formatGoalNumber(result.value, format, locale, places) : ''}</td>
                <td className={`status status-${status}`}>
                  {STATUS_SIGNS[status]} {t(STATUS_KEYS[status])}
                  {status === 'error' && result?.error ? ` ${result.error.startsWith(DEADLINE_NOT_IN_MONTHS) ? t('deadlineOutside') : shownError(result.error, locale)}` : ''}
                  {result?.warnings.length ? <span className="report-warning"> ({t('warning')})</span> : null}
                </td>
                <td className="number margin">{result?.margin !== null && result?.margin !== undefined ? formatMargin(result.margin, format, locale, tMain, places) : ''}</td>
                <td className={result?.late ? 'reached late' : 'reached'}>{measurable ? <Reached result={result} language={language} t={t} /> : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function GoalReport({ model, generatedAt }: GoalReportProps): React.JSX.Element {
  const { t, language } = useReportTranslation();
  // The adopted-plan wording is the goal card's (client/src/i18n), so both say the same.
  const { t: tMain } = useTranslation();
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(generatedAt);
  // Numbers in the report's language, as the goal card shows them in the interface's (interfaceLocale):
  // the English report read "60,8 %" beside "percentage points" and the card's "60.8%" (the planner walk-through).
  const locale: WorkbookLocale = language === 'en' ? 'en-GB' : 'da-DK';
  const decimals = decimalsByGoal(model);
  return (
    <article className="goal-report" lang={language}>
      <style>{REPORT_CSS}</style>
      <header>
        <h1>{model.title}</h1>
        <p className="report-meta">
          {t('heading')} · {t('printedOn', { date })}
        </p>
      </header>
      {model.scenarios.map((scenario) => (
        <ScenarioTable key={scenario.id || scenario.name} scenario={scenario} locale={locale} language={language} decimals={decimals} />
      ))}
      <section className="report-trajectories">
        <h2>{t('trajectories')}</h2>
        <p className="muted">{t('trajectoryCaption')}</p>
        {model.trajectories.map((trajectory) => (
          <figure key={trajectory.goal.id} className="report-goal" style={{ margin: '0 0 4mm' }}>
            <h3>
              {trajectory.goal.id} {trajectory.goal.title}
            </h3>
            <TrajectoryChart
              trajectory={trajectory}
              locale={locale}
              language={language}
              label={t('chartLabel', { goal: trajectory.goal.title })}
              targetLabel={(value) => t('targetLine', { value })}
            />
            {trajectory.latestActual && (
              <p className="report-latest-actual">
                {t('latestActual', { value: formatGoalNumber(trajectory.latestActual.value, trajectory.format, locale, decimals.get(trajectory.goal.id)), month: formatMonth(trajectory.latestActual.label, language) })}
              </p>
            )}
            {trajectory.plan && (
              <p className="report-plan" data-on-track={trajectory.plan.comparison.onTrack === null ? undefined : String(trajectory.plan.comparison.onTrack)}>
                {tMain('plan.label')}: {planVerdictText(trajectory.plan, trajectory.format, locale, tMain, decimals.get(trajectory.goal.id))} — {planDetailText(trajectory.plan, trajectory.format, locale, language, tMain, decimals.get(trajectory.goal.id))}
              </p>
            )}
            {trajectory.plan && <PlanMonthsTable versus={trajectory.plan} format={trajectory.format} decimals={decimals.get(trajectory.goal.id)} locale={locale} language={language} />}
            {trajectory.benchmark && (
              <p className="report-benchmark" data-met={String(trajectory.benchmark.met)}>
                {tMain('benchmark.label')}: {benchmarkStandingText(trajectory.benchmark, locale, language, tMain)} — {tMain(trajectory.benchmark.met ? 'benchmark.met' : 'benchmark.missed')}
              </p>
            )}
            <ul className="legend">
              {trajectory.lines.map((line, i) => (
                <li key={line.name}>
                  <svg width="18" height="6" aria-hidden="true">
                    <line x1="0" x2="18" y1="3" y2="3" stroke={LINE_COLOURS[i % LINE_COLOURS.length]} strokeWidth="2" strokeDasharray={LINE_DASHES[i % LINE_DASHES.length]} />
                  </svg>
                  {line.name}
                </li>
              ))}
              {trajectory.plannedLine && (
                <li>
                  <svg width="18" height="6" aria-hidden="true">
                    <line x1="0" x2="18" y1="3" y2="3" stroke={PLAN_COLOUR} strokeWidth="2" strokeDasharray={PLAN_DASH} />
                  </svg>
                  {tMain('chart.adoptedPlan')}
                </li>
              )}
            </ul>
          </figure>
        ))}
      </section>
      {model.rankings.length > 0 && (
        <section className="report-rankings">
          <h2>{t('rankings')}</h2>
          {model.rankings.map(({ goal, benchmark }) => (
            <p key={goal.id} className="report-benchmark" data-met={String(benchmark.met)}>
              <strong>{goal.id}</strong> {goal.title}: {benchmarkStandingText(benchmark, locale, language, tMain)} — {tMain(benchmark.met ? 'benchmark.met' : 'benchmark.missed')}
            </p>
          ))}
        </section>
      )}
      <section className="report-assumptions">
        <h2>{t('assumptions')}</h2>
        {model.assumptions.length === 0 ? (
          <p className="muted">{t('noAssumptions')}</p>
        ) : (
          <>
            <p className="muted">{t('assumptionsIntro')}</p>
            <table>
              <thead>
                <tr>
                  <th>{t('assumption')}</th>
                  <th>{t('cell')}</th>
                  <th className="number">{t('inWorkbook')}</th>
                  {model.scenarioNames.map((name) => (
                    <th key={name} className="number">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {model.assumptions.map((a) => (
                  <tr key={a.address}>
                    <td>{a.label}</td>
                    <td>{a.address}</td>
                    <td className="number">{typeof a.workbookInput === 'string' && a.workbookInput.startsWith('=') ? a.workbookInput : inputText(a.workbookInput, locale, a.format)}</td>
                    {a.values.map((value, i) => (
                      <td key={model.scenarioNames[i] ?? i} className="number">
                        {inputText(value, locale, a.format)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <footer>
        {t('footer', { title: model.title })} · {date}
      </footer>
    </article>
  );
}
