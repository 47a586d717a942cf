/** The client's Danish and English texts as two i18next instances, for tests that read what planners read. */
import i18next, { type TFunction } from 'i18next';
import da from '../../../client/src/i18n/da.json' with { type: 'json' };
import en from '../../../client/src/i18n/en.json' with { type: 'json' };

export async function danishAndEnglish(): Promise<{ da: TFunction; en: TFunction }> {
  const [danish, english] = [i18next.createInstance(), i18next.createInstance()];
  await danish.init({ lng: 'da', resources: { da: { translation: da } }, interpolation: { escapeValue: false } });
  await english.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  return { da: danish.t, en: english.t };
}
