/**
 * A rank goal's place on Jobindsats' benchmark ranking (issue 14): "Roskilde: nr. 14 af 98 i
 * dec. 2023 — mål: blandt de bedste 20 % (nr. 19 eller bedre)", judged met or not met.
 */
import { useTranslation } from 'react-i18next';
import type { BenchmarkStanding } from '../../../models/goals/benchmarkRank.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { benchmarkStandingText } from './benchmarkText.js';

export function BenchmarkStandingLine({ standing, locale }: { standing: BenchmarkStanding; locale: WorkbookLocale }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const text = benchmarkStandingText(standing, locale, i18n.language, t);
  return (
    <>
      <dt>{t('benchmark.label')}</dt>
      <dd className="goal-benchmark" data-met={String(standing.met)} title={t('benchmark.source', { sheet: standing.sheetName })}>
        <span className="goal-benchmark-standing">{text}</span>{' '}
        <span className={`badge badge-${standing.met ? 'met' : 'missed'}`}>{t(standing.met ? 'benchmark.met' : 'benchmark.missed')}</span>
      </dd>
    </>
  );
}
