/** A fixture for the architecture test: half of a cycle made only of type imports. */
import type { SheetCommands } from './sheetCommands.js';

export interface SheetView {
  commands: SheetCommands;
}
