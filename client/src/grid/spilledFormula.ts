/**
 * The formula bar's greyed text for a cell filled by another cell's spilled result: that formula,
 * in the workspace's language, and its cell. Which formula the engine worker says
 * (models/engine/spillCorners.ts: the spills as the engine holds them); until the worker is built,
 * or where it cannot answer, it is read from the cells' values as the exports read spilled blocks
 * (spillAnchor.ts), which can name a plain formula above two spills meeting.
 */
import { useEffect, useState } from 'react';
import { isFormula } from '../../../models/formula/a1References.js';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellEditText, effectiveInput } from '../workspace/cellEdits.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { spillAnchor } from './spillAnchor.js';

export interface SpilledFormula {
  text: string;
  /** The formula's cell (`A1`). */
  cell: string;
}

const holdsFormula = (session: WorkbookSession, sheetId: string, row: number, col: number): boolean => {
  const input = effectiveInput(session, sheetId, row, col);
  return typeof input === 'string' && isFormula(input);
};

/** The spilling formula's text and its cell's address, read from the page's values, or undefined when the cell is filled by none. */
export function spilledFrom(session: WorkbookSession, sheetId: string, row: number, col: number): SpilledFormula | undefined {
  const values = session.engines.engine(session.activeScenario.get());
  const anchor = spillAnchor(
    {
      hasInput: (r, c) => effectiveInput(session, sheetId, r, c) !== undefined,
      isFormula: (r, c) => holdsFormula(session, sheetId, r, c),
      showsValue: (r, c) => values.value(sheetId, r, c) !== null,
    },
    row,
    col,
  );
  return anchor === undefined ? undefined : { text: cellEditText(session, sheetId, anchor.row, anchor.col), cell: formatCellAddress(anchor) };
}

/**
 * The spilling formula as the engine holds it: undefined for a cell with input of its own, one
 * showing nothing, or one no other formula's spill fills.
 */
export async function engineSpilledFrom(session: WorkbookSession, sheetId: string, row: number, col: number): Promise<SpilledFormula | undefined> {
  const scenarioId = session.activeScenario.get();
  if (effectiveInput(session, sheetId, row, col) !== undefined || session.engines.engine(scenarioId).value(sheetId, row, col) === null) return undefined;
  let corner: { row: number; col: number } | null;
  try {
    corner = await session.engines.spillCorner(scenarioId, sheetId, row, col);
  } catch {
    // The worker is not built yet (the first values came from the server): read the values.
    return spilledFrom(session, sheetId, row, col);
  }
  // The corner's cell must hold the formula now (the page may be a change ahead of the worker).
  if (corner === null || (corner.row === row && corner.col === col) || !holdsFormula(session, sheetId, corner.row, corner.col)) return undefined;
  return { text: cellEditText(session, sheetId, corner.row, corner.col), cell: formatCellAddress(corner) };
}

/**
 * The formula bar's spilled formula for the active cell (`stored` its own text, `revision` and
 * `scenarioId` what makes it read again): the engine's answer for this cell, none while it is
 * asked for the first time or when the cell has text of its own.
 */
export function useSpilledFormula(session: WorkbookSession, sheetId: string, row: number, col: number, stored: string, revision: number, scenarioId: string): SpilledFormula | undefined {
  const at = `${sheetId}!${row}:${col}`;
  const [found, setFound] = useState<{ at: string; formula: SpilledFormula | undefined } | null>(null);
  useEffect(() => {
    if (stored !== '') return undefined;
    let current = true;
    void engineSpilledFrom(session, sheetId, row, col).then(
      (formula) => {
        if (current) setFound({ at, formula });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [session, sheetId, row, col, stored, revision, scenarioId, at]);
  return stored === '' && found?.at === at ? found.formula : undefined;
}
