/**
 * The preview of an actuals import or refresh (a dry run's answer): what the sheet will hold,
 * which months and rows are added, updated or removed, warnings on the figures (a total row, a
 * jump), and the goals the import moves under the scenario on screen, before the planner applies it.
 */
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { ActualsAnswer } from './actualsApi.js';
import { previewLines, previewSummary, warningText } from './actualsPreview.js';
import { goalsMovedLines } from './goalsMovedLines.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** A benchmark of 98 municipalities could warn of each: the first few are named, the rest counted. */
const SHOWN_WARNINGS = 8;

export function ActualsChangesPreview({ preview, session }: { preview: ActualsAnswer; session: WorkbookSession }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  // Numbers in the planner's locale (the interface language), as the goal cards show them.
  const locale = useStore(session.locale);
  const translate = (key: string, values: Record<string, string | number>): string => t(key, values);
  return (
    <section className="actuals-preview" aria-label={t('actuals.previewTitle')} aria-live="polite">
      <h3>{t('actuals.previewTitle')}</h3>
      <p>{previewSummary(preview, translate)}</p>
      <ul>
        {previewLines(preview.changes, translate).map((line) => (
          <li key={line.key}>{t(line.key, line.values)}</li>
        ))}
      </ul>
      {preview.warnings.length > 0 && (
        <ul className="actuals-warnings" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {preview.warnings.slice(0, SHOWN_WARNINGS).map((warning) => (
            <li key={`${warning.kind}:${warning.row}`} role="note" className="goal-warning">
              {warningText(warning, locale, i18n.language, translate)}
            </li>
          ))}
          {preview.warnings.length > SHOWN_WARNINGS && <li>{t('actuals.warnings.more', { count: preview.warnings.length - SHOWN_WARNINGS })}</li>}
        </ul>
      )}
      {preview.goalsMoved && preview.scenario !== undefined && <GoalsMoved preview={preview} session={session} locale={locale} />}
    </section>
  );
}

function GoalsMoved({ preview, session, locale }: { preview: ActualsAnswer; session: WorkbookSession; locale: WorkbookLocale }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const scenario = preview.scenario ?? '';
  const { lines, belowDisplay } = goalsMovedLines(preview.goalsMoved ?? [], session.doc, t, i18n.language, locale);
  const below = belowDisplay > 0 && <p className="actuals-goals-below-display">{t('actuals.goalsMoved.belowDisplay', { count: belowDisplay })}</p>;
  if (lines.length === 0) {
    return (
      <div className="actuals-goals-moved">
        <p>{t('actuals.goalsMoved.none', { scenario })}</p>
        {below}
      </div>
    );
  }
  return (
    <section className="actuals-goals-moved" aria-label={t('actuals.goalsMoved.title', { scenario })}>
      <h4>{t('actuals.goalsMoved.title', { scenario })}</h4>
      <ul>
        {lines.map((line) => (
          <li key={line.goalId} data-goal-id={line.goalId} data-verdict-changes={line.verdictChanges || undefined}>
            {line.text}
          </li>
        ))}
      </ul>
      {below}
    </section>
  );
}
