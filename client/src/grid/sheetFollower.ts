/**
 * Something of one sheet the grid keeps in step with the document (its merged areas, its hidden
 * lines): read again after every transaction, local or a colleague's, and passed on to the
 * listeners only when it changed.
 *
 * @example
 *   const follower = new SheetFollower(doc, () => sheetMerges(doc, sheetId), sameAreas, (areas) => index(areas));
 *   follower.onChange(() => grid.redrawRows());
 */
import type * as Y from 'yjs';

export class SheetFollower<T> {
  private current: T;
  private readonly listeners = new Set<() => void>();
  private readonly onTransaction = (): void => {
    const next = this.read();
    if (this.same(next, this.current)) return;
    this.current = next;
    this.apply(next);
    for (const listener of this.listeners) listener();
  };

  /** `apply` is given the first reading at once, then each changed one before the listeners are told. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly read: () => T,
    private readonly same: (a: T, b: T) => boolean,
    private readonly apply: (value: T) => void,
  ) {
    this.current = read();
    apply(this.current);
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  /** Calls `listener` when the value changes; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
