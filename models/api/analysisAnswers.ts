/**
 * The analysis endpoints' answers, the same JSON as the CLIs print: the evaluation report
 * (`…/evaluation`, `npm run evaluate`; models/FORMAT.md), a goal seek (`…/goals/:goalId/solve`,
 * `npm run solve`) and sensitivity (`…/sensitivity`, `npm run sensitivity`). Each schema is
 * checked against the models' own type, so the two cannot drift apart.
 */
import { z } from 'zod';
import type { GoalSeekAnswer } from '../analysis/goalSeek.js';
import type { SensitivityReport } from '../analysis/sensitivityReport.js';
import type { PlanEvaluationReport } from '../evaluation/evaluationWithPlan.js';

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const goalResultAnswerSchema = z.object({
  id: z.string(),
  value: scalar,
  target: scalar,
  met: z.boolean().nullable(),
  margin: z.number().nullable(),
  reachedAt: z.string().nullable(),
  late: z.boolean(),
  warnings: z.array(z.string()),
  error: z.string().nullable(),
});

/** One month against the adopted plan (models/goals/planComparison.ts, `PlanComparison`). */
const planComparisonSchema = z.object({
  month: z.string(),
  actual: z.number(),
  planned: z.number(),
  difference: z.number(),
  onTrack: z.boolean().nullable(),
  behindBy: z.number(),
});

const goalPlanStandingSchema = z.object({
  scenario: z.string(),
  matchedBy: z.enum(['id', 'indicator']),
  planGoal: z.string(),
  planIndicator: z.string().optional(),
  latest: planComparisonSchema.nullable(),
  months: z.array(planComparisonSchema),
});

const benchmarkStandingSchema = z.object({
  municipality: z.string(),
  period: z.string(),
  rank: z.number(),
  of: z.number(),
  share: z.number(),
  best: z.number(),
  met: z.boolean(),
  sheetName: z.string(),
});

export const evaluationAnswerSchema = z.object({
  title: z.string(),
  adoptedPlan: z.object({ versionId: z.string().nullable(), name: z.string(), found: z.boolean() }).nullable(),
  scenarios: z.array(
    z.object({
      name: z.string(),
      goals: z.array(goalResultAnswerSchema.extend({ plan: goalPlanStandingSchema.nullable(), benchmark: benchmarkStandingSchema.nullable() })),
    }),
  ),
}) satisfies z.ZodType<PlanEvaluationReport>;
export type EvaluationAnswer = z.infer<typeof evaluationAnswerSchema>;

export const solveAnswerSchema = z.object({
  goal: z.string(),
  scenario: z.string(),
  input: z.string(),
  status: z.enum(['solved', 'unreachable', 'independent', 'error']),
  current: z.number().nullable(),
  required: z.number().nullable(),
  direction: z.enum(['atLeast', 'atMost']).nullable(),
  reachedAt: z.string().nullable(),
  bestMargin: z.number().nullable(),
  message: z.string(),
}) satisfies z.ZodType<GoalSeekAnswer>;
export type SolveAnswer = z.infer<typeof solveAnswerSchema>;

const inputSwingSchema = z.object({
  input: z.string(),
  value: z.number(),
  low: z.number(),
  high: z.number(),
  marginLow: z.number().nullable(),
  marginHigh: z.number().nullable(),
});

export const sensitivityAnswerSchema = z.object({
  scenario: z.string(),
  step: z.number(),
  goals: z.array(z.object({ id: z.string(), margin: z.number().nullable(), inputs: z.array(inputSwingSchema) })),
}) satisfies z.ZodType<SensitivityReport>;
export type SensitivityAnswer = z.infer<typeof sensitivityAnswerSchema>;
