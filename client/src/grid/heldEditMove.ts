/**
 * After Enter, Tab or an arrow commits a cell edit, the move to the next cell waits for the goal
 * cards (issue 17). The edit is in the document and on its way to the engine worker before the
 * move starts; but the move itself (AG Grid's focus change and editor teardown, 10–20 ms on the
 * 2-core VM) and the frame that draws it came next on the page's thread, and the worker's answer,
 * ready after 8–10 ms, queued behind both before the cards could show it. Held, the cards render
 * first and the move follows in the next task. The whole move is held, the selection, name box and
 * formula bar too: whatever the Enter changes on the page is drawn in a frame that the answer
 * otherwise waits behind (issue 17, twelfth session).
 *
 * The move never waits longer than HOLD_AT_MOST_MS, and never for the planner: any key, click or
 * wheel makes it at once, before anything else sees the event; a key that reached the editor is
 * then the grid's, in the cell moved to (typing "1 Enter 2" quickly starts the next cell with 2).
 * When the focus goes elsewhere (the name box, a dialog), the move is made without taking it back.
 */

/** The most the move waits for the engine's answer: the bar for the own goal card (issue 17). */
export const HOLD_AT_MOST_MS = 50;

export interface HeldEditMove {
  /** Makes the move now, if it is still held. */
  release(): void;
  /** Drops the move (the grid is going away). */
  cancel(): void;
}

export interface EditMoveHold {
  /** The cell editor's element: a key aimed at it belongs to the grid once the editor is gone. */
  editor: HTMLElement;
  /** Calls back once when the goal cards have the engine's answer (ScenarioComputation.onceGoalsAnswered). */
  goalsAnswered: (listener: () => void) => () => void;
  /** The move; `takeFocus` false when the planner put the focus elsewhere meanwhile. */
  move: (takeFocus: boolean) => void;
  /** A key that was aimed at the editor, for the grid in the cell moved to. */
  gridKey: (event: KeyboardEvent) => void;
}

const POINTER_EVENTS = ['pointerdown', 'wheel'] as const;

export function holdEditMove({ editor, goalsAnswered, move, gridKey }: EditMoveHold): HeldEditMove {
  let held = true;
  const stop = (): void => {
    held = false;
    clearTimeout(timer);
    offAnswer();
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('focusin', onFocusIn, true);
    for (const type of POINTER_EVENTS) window.removeEventListener(type, onPointer, true);
  };
  const finish = (takeFocus: boolean): void => {
    if (!held) return;
    stop();
    move(takeFocus);
  };
  const onPointer = (): void => finish(true);
  const onKeyDown = (event: KeyboardEvent): void => {
    finish(true);
    if (event.target !== editor) return;
    // The editor is gone; nothing else may act on a key aimed at it.
    event.stopImmediatePropagation();
    gridKey(event);
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== editor) finish(false);
  };
  // In a task of its own: the cards' render (a microtask the answer queued) and whatever waits on
  // their change come first, and the browser may draw them before the move.
  const offAnswer = goalsAnswered(() => setTimeout(() => finish(true), 0));
  const timer = setTimeout(() => finish(true), HOLD_AT_MOST_MS);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('focusin', onFocusIn, true);
  for (const type of POINTER_EVENTS) window.addEventListener(type, onPointer, true);
  return { release: () => finish(true), cancel: () => held && stop() };
}
