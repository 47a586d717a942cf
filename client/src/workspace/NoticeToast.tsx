/** Shows the latest notice (a rejected edit, a failed request) for a few seconds, with its action button if any. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/store.js';
import type { WorkbookSession } from './WorkbookSession.js';

const SHOWN_MS = 6000;
/** A notice with an action (undo a restore) stays long enough to find and press its button. */
const SHOWN_WITH_ACTION_MS = 30_000;

export function NoticeToast({ session }: { session: WorkbookSession }): React.JSX.Element | null {
  const { t } = useTranslation();
  const notice = useStore(session.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => session.notice.update((n) => (n?.id === notice.id ? null : n)), notice.action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, session]);
  if (!notice) return null;
  return (
    <div className="toast" role="alert">
      {t(notice.key, notice.values)}
      {notice.action && (
        <button
          className="toast-action"
          onClick={() => {
            session.notice.set(null);
            notice.action?.run();
          }}
        >
          {t(notice.action.labelKey)}
        </button>
      )}
      <button className="toast-close" aria-label={t('common.close')} onClick={() => session.notice.set(null)}>
        ×
      </button>
    </div>
  );
}
