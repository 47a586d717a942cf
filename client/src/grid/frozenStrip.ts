/**
 * Issue 17: the frozen cells (row numbers and frozen columns) of every scrolling row, gathered
 * into one strip that sticks to the grid's left edge. AG Grid 36 keeps each row's frozen cells
 * in a `position: sticky` block of its own, and Chromium makes each block a compositor layer:
 * 41 of the large sheet's 54 layers, and frames of three vsyncs while scrolling fast. Here each
 * row's frozen cells (AG Grid's `.ag-grid-container-wrapper`, where it puts them) move into the
 * strip as the row is rendered, at the row's height; the emptied block stays in the row, not
 * sticky, keeping the frozen columns' width. AG Grid still renders, focuses and edits those cells
 * (it finds a cell from an event by walking up from its element, wherever that is) and removes
 * them with their row; the strip only follows each row's position, height and frozen width.
 * The frozen rows and the header keep AG Grid's own blocks (a few, not one per row).
 */
const SECTION = 'ag-grid-pinned-left-cells';
let ids = 0;
const GATHERED = 'fx-frozen-gathered';

interface GatheredRow {
  /** The row's frozen cells, moved into the strip. */
  cells: HTMLElement;
  /** AG Grid's block they came from, left in the row: its width is the frozen columns'. */
  section: HTMLElement;
}

/**
 * Gathers the frozen cells of the rows in `container` (AG Grid's `.ag-grid-scrolling-container`)
 * into one strip, for as long as the grid lives; the function returned puts them back.
 */
export function gatherFrozenCells(container: HTMLElement): () => void {
  const strip = document.createElement('div');
  strip.className = 'fx-frozen-strip';
  strip.setAttribute('role', 'presentation');
  // By row element: AG Grid may take a row out and put it back later, its frozen cells with it.
  const gathered = new WeakMap<HTMLElement, GatheredRow>();
  /** The rows whose frozen cells are in the strip now. */
  const shown = new Set<HTMLElement>();

  const place = (row: HTMLElement, { cells, section }: GatheredRow): void => {
    const { style } = cells;
    if (style.transform !== row.style.transform) style.transform = row.style.transform;
    if (style.top !== row.style.top) style.top = row.style.top;
    if (style.height !== row.style.height) style.height = row.style.height;
    if (style.width !== section.style.width) style.width = section.style.width;
  };

  const watched = new WeakSet<HTMLElement>();

  const gather = (row: HTMLElement): void => {
    // AG Grid moves a row by its style, and may put the frozen block into it after the row.
    if (!watched.has(row)) {
      watched.add(row);
      watcher.observe(row, { attributes: true, attributeFilter: ['style'], childList: true });
    }
    const section = row.querySelector<HTMLElement>(`:scope > .${SECTION}`);
    const known = gathered.get(row);
    if (known) {
      // AG Grid took the block out (no frozen column left) or put it back: the cells follow it.
      if (section !== known.section) return release(row);
      if (!shown.has(row)) strip.append(known.cells);
      shown.add(row);
      place(row, known);
      return;
    }
    const cells = section?.firstElementChild;
    if (!section || !(cells instanceof HTMLElement)) return;
    const entry = { cells, section };
    gathered.set(row, entry);
    shown.add(row);
    section.classList.add(GATHERED);
    cells.classList.add('fx-frozen-cells');
    ownCellsInRow(row, cells);
    place(row, entry);
    strip.append(cells);
    // AG Grid sizes the frozen block by its style when a frozen column is resized.
    watcher.observe(section, { attributes: true, attributeFilter: ['style'] });
  };

  const release = (row: HTMLElement): void => {
    gathered.get(row)?.cells.remove();
    shown.delete(row);
  };

  const rowOf = (node: Node): HTMLElement | null => (node instanceof HTMLElement && node.classList.contains('ag-row') ? node : null);

  const watcher = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target === container) {
        for (const node of record.removedNodes) {
          const row = rowOf(node);
          if (row) release(row);
        }
        for (const node of record.addedNodes) {
          const row = rowOf(node);
          if (row) gather(row);
        }
        continue;
      }
      const target = record.target as HTMLElement;
      const row = rowOf(target) ?? rowOf(target.parentElement ?? target);
      if (row && row.parentElement === container) gather(row);
    }
  });
  watcher.observe(container, { childList: true });
  container.prepend(strip);
  for (const child of container.children) {
    const row = rowOf(child);
    if (row) gather(row);
  }

  return () => {
    watcher.disconnect();
    for (const row of shown) {
      const { cells, section } = gathered.get(row)!;
      row.removeAttribute('aria-owns');
      section.classList.remove(GATHERED);
      cells.classList.remove('fx-frozen-cells');
      cells.style.cssText = '';
      section.append(cells);
    }
    shown.clear();
    strip.remove();
  };
}

/**
 * A screen reader still reads a row's frozen cells in the row, first: the row owns them
 * (`aria-owns`, which also orders the row's children), wherever they are drawn.
 */
function ownCellsInRow(row: HTMLElement, cells: HTMLElement): void {
  const scrolling = row.querySelector<HTMLElement>(':scope > .ag-grid-scrolling-cells');
  cells.id ||= `fx-frozen-${++ids}`;
  if (scrolling) scrolling.id ||= `fx-scrolling-${ids}`;
  row.setAttribute('aria-owns', scrolling ? `${cells.id} ${scrolling.id}` : cells.id);
}
