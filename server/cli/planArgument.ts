/**
 * The CLIs' `--plan PLAN.json`: a v1 file of the adopted plan as it was saved (e.g. the version's
 * workbook.json), read as the adopted plan the REST endpoints take from the workspace's adopted
 * version. It has no version id; the report and the follow-up sheet name it by its title.
 */
import type * as Y from 'yjs';
import type { AdoptedPlanSource } from '../../models/evaluation/evaluationWithPlan.js';
import { planTrajectories } from '../../models/goals/planTrajectories.js';
import { workbookTitle } from '../../models/workbook/workbookReader.js';
import { readWorkbookArgument } from './workbookArgument.js';

/** Reads PLAN.json (failing as `readWorkbookArgument` does) and computes what it projected. */
export function readPlanArgument(path: string, fail: (message: string) => never): AdoptedPlanSource {
  const doc: Y.Doc = readWorkbookArgument(path, fail);
  try {
    return { versionId: null, name: workbookTitle(doc), plan: planTrajectories(doc) };
  } finally {
    doc.destroy();
  }
}
