/**
 * The build step that shortens AG Grid's per-frame work (issue 17) patches the installed
 * ag-grid-community, and fails the build loudly, never silently, when an upgrade moved the line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AG_GRID_FRAME_LINE, FRAME_BUDGET_MS, patchFrameBudget } from '../../client/build/agGridFrameBudget.js';

// The file the plugin patches: the ES build that Vite bundles.
const agGridEsm = join(resolve(import.meta.dirname, '../..'), 'node_modules/ag-grid-community/dist/package/main.esm.mjs');

describe('AG Grid frame budget', () => {
  it('the installed AG Grid builds rows and cells in frames of the patched budget, not 60 ms', () => {
    const patched = patchFrameBudget(readFileSync(agGridEsm, 'utf8'));
    expect(patched).toContain(`this.executeFrame.bind(this, ${FRAME_BUDGET_MS})`);
    expect(patched).not.toContain(AG_GRID_FRAME_LINE);
  });

  it('an AG Grid without the line to patch fails the build with a message naming the plugin', () => {
    expect(() => patchFrameBudget('requestFrame() { this.executeFrame.bind(this, 40); }')).toThrow(/agGridFrameBudget/);
  });
});
