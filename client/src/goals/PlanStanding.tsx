/**
 * The goal card's line on the adopted plan (issue 14): the latest actual month against what the
 * adopted plan projected for it under the scenario on screen — "På sporet" or "Bagud i forhold
 * til planen med N" — with the figures behind it. Nothing without an adopted plan.
 */
import { useTranslation } from 'react-i18next';
import { goalIndicatorIdentity, type GoalDefinition } from '../../../models/goals/goalModel.js';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import { useStore } from '../ui/store.js';
import type { AdoptedPlan } from '../versions/adoptedPlan.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { formatMonth } from './goalDisplay.js';
import { planDetailText, planVerdictText, planVersus } from './planVerdict.js';

interface Props {
  session: WorkbookSession;
  goal: GoalDefinition;
  /** The goal's actual months, oldest first (at least one). */
  actualMonths: ReadonlyArray<{ label: string; value: number }>;
  plan: AdoptedPlan;
  format: CellFormat | undefined;
  /** The card's decimals for the goal's numbers (goalDecimals). */
  decimals?: number;
}

export function PlanStanding({ session, goal, actualMonths, plan, format, decimals }: Props): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const locale = useStore(session.locale);
  const scenarioId = useStore(session.activeScenario);
  if (plan.status === 'none') return null;
  const scenarios = session.engines.scenarios();
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0] ?? { id: '', name: '' };
  const versus = planVersus(plan, scenario, { ...goal, indicatorIdentity: goalIndicatorIdentity(session.doc, goal.id) }, actualMonths);
  const latest = actualMonths[actualMonths.length - 1]!;
  let text: string;
  let detail: string | null = null;
  if (plan.status === 'loading') text = t('plan.loading');
  else if (plan.status === 'failed') text = t(plan.missing ? 'plan.missing' : 'plan.failed');
  else if (!versus) text = t('plan.noMonth', { month: formatMonth(latest.label, i18n.language) });
  else {
    text = planVerdictText(versus, format, locale, t, decimals);
    detail = planDetailText(versus, format, locale, i18n.language, t, decimals);
  }
  const standing = versus?.comparison.onTrack;
  return (
    <>
      <dt>{t('plan.label')}</dt>
      <dd className="goal-plan" data-on-track={standing === undefined || standing === null ? undefined : String(standing)}>
        <span className="goal-plan-verdict">{text}</span>
        {detail && <span className="goal-plan-detail">{detail}</span>}
      </dd>
    </>
  );
}
