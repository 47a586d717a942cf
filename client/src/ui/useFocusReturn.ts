/**
 * Focus back to what had it when a view opened (the button that opened it) once the view closes:
 * a keyboard user is never left on the page's top with the view gone. `onlyWhenLost`: only if
 * the focus is then on nothing or the page's body, for a panel beside the grid, where the planner
 * may have moved on (a cell, a card) before closing it.
 */
import { useEffect, useState } from 'react';

export function useFocusReturn(onlyWhenLost = false): void {
  // Read at the first render: by the time effects run, an autoFocus inside the view has moved it.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (opener?.isConnected && (lost || !onlyWhenLost)) opener.focus();
    },
    [opener, onlyWhenLost],
  );
}
