/**
 * The preview of an actuals import or refresh (a dry run's answer): what the sheet will hold, and
 * which months and rows are added, updated or removed, before the planner applies it.
 */
import { useTranslation } from 'react-i18next';
import type { ActualsAnswer } from './actualsApi.js';
import { previewLines } from './actualsPreview.js';

export function ActualsChangesPreview({ preview }: { preview: ActualsAnswer }): React.JSX.Element {
  const { t } = useTranslation();
  const summary = {
    sheet: preview.sheet,
    rows: preview.rows.length,
    dimension: preview.dimension,
    periods: preview.periods.length,
    first: preview.periods[0] ?? '',
    last: preview.periods.at(-1) ?? '',
  };
  return (
    <section className="actuals-preview" aria-label={t('actuals.previewTitle')} aria-live="polite">
      <h3>{t('actuals.previewTitle')}</h3>
      <p>{t(preview.created ? 'actuals.previewCreate' : 'actuals.previewReplace', summary)}</p>
      <ul>
        {previewLines(preview.changes, (key, values) => t(key, values)).map((line) => (
          <li key={line.key}>{t(line.key, line.values)}</li>
        ))}
      </ul>
    </section>
  );
}
