/**
 * Restoring a saved version as an operation: the version's Yjs state (as the server stores it) is
 * read into a scratch document and the workbook is made equal to it in the caller's transaction
 * (replaceWorkbookContent), so the restore is one undoable change like any other edit. Issue 12,
 * problem 4: a restore used to be applied by the server under its own origin, out of reach of
 * the restorer's Ctrl+Z.
 */
import * as Y from 'yjs';
import { replaceWorkbookContent } from '../workbook/replaceWorkbookContent.js';
import { sheetsMap } from '../workbook/workbookSchema.js';
import { WorkbookOperationError } from './workbookOperation.js';

/**
 * A saved version's state read into a scratch document (the caller destroys it); throws
 * WorkbookOperationError when it is not a workbook. The check (operationChecks) and the restore read it alike.
 */
export function versionDoc(state: unknown): Y.Doc {
  if (!(state instanceof Uint8Array)) throw new WorkbookOperationError('a version state is bytes', 'invalid-input');
  const source = new Y.Doc();
  try {
    Y.applyUpdate(source, state);
  } catch {
    source.destroy();
    throw new WorkbookOperationError('the version is not a readable workbook', 'invalid-input');
  }
  if (sheetsMap(source).size === 0) {
    source.destroy();
    throw new WorkbookOperationError('the version holds no sheet', 'invalid-input');
  }
  return source;
}

/** Makes `doc`'s workbook equal to the version's (call inside the operation's transaction). */
export function restoreVersion(doc: Y.Doc, state: Uint8Array): void {
  const source = versionDoc(state);
  try {
    replaceWorkbookContent(doc, source);
  } finally {
    source.destroy();
  }
}
