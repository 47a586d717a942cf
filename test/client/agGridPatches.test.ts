/**
 * The build step that changes AG Grid's scroll work (issue 17) patches the installed
 * ag-grid-community, and fails the build loudly, never silently, when an upgrade moved a line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AG_GRID_PATCHES, FRAME_BUDGET_MS, patchAgGrid } from '../../client/build/agGridPatches.js';

// The file the plugin patches: the ES build that Vite bundles.
const agGridEsm = join(resolve(import.meta.dirname, '../..'), 'node_modules/ag-grid-community/dist/package/main.esm.mjs');

describe('AG Grid patches', () => {
  const installed = readFileSync(agGridEsm, 'utf8');
  const patched = patchAgGrid(installed);

  it('the installed AG Grid builds rows and cells in frames of the patched budget, not 60 ms', () => {
    expect(patched).toContain(`this.executeFrame.bind(this, ${FRAME_BUDGET_MS})`);
    expect(patched).not.toContain('this.executeFrame.bind(this, 60)');
  });

  it('the installed AG Grid listens for the vertical scroll before the horizontal one', () => {
    const listeners = /addScrollListener\(\) \{\s*this\.(\w+)\(\);\s*this\.(\w+)\(\);/.exec(patched);
    expect(listeners?.slice(1)).toEqual(['addVerticalScrollListeners', 'addHorizontalScrollListeners']);
    // Nothing else in the module changed.
    expect(patched.length).toBe(installed.length - AG_GRID_PATCHES.reduce((n, p) => n + p.find.length - p.replace.length, 0));
  });

  it('the installed AG Grid builds no tooltip feature for a cell of a column whose tooltip is false', () => {
    const enable = /enableTooltipFeature\(\) \{\s*([^\n]+)\n\s*this\.tooltipFeature = this\.beans\.tooltipSvc\?\.enableCellTooltipFeature\(this\);/.exec(patched);
    expect(enable?.[1]).toBe('if (this.column.colDef.tooltip === false) return;');
    // AG Grid still builds the feature for a column with a tooltip.
    expect(patched).toContain('this.tooltipFeature = this.beans.tooltipSvc?.enableCellTooltipFeature(this);');
  });

  it('the installed AG Grid announces a pinned row height change only when a height, a top or the pinned rows changed', () => {
    const check = /forEach\(this\.pinnedTopRows, updateRowHeight\);\s*const fxHeights = [^\n]+\n\s*if \(([^)]+)\) \{\s*this\.fxAnnouncedHeights = fxHeights;\s*this\.eventSvc\.dispatchEvent\(\{\s*type: "pinnedHeightChanged"/.exec(patched);
    expect(check?.[1]).toBe('anyChange || fxHeights !== this.fxAnnouncedHeights');
    expect(patched).toContain('`${this.getPinnedTopTotalHeight()} ${this.getPinnedBottomTotalHeight()}`');
  });

  it('an AG Grid without a text to patch fails the build with a message naming the plugin and the patch', () => {
    expect(() => patchAgGrid('requestFrame() { this.executeFrame.bind(this, 40); }')).toThrow(/agGridPatches: AG Grid's frame budget/);
    const withoutListeners = installed.replace('this.addHorizontalScrollListeners();\n    this.addVerticalScrollListeners();', '');
    expect(() => patchAgGrid(withoutListeners)).toThrow(/agGridPatches: AG Grid's scroll listener order/);
  });

  it('a text there twice fails the build too: the patch would not know which one AG Grid runs', () => {
    const twice = `${AG_GRID_PATCHES[0]!.find}\n${AG_GRID_PATCHES[0]!.find}`;
    expect(() => patchAgGrid(twice, [AG_GRID_PATCHES[0]!])).toThrow(/exactly once/);
  });
});
