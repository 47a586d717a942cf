/** A fixture for the architecture test: imports into the cycle without being part of it. */
import type { SheetView } from './sheetView.js';

export type Shown = SheetView | null;
