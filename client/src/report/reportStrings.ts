/**
 * The goal report's texts (Danish and English), added to i18next as the `report` namespace so the
 * main translation files stay untouched. `useReportTranslation` registers them on first use.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const REPORT_NAMESPACE = 'report';

const da = {
  heading: 'Målrapport',
  printedOn: 'Udskrevet {{date}}',
  print: 'Udskriv / gem som PDF',
  close: 'Luk rapporten',
  scenario: 'Scenarie: {{name}}',
  metCount: '{{met}} af {{measurable}} målbare mål opfyldt',
  goal: 'Mål',
  requirement: 'Krav',
  deadline: 'Frist',
  value: 'Værdi',
  target: 'Målværdi',
  status: 'Status',
  margin: 'Margin',
  reached: 'Nået i',
  notReached: 'ikke nået',
  statusMet: 'Opfyldt',
  statusMissed: 'Ikke opfyldt',
  statusQualitative: 'Ikke målbart',
  statusError: 'Fejl',
  trajectories: 'Forløb',
  trajectoryCaption: 'Én linje pr. scenarie. Rød stiplet linje: målværdi. Lodret stiplet streg: frist.',
  targetLine: 'Mål {{value}}',
  noTrajectory: 'Intet månedligt forløb angivet.',
  assumptions: 'Forudsætninger',
  assumptionsIntro: 'Cellerne som scenarierne ændrer, med arkets egen værdi. Tom: scenariet bruger arkets værdi.',
  cell: 'Celle',
  assumption: 'Forudsætning',
  inWorkbook: 'I arket',
  noAssumptions: 'Ingen scenarier ændrer forudsætninger.',
  footer: 'Fremskriv · {{title}}',
  chartLabel: 'Forløb for {{goal}}',
};

const en: typeof da = {
  heading: 'Goal report',
  printedOn: 'Printed {{date}}',
  print: 'Print / save as PDF',
  close: 'Close the report',
  scenario: 'Scenario: {{name}}',
  metCount: '{{met}} of {{measurable}} measurable goals met',
  goal: 'Goal',
  requirement: 'Requirement',
  deadline: 'Deadline',
  value: 'Value',
  target: 'Target',
  status: 'Status',
  margin: 'Margin',
  reached: 'Reached in',
  notReached: 'not reached',
  statusMet: 'Met',
  statusMissed: 'Missed',
  statusQualitative: 'Not measurable',
  statusError: 'Error',
  trajectories: 'Trajectories',
  trajectoryCaption: 'One line per scenario. Red dashed line: target. Vertical dashed line: deadline.',
  targetLine: 'Target {{value}}',
  noTrajectory: 'No monthly trajectory given.',
  assumptions: 'Assumptions',
  assumptionsIntro: 'The cells the scenarios change, with the sheet’s own value. Empty: the scenario keeps the sheet’s value.',
  cell: 'Cell',
  assumption: 'Assumption',
  inWorkbook: 'In the sheet',
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
