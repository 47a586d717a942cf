/**
 * The bound on a workspace's size: the bytes of its Yjs document as the store holds it (snapshot
 * and log), which is what loading it applies. Loading, compacting, encoding the state for a
 * worker thread, a new client's first sync and applying an import all run on the one event loop
 * that syncs every workspace, and each costs time in proportion to this size (issue 15: with
 * 400,000 imported cells /healthz went unanswered for over 5 s). So every way a workspace grows
 * (a new workspace, an import, a live edit) is checked against it.
 *
 * Measured (2026-12-03, the shared 2-core machine; CPU time of `Y.applyUpdate` into a fresh
 * Y.Doc with single-threaded GC, which is what the load takes on an idle machine): 50,000 cells
 * of numbers, 1.8 MB, 210–490 ms (the first load, before the JIT warmed up, is the slower);
 * 100,000 cells, 3.7 MB, 440–790 ms; the worst case per byte, 100,000 one-character list
 * entries in 1.4 MB, 290–560 ms. Hence 2 MiB: about 55,000 cells of numbers load in well under
 * a second, and no 2 MiB document takes a second.
 */
const MIB = 1024 * 1024;

export const DEFAULT_MAX_WORKSPACE_BYTES = 2 * MIB;

/** Bytes per cell of numbers in a stored workspace (the key "rowId:colId", the value, the item). */
const BYTES_PER_NUMBER_CELL = 37;

/**
 * The fewest bytes a stored cell with content takes (measured 2026-12-04: 31.8 for one-digit
 * numbers 100 to a row, 34–50 for fewer to a row, 37.5 for one-letter text), with a margin: a file
 * with more cells than the bound divided by this can never fit, whatever they hold.
 */
const FEWEST_BYTES_PER_CELL = 24;

/** The content-cell bound an import is read against, so a file that cannot fit is refused before it is built. */
export function cellsThatCouldFit(maxBytes: number): { cells: number; characters: number; reason: string } {
  const cells = Math.floor(maxBytes / FEWEST_BYTES_PER_CELL);
  const numbers = Math.floor(maxBytes / BYTES_PER_NUMBER_CELL / 1000) * 1000;
  // Every character of a cell's text or formula is stored in at least one byte.
  return { cells, characters: maxBytes, reason: `a workspace may take at most ${megabytes(maxBytes)} MB (about ${numbers.toLocaleString('en-US')} cells of numbers)` };
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}

/**
 * Why a workspace of `bytes` is too large, as a sentence for the client; null when it fits.
 * Example: "the workspace would take 3.7 MB; a workspace may take at most 2.1 MB (about 56,000 cells of numbers)".
 */
export function workspaceSizeProblem(bytes: number, maxBytes: number): string | null {
  if (bytes <= maxBytes) return null;
  const cells = Math.floor(maxBytes / BYTES_PER_NUMBER_CELL / 1000) * 1000;
  return `the workspace would take ${megabytes(bytes)} MB; a workspace may take at most ${megabytes(maxBytes)} MB (about ${cells.toLocaleString('en-US')} cells of numbers)`;
}
