/**
 * The adopted plan as the views need it (issue 14): which version the workspace marks as the
 * adopted plan (`meta.adoptedVersion`, set through the `setAdoptedVersion` operation) and what it
 * projected, fetched once per version from GET …/versions/:versionId/plan (a version never
 * changes). Provided to the goal cards and the report through `AdoptedPlanContext`.
 */
import { createContext, useEffect, useState } from 'react';
import { adoptedVersionId } from '../../../models/workbook/workbookReader.js';
import { useStoreValue } from '../ui/store.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { PlanTrajectories } from '../../../models/goals/planComparison.js';
import { versionPlan, VersionsError } from './versionsApi.js';

export type AdoptedPlan =
  | { status: 'none' }
  | { status: 'loading'; versionId: string }
  /** `missing`: the marked version is not (or no longer) among the workspace's versions. */
  | { status: 'failed'; versionId: string; missing: boolean }
  | { status: 'ready'; versionId: string; name: string; plan: PlanTrajectories };

export const AdoptedPlanContext = createContext<AdoptedPlan>({ status: 'none' });

export function useAdoptedPlan(session: WorkbookSession, workspaceId: string, token: string): AdoptedPlan {
  // Read on each change, but the screen that holds the plan re-renders only when the adopted
  // version changed, not on every keystroke's edit (issue 17).
  const versionId = useStoreValue(session.revision, () => adoptedVersionId(session.doc));
  const [plan, setPlan] = useState<AdoptedPlan>({ status: 'none' });
  useEffect(() => {
    if (versionId === null) {
      // The same object when there was no plan already: a new one would re-render every goal card
      // (the context's consumers) on the first view, before the grid is created.
      setPlan((previous) => (previous.status === 'none' ? previous : { status: 'none' }));
      return;
    }
    let current = true;
    setPlan({ status: 'loading', versionId });
    versionPlan(workspaceId, token, versionId).then(
      (answer) => current && setPlan({ status: 'ready', versionId, name: answer.version.name, plan: answer }),
      (error: unknown) => current && setPlan({ status: 'failed', versionId, missing: error instanceof VersionsError && error.status === 404 }),
    );
    return () => {
      current = false;
    };
  }, [versionId, workspaceId, token]);
  return plan;
}
