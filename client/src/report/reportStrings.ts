/**
 * The goal report's texts (Danish and English), added to i18next as the `report` namespace so the
 * main translation files stay untouched. `useReportTranslation` registers them on first use.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REPORT_LABELS } from '../../../models/interchange/reportLabels.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

export const REPORT_NAMESPACE = 'report';

/** The labels the report shares with the export's report sheets (models/interchange/reportLabels.ts). */
function sharedLabels(locale: WorkbookLocale) {
  const { met, missed, qualitative, tracked, error, late, ...columns } = REPORT_LABELS[locale];
  return { ...columns, statusMet: met, statusMissed: missed, statusQualitative: qualitative, statusTracked: tracked, statusError: error, lateMark: late };
}

const da = {
  ...sharedLabels('da-DK'),
  heading: 'Målrapport',
  printedOn: 'Udskrevet {{date}}',
  print: 'Udskriv / gem som PDF',
  close: 'Luk rapporten',
  scenario: 'Scenarie: {{name}}',
  metCount: '{{met}} af {{measurable}} målbare mål opfyldt',
  notReached: 'Ikke nået',
  reachedFrom: 'Nået fra {{month}}',
  reachedLate: 'Nået for sent: {{month}}',
  warning: 'Advarsel',
  deadlineOutside: 'Fristen er ikke en af målets måneder',
  trajectories: 'Forløb',
  trajectoryCaption: 'Én linje pr. scenarie. Rød stiplet linje: målværdi. Lodret stiplet streg: frist.',
  latestActual: 'Seneste faktiske tal: {{value}} ({{month}}); fremskrivningen starter herfra.',
  targetLine: 'Mål {{value}}',
  noTrajectory: 'Intet månedligt forløb angivet.',
  rankings: 'Placering på benchmarkranglisten',
  assumptions: 'Forudsætninger',
  assumptionsIntro: 'Cellerne som scenarierne ændrer, med arkets egen værdi. Tom: scenariet bruger arkets værdi.',
  noAssumptions: 'Ingen scenarier ændrer forudsætninger.',
  footer: 'Fremskriv · {{title}}',
  chartLabel: 'Forløb for {{goal}}',
};

const en: typeof da = {
  ...sharedLabels('en-GB'),
  heading: 'Goal report',
  printedOn: 'Printed {{date}}',
  print: 'Print / save as PDF',
  close: 'Close the report',
  scenario: 'Scenario: {{name}}',
  metCount: '{{met}} of {{measurable}} measurable goals met',
  notReached: 'Not reached',
  reachedFrom: 'Reached from {{month}}',
  reachedLate: 'Reached late: {{month}}',
  warning: 'Warning',
  deadlineOutside: 'The deadline is not one of the goal’s months',
  trajectories: 'Trajectories',
  trajectoryCaption: 'One line per scenario. Red dashed line: target. Vertical dashed line: deadline.',
  latestActual: 'Latest actual figure: {{value}} ({{month}}); the projection starts from here.',
  targetLine: 'Target {{value}}',
  noTrajectory: 'No monthly trajectory given.',
  rankings: 'Place on the benchmark ranking',
  assumptions: 'Assumptions',
  assumptionsIntro: 'The cells the scenarios change, with the sheet’s own value. Empty: the scenario keeps the sheet’s value.',
  noAssumptions: 'No scenario changes an assumption.',
  footer: 'Fremskriv · {{title}}',
  chartLabel: 'Trajectory of {{goal}}',
};

/** Adds the report's texts to an initialised i18next instance (once). */
export function addReportStrings(i18n: I18n): void {
  if (i18n.hasResourceBundle('da', REPORT_NAMESPACE)) return;
  i18n.addResourceBundle('da', REPORT_NAMESPACE, da, true, true);
  i18n.addResourceBundle('en', REPORT_NAMESPACE, en, true, true);
}

/** `t` for the report's texts, registering them first. */
export function useReportTranslation(): { t: TFunction<typeof REPORT_NAMESPACE>; language: string } {
  const { t, i18n } = useTranslation(REPORT_NAMESPACE);
  addReportStrings(i18n);
  return { t, language: i18n.language === 'en' ? 'en' : 'da' };
}
