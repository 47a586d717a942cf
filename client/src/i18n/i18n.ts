/** Danish by default, English on a toggle; the choice is kept in this browser. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';
import en from './en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'fremskriv.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  return stored === 'en' ? 'en' : 'da';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function initI18n(): void {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
