/**
 * An array formula a file stores over several cells (legacy `{=A1:A3*B1:B3}` entered in C1:C3, or
 * Excel 365's spilled formula, both `<f t="array" ref="C1:C3">` in the top-left cell and cached
 * values in the others) → what each cell of that block holds in Fremskriv, which has no
 * multi-cell formulas in its document:
 * - a formula HyperFormula itself spills (its call is FILTER, SORT, SEQUENCE, TRANSPOSE, TREND …)
 *   stays in the top-left cell and the others are left empty, so the spill is not blocked;
 * - any other array expression becomes one formula per cell, `=INDEX(A1:A3*B1:B3,2,1)` (INDEX
 *   reads its array as an array, arrayArguments.ts; the export writes it as a one-cell array
 *   formula, which every Excel computes).
 * Without this the other cells were imported as their cached values and never changed again.
 *
 * @example arrayFormulaCells('=A1:A2*2', 2, 1) // → [['=INDEX(A1:A2*2,1,1)'], ['=INDEX(A1:A2*2,2,1)']]
 */
import { HyperFormula } from 'hyperformula';
import { prepareEngine } from './engineConfig.js';

/** The function a formula is one call of (`=SORT(A1:A9)` → SORT), or undefined. */
function wholeCall(body: string): string | undefined {
  const name = /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(body);
  if (!name) return undefined;
  let depth = 0;
  let quoted = false;
  for (let i = name[0].length - 1; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return body.slice(i + 1).trim() === '' ? name[1]!.toUpperCase() : undefined;
  }
  return undefined;
}

function spillsInEngine(body: string): boolean {
  const name = wholeCall(body);
  if (name === undefined) return false;
  prepareEngine();
  return HyperFormula.getFunctionPlugin(name)?.implementedFunctions[name]?.sizeOfResultArrayMethod !== undefined;
}

/** Each cell's formula for a `height` × `width` block whose top-left holds `formula`; null for a cell left empty. */
export function arrayFormulaCells(formula: string, height: number, width: number): Array<Array<string | null>> {
  const body = formula.replace(/^=/, '');
  const spills = spillsInEngine(body);
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      if (spills) return r === 0 && c === 0 ? formula : null;
      return `=INDEX(${body},${r + 1},${c + 1})`;
    }),
  );
}
