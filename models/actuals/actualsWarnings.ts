/**
 * What a careful planner checks in imported actual figures before applying them, as warnings for
 * the preview (never a refusal: a total can be what the sheet is for):
 * - a row that is a total ("Ydelsesgrupper i alt", "Hele landet", "Total", "Region Sjælland"),
 *   which a formula looking up a municipality or a group may be about to read instead;
 * - a row whose figure jumps by more than a factor 3 against the previous month's actual. Found
 *   when the PTVA02 import with all benefit groups ("i alt") replaced LM2's young people: 445 in
 *   July 2022 became about 9.500 in August, and LM2 moved from 358 to about 7.100 unannounced.
 *
 * The previous month's actual is what the sheet holds for the row and month before (what the
 * planner has trusted so far), else the import's own figure for that month; the month before is
 * the one before it in the sheet after the import, so a file holding only next month is checked
 * against the sheet's last month (it was not checked at all before the nineteenth session).
 *
 * @example actualsWarnings(doc, 'Jobindsats', pivot) // [{ kind: 'jump', row: 'Roskilde', period: '2022-08', … }]
 */
import type * as Y from 'yjs';
import { actualsSheetFigures } from './actualsChanges.js';
import { figureKey, periodsInOrder } from './actualsMerge.js';
import type { ActualsPivot } from './actualsPivot.js';

/** A figure this many times the previous month's (or a this-many-th of it) is a jump. */
export const JUMP_FACTOR = 3;

export type ActualsWarning =
  | { kind: 'totalRow'; row: string }
  | {
      kind: 'jump';
      row: string;
      /** The first month of the row that jumps, its figure, and the previous month's actual. */
      period: string;
      figure: number;
      previousPeriod: string;
      previousFigure: number;
      /** How many of the row's months jump. */
      months: number;
    };

/** Labels Jobindsats and planners give a sum of other rows: a total, the whole country, a region. */
const TOTAL_LABELS = [/\bi alt\b/i, /^hele landet$/i, /\btotal\b/i, /^(region|rar|landsdel)\s/i];

/** Whether a row label names a total ("I alt", "Hele landet", "Total", a region's sum). */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABELS.some((pattern) => pattern.test(label.trim()));
}

/** Whether `figure` is more than JUMP_FACTOR times `previous` or less than its JUMP_FACTOR-th (positive figures only). */
function jumps(figure: number, previous: number): boolean {
  if (!(figure > 0 && previous > 0)) return false;
  return figure > previous * JUMP_FACTOR || previous > figure * JUMP_FACTOR;
}

/** The warnings for writing `pivot` into the sheet named `sheetName`: per row, a total first, then its first jump. */
export function actualsWarnings(doc: Y.Doc, sheetName: string, pivot: ActualsPivot): ActualsWarning[] {
  const sheet = actualsSheetFigures(doc, sheetName);
  const held = sheet.figures;
  const order = periodsInOrder(sheet.periods, pivot.periods);
  const monthBefore = new Map(order.slice(1).map((period, i) => [period, order[i]!]));
  const warnings: ActualsWarning[] = [];
  pivot.rowLabels.forEach((row, r) => {
    if (isTotalLabel(row)) warnings.push({ kind: 'totalRow', row });
    let first: Extract<ActualsWarning, { kind: 'jump' }> | undefined;
    let months = 0;
    pivot.periods.forEach((period, p) => {
      const figure = pivot.values[r]![p];
      const previousPeriod = monthBefore.get(period);
      if (previousPeriod === undefined || typeof figure !== 'number') return;
      const heldFigure = held.get(figureKey(row, previousPeriod));
      const previous = typeof heldFigure === 'number' ? heldFigure : pivot.values[r]![pivot.periods.indexOf(previousPeriod)];
      if (typeof previous !== 'number' || !jumps(figure, previous)) return;
      months++;
      first ??= { kind: 'jump', row, period, figure, previousPeriod, previousFigure: previous, months: 0 };
    });
    if (first) warnings.push({ ...first, months });
  });
  return warnings;
}
