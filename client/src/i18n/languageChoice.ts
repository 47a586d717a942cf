/**
 * The interface language this browser chose (Danish unless English was chosen), read without
 * i18next: the entry's pre-screen (session/preScreen.ts) follows it before i18n has loaded.
 */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_KEY = 'fremskriv.language';

export function storedLanguage(storage: Storage): Language {
  return storage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'da';
}
