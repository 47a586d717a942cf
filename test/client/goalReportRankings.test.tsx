/**
 * A rank goal without a monthly trajectory in the printable report: its place on the benchmark
 * ranking is printed as the goal card shows it (it had no chart to sit under, so it was missing).
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json';
import { GoalReport } from '../../client/src/report/GoalReport.js';
import { goalReportModel } from '../../client/src/report/goalReportModel.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { RANK_MEASURE } from '../../models/actuals/rankingSheets.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { municipalities } from '../support/jobindsatsFixtures.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

describe('the printable report of a rank goal without a trajectory', () => {
  const open = openWorkbooks();
  const engines: ScenarioEngines[] = [];
  afterEach(() => {
    for (const e of engines.splice(0)) e.destroy();
  });

  it('prints its place on the benchmark ranking, with Opfyldt or Ikke opfyldt, as the card does', async () => {
    const template = beskaeftigelsesplanTemplate();
    // LM1a judged on its ranking alone: no monthly trajectory to draw.
    const goals = template.goals!.map((goal) => (goal.id === 'LM1a' ? { ...goal, series: undefined, periods: undefined } : goal));
    const ranks = municipalities().map((_, i) => [i + 1]);
    const file = withActualsSheet({ ...template, goals }, { dimension: 'Område', measure: RANK_MEASURE, periods: ['2023-12'], rowLabels: municipalities(), values: ranks }, 'Benchmark LM1a');
    const doc = open.document(file);
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const model = goalReportModel(doc, computation);
    expect(model.trajectories.find((t) => t.goal.id === 'LM1a')).toBeUndefined();
    const roskilde = municipalities().indexOf('Roskilde') + 1;
    expect(model.rankings).toEqual([{ goal: expect.objectContaining({ id: 'LM1a' }), benchmark: expect.objectContaining({ municipality: 'Roskilde', rank: roskilde, of: 98 }) }]);

    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { translation: da } }, interpolation: { escapeValue: false } });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <GoalReport model={model} generatedAt={new Date(Date.UTC(2024, 0, 15, 12))} />
      </I18nextProvider>,
    );
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Placering på benchmarkranglisten');
    expect(text).toContain(`LM1a ${goals.find((g) => g.id === 'LM1a')!.title}: Roskilde: nr. ${roskilde} af 98 i dec. 2023`);
    expect(text).toContain(roskilde <= 19 ? '— Opfyldt' : '— Ikke opfyldt');
  });
});
