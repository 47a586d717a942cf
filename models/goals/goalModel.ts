/**
 * A goal of the plan, as planners declare it: what is measured (`value`), how it is judged
 * (`comparator` against `target`), by when (`deadline`), and the monthly trajectory it follows
 * (`series` over the month labels in `periods`); with all three, the deadline month of the trajectory
 * is what is judged (goalJudging.ts). A goal without value, target and such a trajectory is qualitative.
 * In the document every reference is stored by identity (see formula/storedFormula.ts).
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { decodeFormula, encodeFormula } from '../formula/storedFormula.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { readUniqueRecords, recordIndex } from '../workbook/uniqueRecords.js';
import { goalsArray } from '../workbook/workbookSchema.js';

export const COMPARATORS = ['<=', '>=', '<', '>'] as const;
export type Comparator = (typeof COMPARATORS)[number];

const formulaOrReference = z.string().trim().min(1).max(8_000);

export const goalDefinitionSchema = z
  .object({
    id: z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, "_", "." or "-"'),
    title: z.string().max(500),
    description: z.string().max(10_000).optional(),
    value: formulaOrReference.optional(),
    comparator: z.enum(COMPARATORS).optional(),
    target: z.union([z.number().finite(), formulaOrReference]).optional(),
    deadline: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. 2023-12')
      .optional(),
    series: formulaOrReference.optional(),
    periods: formulaOrReference.optional(),
  })
  .strict()
  .refine((g) => g.target === undefined || g.comparator !== undefined, {
    message: 'a goal with a target needs a comparator',
    path: ['comparator'],
  })
  .refine((g) => (g.series === undefined) === (g.periods === undefined), {
    message: 'series and periods go together',
    path: ['periods'],
  });

export type GoalDefinition = z.infer<typeof goalDefinitionSchema>;

const FORMULA_FIELDS = ['value', 'series', 'periods'] as const;

/** `Fremskrivning!Q5` and `=Fremskrivning!Q5` mean the same; the stored form keeps the `=`. */
function asFormula(text: string): string {
  return text.startsWith('=') ? text : `=${text}`;
}

function firstSheetId(grid: WorkbookGrid): string {
  return grid.listSheets()[0]?.id ?? '';
}

/** Writes a goal's fields into its Y.Map (creating nothing else). Call inside a transaction. */
export function writeGoal(map: Y.Map<unknown>, goal: GoalDefinition, grid: WorkbookGrid): void {
  const host = firstSheetId(grid);
  const encode = (text: string): string => encodeFormula(asFormula(text), host, grid, true);
  const fields: Record<string, unknown> = {
    id: goal.id,
    title: goal.title,
    description: goal.description,
    comparator: goal.comparator,
    deadline: goal.deadline,
    target: typeof goal.target === 'string' ? encode(goal.target) : goal.target,
  };
  for (const field of FORMULA_FIELDS) {
    const text = goal[field];
    fields[field] = text === undefined ? undefined : encode(text);
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) map.delete(key);
    else if (map.get(key) !== value) map.set(key, value);
  }
}

/** Reads a goal back in A1 terms (references always name their sheet). */
export function readGoal(map: Y.Map<unknown>, grid: WorkbookGrid): GoalDefinition | null {
  const id = map.get('id');
  if (typeof id !== 'string') return null;
  const host = firstSheetId(grid);
  const decode = (v: unknown): string | undefined => (typeof v === 'string' ? decodeFormula(v, host, grid) : undefined);
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const comparator = map.get('comparator');
  const target = map.get('target');
  const goal: GoalDefinition = {
    id,
    title: text(map.get('title')) ?? '',
    description: text(map.get('description')),
    value: decode(map.get('value')),
    comparator: (COMPARATORS as readonly unknown[]).includes(comparator) ? (comparator as Comparator) : undefined,
    target: typeof target === 'number' ? target : decode(target),
    deadline: text(map.get('deadline')),
    series: decode(map.get('series'))?.replace(/^=/, ''),
    periods: decode(map.get('periods'))?.replace(/^=/, ''),
  };
  for (const key of Object.keys(goal) as Array<keyof GoalDefinition>) if (goal[key] === undefined) delete goal[key];
  return goal;
}

/** Goals in order; a goal id that two colleagues created at once is read once (the first). */
export function readGoals(goals: Iterable<unknown>, grid: WorkbookGrid): GoalDefinition[] {
  return readUniqueRecords(goals, (map) => readGoal(map, grid));
}

export function goalIndex(goals: Y.Array<unknown>, goalId: string): number {
  return recordIndex(goals, goalId);
}

/**
 * A goal's indicator by identity: its `series` as the document stores it (the sheet's, rows' and
 * columns' stable identities, `$` dropped), which stays the same when the sheet is renamed or rows
 * are inserted above it. Comparable only within one workspace and its saved versions (a v1 file
 * opened twice gets new identities). undefined for a goal without a trajectory.
 */
export function goalIndicatorIdentity(doc: Y.Doc, goalId: string): string | undefined {
  return goalIndicatorIdentities(doc).get(goalId);
}

/** Every goal's indicator by identity (goalIndicatorIdentity), by goal id. */
export function goalIndicatorIdentities(doc: Y.Doc): Map<string, string> {
  const read = readUniqueRecords(goalsArray(doc), (map) => {
    const id = map.get('id');
    const series = map.get('series');
    return typeof id === 'string' ? { id, series: typeof series === 'string' ? series.replace(/\$/g, '') : undefined } : null;
  });
  return new Map(read.flatMap(({ id, series }) => (series === undefined ? [] : [[id, series] as const])));
}
