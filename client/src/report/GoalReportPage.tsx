/**
 * The goal report as a page of the app: a toolbar (print, close; hidden when printing) above the
 * report, which follows the workspace live while it is open.
 *
 * @example <GoalReportPage doc={session.doc} engines={session.engines} onClose={() => navigate(back)} />
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { ScenarioComputation } from '../engines/ScenarioComputation.js';
import { goalReportModel } from './goalReportModel.js';
import { GoalReport } from './GoalReport.js';
import { useReportTranslation } from './reportStrings.js';
import { AdoptedPlanContext } from '../versions/adoptedPlan.js';

export interface GoalReportPageProps {
  doc: Y.Doc;
  /** The workspace's live engines (the session's); the page does not destroy them. */
  engines: ScenarioComputation;
  /** The scenario on screen: the latest actual month is compared with the adopted plan under it. */
  scenarioId?: string;
  /** Shows a close button when given; Escape closes too. */
  onClose?: () => void;
}

/**
 * Escape closes the report, as it closes every view over the workbook (the planner walk-through
 * found it did nothing here: only the button closed it).
 */
function useEscapeCloses(onClose: (() => void) | undefined): void {
  useEffect(() => {
    if (!onClose) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
}

/** Re-renders after every change to the document, at most once per animation frame. */
function useRevision(doc: Y.Doc): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let frame = 0;
    const changed = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setRevision((r) => r + 1);
      });
    };
    doc.on('afterTransaction', changed);
    return () => {
      doc.off('afterTransaction', changed);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [doc]);
  return revision;
}

export default function GoalReportPage({ doc, engines, scenarioId = '', onClose }: GoalReportPageProps): React.JSX.Element {
  const { t } = useReportTranslation();
  const revision = useRevision(doc);
  const plan = useContext(AdoptedPlanContext);
  const model = useMemo(() => {
    void revision;
    return goalReportModel(doc, engines, { plan, scenarioId });
  }, [doc, engines, revision, plan, scenarioId]);
  const generatedAt = useMemo(() => new Date(), []);
  useEscapeCloses(onClose);
  return (
    <div className="goal-report-page">
      <div className="report-toolbar">
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <GoalReport model={model} generatedAt={generatedAt} />
    </div>
  );
}
