/**
 * A goal's target, value and margin read with the decimals its target needs (goalDecimals in
 * client/src/goals/goalDisplay.ts): two scenarios' targets of -2,46 % and -2,5 % both read
 * "-2,5 %" in a percent cell, and a margin of -0,04 procentpoint beside them looked off by 0,1
 * (the planner walk-through). And the printable report's "Ikke nået" starts its cell capitalised.
 */
import type * as Y from 'yjs';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import da from '../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import { formatMargin } from '../../client/src/goals/goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../models/format/goalNumbers.js';
import { GoalReport } from '../../client/src/report/GoalReport.js';
import { goalReportModel } from '../../client/src/report/goalReportModel.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({ lng: 'da', resources: { da: { translation: da }, en: { translation: en } }, interpolation: { escapeValue: false } });

describe('the decimals a goal\'s target needs', () => {
  it.each([
    ['a share the format shows exactly', [0.6], 'percent', undefined],
    ['a share with a second decimal', [-0.0246], 'percent', 2],
    ['the most any of the targets needs', [-0.025, -0.0246, 0.12345], 'percent', 3],
    ['a whole number in an integer cell', [350], 'integer', undefined],
    ['a half in an integer cell', [350.5], 'integer', 1],
    ['a General cell holding 1,5', [1.5], undefined, undefined],
    ['a General cell holding 1,125', [1.125], undefined, 3],
    ['a computed target exact at no few decimals: one more than the format', [-0.024638172], 'percent', 2],
    ['no number to go by', [null, undefined, '#N/A'], 'percent', undefined],
  ] as const)('%s', (_, targets, format, expected) => {
    expect(goalDecimals(targets, format)).toBe(expected);
  });

  it('target, value and margin then add up as shown', () => {
    const decimals = goalDecimals([-0.0246], 'percent');
    const t = i18n.getFixedT('da');
    expect(formatGoalNumber(-0.0246, 'percent', 'da-DK', decimals)).toBe('-2,46 %');
    expect(formatGoalNumber(-0.0242, 'percent', 'da-DK', decimals)).toBe('-2,42 %');
    expect(formatMargin(-0.0246 - -0.0242, 'percent', 'da-DK', t, decimals)).toBe('-0,04 procentpoint');
  });
});

describe('the printable report', () => {
  const open = openWorkbooks();
  const engines: ScenarioEngines[] = [];
  afterEach(() => {
    for (const e of engines.splice(0)) e.destroy();
  });

  async function reportText(language: 'da' | 'en'): Promise<string> {
    const file = workbookFile(
      { Model: { A1: 'Ledighed nær arbejdsmarkedet', B1: -0.0242, C1: -0.0246 } },
      {
        goals: [{ id: 'LED', title: 'Ledighed under landsgennemsnittet', value: 'Model!B1', comparator: '<=', target: '=Model!C1', deadline: '2023-12' }],
        scenarios: [
          { name: 'Basis', inputs: {} },
          { name: 'Skærpet', inputs: { 'Model!C1': -0.025 } },
        ],
      },
    );
    const doc = open.document({ ...file, sheets: file.sheets.map((sheet) => ({ ...sheet, formats: { B1: 'percent', C1: 'percent' } })) });
    return (await reportHtml(doc, language)).replace(/<\/td>/g, ' | ').replace(/<[^>]+>/g, '');
  }

  /** The report of `doc` under its scenarios, rendered in `language`. */
  async function reportHtml(doc: Y.Doc, language: 'da' | 'en'): Promise<string> {
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    await i18n.changeLanguage(language);
    return renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <GoalReport model={goalReportModel(doc, computation)} generatedAt={new Date(Date.UTC(2024, 0, 15, 12))} />
      </I18nextProvider>,
    );
  }

  it('shows each scenario\'s target apart, with value and margin to the same decimals', async () => {
    const text = await reportText('da');
    expect(text).toContain('≤ -2,46 % | dec. 2023 | -2,42 % | ✗ Ikke opfyldt | -0,04 procentpoint | Ikke nået |');
    expect(text).toContain('≤ -2,50 % | dec. 2023 | -2,42 % | ✗ Ikke opfyldt | -0,08 procentpoint | Ikke nået |');
  });

  it.each([
    ['da', 'Seneste faktiske tal: 7,90 % (dec. 2022)', '≥ 6,98 %'],
    ['en', 'Latest actual figure: 7.90% (Dec 2022)', '≥ 6.98%'],
  ] as const)("reads LM1a's numbers as the goal card does in the planner's language (%s): the latest actual with its target's decimals", async (language, latest, requirement) => {
    const doc = documentFromFile(beskaeftigelsesplanTemplate());
    const text = (await reportHtml(doc, language)).replace(/<[^>]+>/g, ' ');
    // The card's "7,90 %" (the report read 7,9 %), and in English "7.90%" (the report read 7,90 % beside English words).
    expect(text.split('LM1a ').at(-1)).toContain(latest);
    expect(text).toContain(requirement);
    doc.destroy();
  });

  it('starts a goal not reached with a capital, in Danish and English', async () => {
    expect(await reportText('da')).not.toContain('| ikke nået');
    expect(await reportText('en')).toContain('| Not reached |');
  });
});
