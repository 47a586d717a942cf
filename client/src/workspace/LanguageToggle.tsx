/** Dansk ⇄ English. */
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n.js';

export function LanguageToggle(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button className="language-toggle" lang={next} onClick={() => setLanguage(next)} title={t('language.switch')}>
      {t('language.other')}
    </button>
  );
}
