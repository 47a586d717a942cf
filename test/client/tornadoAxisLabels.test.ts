import { describe, expect, it } from 'vitest';
import { AXIS_LABEL_WIDTH, axisLines } from '../../client/src/charts/SensitivityTornado.js';

// The template's assumption labels (Forudsætninger!A5:A7), as "Hvad skal der til?" names its bars.
const LABELS = [
  'Konjunktur: faktor på tilgang til ledighed og offentlig forsørgelse (1 = normal, over 1 = lavkonjunktur)',
  'Konjunktur: faktor på afgang til job (1 = normal, under 1 = lavkonjunktur)',
  'Styrket indsats fra 2023-01: omfang (0 = ingen, 1 = fuld)',
];

describe("the tornado's assumption labels", () => {
  it('wrap into two lines short enough for the half of the goal card that chart.js gives the axis (a longer line lost its first letters)', () => {
    expect(axisLines(LABELS[0]!, AXIS_LABEL_WIDTH, 2)).toEqual(['Konjunktur: faktor på tilgang', 'til ledighed og offentlig…']);
    for (const label of LABELS) {
      for (const line of axisLines(label, AXIS_LABEL_WIDTH, 2)) expect(line.length).toBeLessThanOrEqual(AXIS_LABEL_WIDTH);
    }
  });
});
