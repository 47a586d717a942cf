/**
 * "Hvad skal der til?": the value an assumption must take for a goal to be just met at its
 * deadline (margin 0) under one scenario, the other assumptions held at that scenario's values.
 *
 * Root finding on the goal's margin: from the current value, steps doubling outward in both
 * directions (within the assumption's bounds, else the default search range) bracket the nearest
 * value where the goal changes between met and missed; regula falsi (Illinois) with a bisection
 * fallback then closes in on the met side until the margin is 0 within 1e-9 relative. Where the
 * goal changes state on both sides of the current value (not monotone), the nearer boundary is
 * taken and the message says so. A goal that does not depend on the assumption (HyperFormula's
 * dependency graph) is `independent`; one that is an error is `error`.
 *
 * Search range: the values the assumption may take (its data validation, else what its cell
 * implies: a share within [0; 1], a count not below 0; allowedValues.ts), each end overridable by
 * the caller; where an end is not set, current ± 100 × |current| (± 100 when the current value is 0).
 */
import type * as Y from 'yjs';
import type { GoalResult } from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import type { AssumptionBounds } from '../workbook/assumptionBounds.js';
import { allowedValues } from './allowedValues.js';
import { assumptionInput, type Assumption } from './assumptions.js';
import { AssumptionWorkbench } from './AssumptionWorkbench.js';

export type GoalSeekStatus = 'solved' | 'unreachable' | 'independent' | 'error';

export interface GoalSeekAnswer {
  goal: string;
  scenario: string;
  input: string;
  status: GoalSeekStatus;
  current: number | null;
  required: number | null;
  /** The goal holds at `required` and beyond in this direction. */
  direction: 'atLeast' | 'atMost' | null;
  /** The month the goal is reached with the assumption at `required`. */
  reachedAt: string | null;
  /** For `unreachable`: the best margin found within the range. */
  bestMargin: number | null;
  message: string;
}


export const DEFAULT_RANGE_FACTOR = 100;
const RELATIVE_TOLERANCE = 1e-9;
/** How far past a trial that is already within tolerance the other side is probed (relative). */
const PROBE_DISTANCE = 1e-12;
const MAX_REFINEMENTS = 200;

interface Trial {
  x: number;
  met: boolean;
  margin: number | null;
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The search range: the bounds where set, else the default around the current value. */
export function searchRange(current: number, bounds: AssumptionBounds = {}): { lo: number; hi: number } {
  const scale = current === 0 ? 1 : Math.abs(current);
  return { lo: bounds.min ?? current - DEFAULT_RANGE_FACTOR * scale, hi: bounds.max ?? current + DEFAULT_RANGE_FACTOR * scale };
}

class MarginFunction {
  best: number | null = null;
  constructor(
    private readonly bench: AssumptionWorkbench,
    private readonly goal: GoalDefinition,
    private readonly assumption: Assumption,
  ) {}

  at(x: number): Trial {
    this.bench.set(this.assumption, x);
    const result = this.bench.judge(this.goal);
    if (result.margin !== null && (this.best === null || result.margin > this.best)) this.best = result.margin;
    return { x, met: result.met === true, margin: result.margin };
  }

  result(x: number): GoalResult {
    this.bench.set(this.assumption, x);
    return this.bench.judge(this.goal);
  }
}

/** Steps outward from `start` in `direction` until the goal changes state or the range ends. */
function bracketToward(f: MarginFunction, start: Trial, direction: 1 | -1, range: { lo: number; hi: number }, scale: number): [Trial, Trial] | null {
  let previous = start;
  let step = scale * 0.01;
  for (;;) {
    const x = Math.min(range.hi, Math.max(range.lo, start.x + direction * step));
    if (x === previous.x) return null;
    const trial = f.at(x);
    if (trial.met !== previous.met) return [previous, trial];
    if (x === range.lo || x === range.hi) return null;
    previous = trial;
    step *= 2;
  }
}

/**
 * Where to try next after a trial whose margin is already within tolerance, while the bracket is
 * still wider than wanted: just past it, toward the bracket's other end. On a trajectory nearly
 * linear in the assumption the secant lands that close to the boundary, and this one trial closes
 * the bracket; regula falsi alone creeps up from one side (each trial recalculates the workbook).
 */
function probePast(trial: Trial, other: Trial, tolerance: number): number | null {
  if (trial.margin === null || Math.abs(trial.margin) > tolerance) return null;
  const xScale = Math.max(1, Math.abs(trial.x));
  const distance = Math.max(PROBE_DISTANCE * xScale, 4 * Number.EPSILON * xScale);
  return trial.x + Math.sign(other.x - trial.x) * distance;
}

/** Closes in on the boundary inside a bracket; returns both sides, the met one as close as it gets. */
function refine(f: MarginFunction, a: Trial, b: Trial, tolerance: number): { good: Trial; bad: Trial } {
  let good = a.met ? a : b;
  let bad = a.met ? b : a;
  let kept: 'good' | 'bad' | null = null;
  let goodWeight = 1;
  let badWeight = 1;
  let probe: number | null = null;
  for (let i = 0; i < MAX_REFINEMENTS; i++) {
    const width = Math.abs(good.x - bad.x);
    const xScale = Math.max(1, Math.abs(good.x));
    // Close in on the boundary itself, not any met value: where the margin is 0 over a stretch
    // (a rank goal whose target moves with the value), the value next to the missed side is wanted.
    if (good.margin !== null && Math.abs(good.margin) <= tolerance && width <= RELATIVE_TOLERANCE * xScale) break;
    if (width <= 4 * Number.EPSILON * xScale) break;
    let x = (good.x + bad.x) / 2;
    if (probe !== null && Math.min(good.x, bad.x) < probe && probe < Math.max(good.x, bad.x)) {
      x = probe;
    } else if (good.margin !== null && bad.margin !== null && good.margin !== bad.margin) {
      const mg = good.margin * goodWeight;
      const mb = bad.margin * badWeight;
      const secant = good.x - (mg * (bad.x - good.x)) / (mb - mg);
      // The secant step only while it stays well inside the bracket; else bisection.
      if (Number.isFinite(secant) && Math.min(good.x, bad.x) < secant && secant < Math.max(good.x, bad.x)) x = secant;
    }
    if (x === good.x || x === bad.x) x = (good.x + bad.x) / 2;
    if (x === good.x || x === bad.x) break;
    const trial = f.at(x);
    probe = x === probe ? null : probePast(trial, trial.met ? bad : good, tolerance);
    if (trial.met) {
      good = trial;
      badWeight = kept === 'bad' ? badWeight / 2 : 1;
      goodWeight = 1;
      kept = 'bad';
    } else {
      bad = trial;
      goodWeight = kept === 'good' ? goodWeight / 2 : 1;
      badWeight = 1;
      kept = 'good';
    }
  }
  return { good, bad };
}

function answer(goal: GoalDefinition, scenario: Scenario, assumption: Assumption, fields: Partial<GoalSeekAnswer> & { status: GoalSeekStatus; message: string }): GoalSeekAnswer {
  // Keys in the documented order.
  return {
    goal: goal.id,
    scenario: scenario.name,
    input: assumption.address,
    status: fields.status,
    current: fields.current ?? null,
    required: fields.required ?? null,
    direction: fields.direction ?? null,
    reachedAt: fields.reachedAt ?? null,
    bestMargin: fields.bestMargin ?? null,
    message: fields.message,
  };
}

/**
 * Solves one goal for one assumption under one scenario, within the assumption's allowed bounds
 * (`bounds` overrides either end). Pass a workbench to reuse its engine
 * across several solves of the same scenario; the assumption is put back to its current value.
 */
export function seekGoal(doc: Y.Doc, goal: GoalDefinition, scenario: Scenario, assumption: Assumption, bounds: AssumptionBounds = {}, workbench?: AssumptionWorkbench): GoalSeekAnswer {
  const current = number(assumptionInput(doc, scenario, assumption));
  if (current === null) return answer(goal, scenario, assumption, { status: 'error', message: `${assumption.address} holds no number under ${scenario.name}` });
  const allowed = { ...allowedValues(doc, assumption, current), ...bounds };
  const bench = workbench ?? new AssumptionWorkbench(doc, scenario);
  try {
    return solve(bench, goal, scenario, assumption, current, allowed);
  } finally {
    if (workbench) workbench.set(assumption, current);
    else bench.destroy();
  }
}

function solve(bench: AssumptionWorkbench, goal: GoalDefinition, scenario: Scenario, assumption: Assumption, current: number, bounds: AssumptionBounds): GoalSeekAnswer {
  const now = bench.judge(goal);
  if (now.error) return answer(goal, scenario, assumption, { status: 'error', current, message: `the goal is an error (${now.error})` });
  if (now.met === null || now.margin === null) return answer(goal, scenario, assumption, { status: 'error', current, message: 'the goal has no target to meet' });
  if (!bench.dependsOn(goal, assumption)) {
    return answer(goal, scenario, assumption, { status: 'independent', current, message: `the goal does not depend on ${assumption.address}` });
  }
  const f = new MarginFunction(bench, goal, assumption);
  const range = searchRange(current, bounds);
  const start: Trial = { x: current, met: now.met, margin: now.margin };
  f.best = now.margin;
  const scale = current === 0 ? 1 : Math.abs(current);
  const brackets = ([1, -1] as const).map((direction) => bracketToward(f, start, direction, range, scale)).filter((b): b is [Trial, Trial] => b !== null);
  if (brackets.length === 0) {
    const where = `between ${range.lo} and ${range.hi}`;
    const message = now.met ? `the goal is met for every value of ${assumption.address} ${where}` : `the goal cannot be met by ${assumption.address} ${where}`;
    return answer(goal, scenario, assumption, { status: 'unreachable', current, bestMargin: f.best, message });
  }
  brackets.sort((p, q) => Math.abs(p[1].x - current) - Math.abs(q[1].x - current));
  const [a, b] = brackets[0]!;
  const target = number(now.target) ?? 0;
  const { good: met, bad } = refine(f, a, b, RELATIVE_TOLERANCE * Math.max(1, Math.abs(target)));
  const direction = met.x > bad.x ? 'atLeast' : 'atMost';
  const reachedAt = f.result(met.x).reachedAt;
  const word = direction === 'atLeast' ? 'at least' : 'at most';
  let message = `the goal is met with ${assumption.address} ${word} ${met.x}`;
  if (brackets.length > 1) message += `; it also changes at about ${brackets[1]![1].x} on the other side (not monotone): the boundary nearest the current value is given`;
  return answer(goal, scenario, assumption, { status: 'solved', current, required: met.x, direction, reachedAt, message });
}
