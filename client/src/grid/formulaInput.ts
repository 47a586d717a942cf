/**
 * The input a formula is being typed into (the in-cell editor or the formula bar) registers with
 * the session's grid interaction, so that a click in the grid can put a reference into it instead
 * of ending the edit (referencePicking.ts).
 */
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { FormulaInput } from './interactionState.js';

/** Registers `input` as the session's formula input; the returned function unregisters it. */
export function trackFormulaInput(session: WorkbookSession, input: FormulaInput): () => void {
  session.interaction.send({ type: 'inputFocused', input });
  return () => session.interaction.send({ type: 'inputLeft', input });
}
