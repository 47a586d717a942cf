/**
 * A column's header: its letter (A, B, …), and nothing else. AG Grid's own header component
 * builds a menu button, a filter button, a filter icon and a sort indicator per column (hidden,
 * but built, with their listeners), and the columns a horizontal scroll brings in are built at
 * once, in the scroll's own task (issue 17: on the 2-core development VM that was most of the
 * task that hands a wheel scroll's final position to the grid). The grid never sorts or filters.
 */
import type { IHeaderComp, IHeaderParams } from 'ag-grid-community';

export class ColumnLetterHeader implements IHeaderComp {
  private readonly gui = document.createElement('span');

  init(params: IHeaderParams): void {
    this.gui.className = 'fx-column-letter';
    this.gui.textContent = params.displayName;
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: IHeaderParams): boolean {
    this.gui.textContent = params.displayName;
    return true;
  }
}
