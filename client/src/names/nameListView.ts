/**
 * Which of Navnestyring's names show and in what order, as Excel's Name Manager offers: its Filter
 * (names scoped to the workbook or to a sheet, names with or without errors) and a click on a
 * column heading sorting by that column (again: the other way). Names compare as the planner
 * reads them: case-insensitively, digits by number (`Mål2` before `Mål10`), in the interface's
 * language.
 */
import type { NameRow } from './nameManagerModel.js';

export const NAME_FILTERS = ['all', 'workbook', 'sheet', 'errors', 'noErrors'] as const;
export type NameFilter = (typeof NAME_FILTERS)[number];

export type NameColumn = 'name' | 'value' | 'refersTo' | 'scope';

export interface NameOrder {
  column: NameColumn;
  descending: boolean;
}

/** The dialog's first order: by name, A to Z (Excel's). */
export const BY_NAME: NameOrder = { column: 'name', descending: false };

function passes(row: NameRow, filter: NameFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'workbook':
      return row.sheet === undefined;
    case 'sheet':
      return row.sheet !== undefined;
    case 'errors':
      return row.error === true;
    case 'noErrors':
      return row.error !== true;
  }
}

/** The order after a click on `column`'s heading: that column A to Z, or Z to A when it was already A to Z. */
export function orderAfterClick(order: NameOrder, column: NameColumn): NameOrder {
  return { column, descending: order.column === column ? !order.descending : false };
}

/**
 * The rows `filter` keeps, in `order`; `workbookScope` is how the workbook's scope reads (it sorts
 * among the sheets' names by that text, as Excel's Scope column does). Ties keep the name order.
 */
export function shownNameRows(rows: readonly NameRow[], filter: NameFilter, order: NameOrder, language: string, workbookScope: string): NameRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const text = (row: NameRow): string => {
    switch (order.column) {
      case 'name':
        return row.name;
      case 'value':
        return row.value;
      case 'refersTo':
        return row.refersTo;
      case 'scope':
        return row.sheet?.name ?? workbookScope;
    }
  };
  const sign = order.descending ? -1 : 1;
  return rows
    .filter((row) => passes(row, filter))
    .sort((a, b) => sign * collator.compare(text(a), text(b)) || collator.compare(a.name, b.name));
}
