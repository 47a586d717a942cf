/**
 * The export menu's and import dialog's texts (Danish and English), added to i18next as the
 * `interchange` namespace so the main translation files stay untouched.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const INTERCHANGE_NAMESPACE = 'interchange';

const da = {
  exportMenu: 'Eksportér',
  exportWorkspace: 'Hele arbejdsområdet (.xlsx)',
  exportScenario: 'Scenariet »{{name}}« (.xlsx)',
  exportSheetCsv: 'Arket »{{name}}« som CSV',
  exportSheetCsvScenario: 'Arket »{{name}}« som CSV, scenariet »{{scenario}}«',
  separator: 'Skilletegn',
  decimal: 'Decimaltegn',
  semicolon: 'Semikolon (;)',
  comma: 'Komma (,)',
  tab: 'Tabulator',
  point: 'Punktum (.)',
  automatic: 'Automatisk',
  goalReport: 'Målrapport (udskriv / PDF)',
  downloading: 'Henter …',
  exportFailed: 'Eksporten mislykkedes: {{message}}',
  importButton: 'Importér …',
  importTitle: 'Importér fra Excel eller CSV',
  chooseFile: 'Vælg en .xlsx- eller .csv-fil',
  fileTooLarge: 'Filen er større end {{limit}} MiB.',
  mode: 'Hvad skal der ske?',
  modeSheets: 'Tilføj filens ark som nye ark i dette arbejdsområde',
  modeReplace: 'Erstat arbejdsområdet med filen (en version gemmes først)',
  sheetName: 'Navn på det nye ark',
  uploading: 'Sender filen … {{percent}} %',
  processing: 'Læser filen …',
  preview: 'Forhåndsvisning',
  previewSheet: '{{name}}: {{rows}} rækker, {{columns}} kolonner, {{cells}} celler, heraf {{formulas}} formler',
  previewGoals: '{{goals}} mål og {{scenarios}} scenarier følger med.',
  csvRead: 'Læst med skilletegn »{{separator}}«, decimaltegn »{{decimal}}«, tegnsæt {{encoding}}.',
  unsupported: 'Funktioner, navne og formler som Fremskriv ikke kan beregne (formlerne bevares og viser en fejl):',
  unsupportedFunction: 'funktion',
  unsupportedName: 'ukendt navn',
  unsupportedSyntax: 'formel som ikke kan læses:',
  unsupportedMore: '… og {{count}} flere.',
  warnings: 'Bemærk:',
  import: 'Importér',
  cancel: 'Annullér',
  close: 'Luk',
  imported: 'Importeret: {{sheets}}.',
  importFailed: 'Importen mislykkedes: {{message}}',
  networkError: 'netværksfejl',
};

const en: typeof da = {
  exportMenu: 'Export',
  exportWorkspace: 'The whole workspace (.xlsx)',
  exportScenario: 'The scenario “{{name}}” (.xlsx)',
  exportSheetCsv: 'The sheet “{{name}}” as CSV',
  exportSheetCsvScenario: 'The sheet “{{name}}” as CSV, scenario “{{scenario}}”',
  separator: 'Separator',
  decimal: 'Decimal mark',
  semicolon: 'Semicolon (;)',
  comma: 'Comma (,)',
  tab: 'Tab',
  point: 'Point (.)',
  automatic: 'Automatic',
  goalReport: 'Goal report (print / PDF)',
  downloading: 'Downloading …',
  exportFailed: 'The export failed: {{message}}',
  importButton: 'Import …',
  importTitle: 'Import from Excel or CSV',
  chooseFile: 'Choose an .xlsx or .csv file',
  fileTooLarge: 'The file is larger than {{limit}} MiB.',
  mode: 'What should happen?',
  modeSheets: 'Add the file’s sheets as new sheets in this workspace',
  modeReplace: 'Replace the workspace with the file (a version is saved first)',
  sheetName: 'Name of the new sheet',
  uploading: 'Sending the file … {{percent}} %',
  processing: 'Reading the file …',
  preview: 'Preview',
  previewSheet: '{{name}}: {{rows}} rows, {{columns}} columns, {{cells}} cells, {{formulas}} of them formulas',
  previewGoals: '{{goals}} goals and {{scenarios}} scenarios come with it.',
  csvRead: 'Read with separator “{{separator}}”, decimal mark “{{decimal}}”, encoding {{encoding}}.',
  unsupported: 'Functions, names and formulas Fremskriv cannot compute (the formulas are kept and show an error):',
  unsupportedFunction: 'function',
  unsupportedName: 'unknown name',
  unsupportedSyntax: 'formula that cannot be read:',
  unsupportedMore: '… and {{count}} more.',
  warnings: 'Note:',
  import: 'Import',
  cancel: 'Cancel',
  close: 'Close',
  imported: 'Imported: {{sheets}}.',
  importFailed: 'The import failed: {{message}}',
  networkError: 'network error',
};

export function addInterchangeStrings(i18n: I18n): void {
  if (i18n.hasResourceBundle('da', INTERCHANGE_NAMESPACE)) return;
  i18n.addResourceBundle('da', INTERCHANGE_NAMESPACE, da, true, true);
  i18n.addResourceBundle('en', INTERCHANGE_NAMESPACE, en, true, true);
}

/** `t` for these texts (registering them first) and the language shown. */
export function useInterchangeTranslation(): { t: TFunction<typeof INTERCHANGE_NAMESPACE>; language: 'da' | 'en' } {
  const { t, i18n } = useTranslation(INTERCHANGE_NAMESPACE);
  addInterchangeStrings(i18n);
  return { t, language: i18n.language === 'en' ? 'en' : 'da' };
}
