/** The limits on one peer's update, and the error that refuses one (see updateReader.ts). */
export interface UpdateLimits {
  /** Items, GC and skip structs in one update. */
  maxStructs: number;
  /** Distinct client ids among the structs and the delete set. */
  maxClients: number;
  /** Ranges in the delete set. */
  maxDeleteRanges: number;
}

/**
 * malformed: not a Yjs update; limit/content: refused for good; incomplete: resync and retry;
 * budget: the token's update budget cannot pay for the check (updateBudget.ts), try again later.
 */
export type RefusalKind = 'malformed' | 'limit' | 'content' | 'incomplete' | 'budget';

/**
 * Why an update was refused; `kind` picks the close code (models/api/closeCodes.ts). `message`
 * may quote the update's keys (the sender is told which); `logged` never does: a key may hold a
 * piece of a token (nineteenth hostile pass).
 */
export class UpdateRefusal extends Error {
  constructor(
    message: string,
    readonly kind: RefusalKind,
    readonly logged = message,
  ) {
    super(message);
    this.name = 'UpdateRefusal';
  }
}

/** The yjs content refs the workbook schema never uses, by number (yjs readItemContent). */
export const FOREIGN_CONTENT: Readonly<Record<number, string>> = {
  3: 'binary content',
  4: 'text (Y.Text) content',
  5: 'an embed',
  6: 'a text format',
  9: 'a sub-document (Y.Doc)',
};
