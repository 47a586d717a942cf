/**
 * Danish by default, English on a toggle; the choice is kept in this browser. Danish is part of
 * the app's chunk; English loads only when a planner chooses it (no unused language pack).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { LANGUAGE_KEY, storedLanguage, type Language } from './languageChoice.js';

export { LANGUAGES, type Language } from './languageChoice.js';

/** Adds a language's texts unless present (English is its own chunk). */
async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  if (language === 'en') i18next.addResourceBundle('en', 'translation', (await import('./en.json')).default);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void loadLanguage(language).then(() => {
    void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  });
}

/** Resolves once the stored language's texts are in (at once for Danish). */
export async function initI18n(): Promise<void> {
  const lng = storedLanguage(localStorage);
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da } },
    lng: 'da',
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (lng !== 'da') {
    await loadLanguage(lng).catch(() => undefined);
    await i18next.changeLanguage(lng);
  }
}

/**
 * The locale numbers and formulas are typed and shown in: the interface language the planner
 * chose (English: `=IF(A1>0.5,1,0)`, 1,234.5; Danish: `=HVIS(A1>0,5;1;0)`, 1.234,5), not the
 * workbook's locale — a formula typed as shown must read back (issue 12). Null before i18n starts.
 */
export function interfaceLocale(): WorkbookLocale | null {
  if (!i18next.isInitialized) return null;
  return i18next.language === 'en' ? 'en-GB' : 'da-DK';
}

/** Calls `listener` whenever the planner switches the interface language; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}
