/**
 * Danish by default, English on a toggle; the choice is kept in this browser. Danish is part of
 * the app's chunk; English loads only when a planner chooses it (no unused language pack).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'fremskriv.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'da';
}

/** Adds a language's texts unless present (English is its own chunk). */
async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  if (language === 'en') i18next.addResourceBundle('en', 'translation', (await import('./en.json')).default);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  void loadLanguage(language).then(() => {
    void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  });
}

/** Resolves once the stored language's texts are in (at once for Danish). */
export async function initI18n(): Promise<void> {
  const lng = storedLanguage();
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
