/**
 * The printable report's trajectory chart labels its value axis as the goal's cells read: MM5's
 * axis from -15 % to 10 % read "-0,0 %" where it crosses zero (the planner walk-through).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrajectoryChart } from '../../client/src/report/TrajectoryChart.js';
import type { ReportTrajectory } from '../../client/src/report/goalReportModel.js';

function trajectory(values: number[]): ReportTrajectory {
  return {
    goal: { id: 'MM5', title: 'Fald i offentlig forsørgelse', value: '=Fremskrivning!V9', comparator: '<=', target: -0.0246, deadline: '2023-12' },
    format: 'percent',
    comparator: '<=',
    labels: values.map((_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
    deadlineIndex: values.length - 1,
    lines: [{ name: 'Basis', values }],
    targets: [{ scenario: 'Basis', value: -0.0246 }],
    latestActual: null,
    plan: null,
    plannedLine: null,
    benchmark: null,
  };
}

/** The value axis's labels, top to bottom as drawn (the month labels end in a year). */
function axisLabels(values: number[]): string[] {
  const svg = renderToStaticMarkup(<TrajectoryChart trajectory={trajectory(values)} locale="da-DK" language="da" label="MM5" targetLabel={(v) => `Mål ${v}`} />);
  return [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((text) => text.endsWith('%'));
}

describe('the report chart\'s value axis', () => {
  it('reads 0,0 % where a share\'s axis crosses zero, never "-0,0 %"', () => {
    const labels = axisLabels([-0.13, -0.05, 0.02, 0.0405]);
    expect(labels).toContain('0,0 %');
    expect(labels.some((label) => label.startsWith('-0,0'))).toBe(false);
    expect(labels).toContain('-10,0 %');
  });
});
