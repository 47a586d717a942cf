/**
 * A column's header: its letter (A, B, …), and next to hidden columns the marker that shows them
 * again (hiddenMarkers.ts), and nothing else. AG Grid's own header component builds a menu
 * button, a filter button, a filter icon and a sort indicator per column (hidden, but built, with
 * their listeners), and the columns a horizontal scroll brings in are built at once, in the
 * scroll's own task (issue 17: on the 2-core development VM that was most of the task that hands
 * a wheel scroll's final position to the grid). The grid never sorts or filters.
 */
import type { IHeaderComp, IHeaderParams } from 'ag-grid-community';
import type { GridController } from './GridController.js';
import { columnOfId } from './gridColumns.js';
import { hiddenMarkers } from './hiddenMarkers.js';

export class ColumnLetterHeader implements IHeaderComp {
  private readonly gui = document.createElement('span');
  private params: IHeaderParams | null = null;
  private stopFollowing: (() => void) | null = null;

  init(params: IHeaderParams): void {
    this.gui.className = 'fx-column-letter';
    this.show(params);
    // Columns hidden or shown before this one change its marker, not its def.
    const controller = this.controller();
    this.stopFollowing = controller?.hidden ? controller.hidden.onChange(() => this.params && this.show(this.params)) : null;
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: IHeaderParams): boolean {
    this.show(params);
    return true;
  }

  destroy(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
  }

  private controller(): GridController | undefined {
    return this.params?.context as GridController | undefined;
  }

  private show(params: IHeaderParams): void {
    this.params = params;
    this.gui.textContent = params.displayName;
    const col = columnOfId(params.column.getColId());
    const controller = this.controller();
    if (col !== null && controller?.hidden) this.gui.append(...hiddenMarkers(controller, 'cols', col));
  }
}
