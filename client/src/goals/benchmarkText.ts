/** A rank goal's place on the ranking in words, as the card and the printable report say it. */
import type { TFunction } from 'i18next';
import type { BenchmarkStanding } from '../../../models/goals/benchmarkRank.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMonth } from './goalDisplay.js';

/** "Roskilde: nr. 14 af 98 i dec. 2023 — mål: blandt de bedste 20 % (nr. 19 eller bedre)". */
export function benchmarkStandingText(standing: BenchmarkStanding, locale: WorkbookLocale, language: string, t: TFunction): string {
  return t('benchmark.standing', {
    municipality: standing.municipality,
    rank: standing.rank,
    of: standing.of,
    period: formatMonth(standing.period, language),
    // "20 %", as the plan writes it (not the cells' "20,0 %").
    share: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(standing.share),
    best: standing.best,
  });
}
