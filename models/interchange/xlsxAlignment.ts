/**
 * A cell's horizontal alignment in .xlsx (`<alignment horizontal="…">` of its style) and the one
 * Fremskriv keeps (cellAlignment.ts: left, center, right, or none for General). Excel's others
 * show as the nearest kept one, and the import says so (`alignmentApproximated`): Center Across
 * Selection (`centerContinuous`) and Distributed as center, Fill and Justify as left.
 */
import type { HorizontalAlignment } from '../workbook/cellAlignment.js';

const NEAREST: Readonly<Record<string, HorizontalAlignment>> = { centerContinuous: 'center', distributed: 'center', fill: 'left', justify: 'left' };

/** The alignment kept for the file's `horizontal` (null: General or none), and whether it is only the nearest. */
export function importedAlignment(horizontal: string | undefined): { alignment: HorizontalAlignment | null; approximated: boolean } {
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') return { alignment: horizontal, approximated: false };
  const nearest = horizontal !== undefined && Object.hasOwn(NEAREST, horizontal) ? NEAREST[horizontal] : undefined;
  return nearest ? { alignment: nearest, approximated: true } : { alignment: null, approximated: false };
}
