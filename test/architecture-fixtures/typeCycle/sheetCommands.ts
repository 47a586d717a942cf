/** A fixture for the architecture test: the other half, back through `import type`. */
import type { SheetView } from './sheetView.js';

export interface SheetCommands {
  run(view: SheetView): void;
}
