/**
 * The workbook session's grid interaction (interactionState.ts): the one store every grid, editor,
 * the formula bar and the sheet tabs read, and the one door their events go through. A grid is
 * made anew for every sheet shown; what outlives it (a cross-sheet edit, a pending cut, the last
 * copied block) lives here, with the session, and nowhere else.
 *
 * @example
 *   session.interaction.send({ type: 'cutCancelled' });
 *   pointing(session.interaction.state.get()); // the cross-sheet edit, or null
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { createStore } from '../ui/store.js';
import { initialInteraction, nextInteraction, type InteractionEvent, type InteractionState } from './interactionState.js';
import type { PickingKey } from './keyboardNavigation.js';

/** A grid that picks references by key (the shown sheet's GridController). */
export interface KeyPicker {
  /** Picks next to the cell picked last, or to `start` at first; false when no reference may go there. */
  pickByKey(key: PickingKey, start: CellPosition | null): boolean;
}

export class GridInteraction {
  readonly state = createStore<InteractionState>(initialInteraction());
  /** The grid of the sheet shown now (one at a time), for the formula bar's arrows (crossSheetKeys.ts). */
  private shownGrid: KeyPicker | null = null;

  send(event: InteractionEvent): void {
    this.state.set(nextInteraction(this.state.get(), event));
  }

  /** Offers the shown sheet's grid to the formula bar's arrows; the returned function withdraws it. */
  offerKeyPicking(grid: KeyPicker): () => void {
    this.shownGrid = grid;
    return () => {
      if (this.shownGrid === grid) this.shownGrid = null;
    };
  }

  keyPicker(): KeyPicker | null {
    return this.shownGrid;
  }
}
