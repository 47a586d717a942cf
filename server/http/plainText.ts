/**
 * Names planners read in a list (a version's name, who saved it, an uploaded file's name that
 * becomes a workspace title and the automatic version "Før import af …"): plain text, so a line
 * break or a bidi override cannot make one look like another, and well-formed UTF-16, so what is
 * stored (SQLite keeps UTF-8) is what was answered. A lone surrogate was answered as sent and
 * listed afterwards as three replacement characters.
 */
import { NOT_PLAIN } from '../../models/format/plainText.js';
import { HttpError } from './responses.js';

const NOT_PLAIN_ANYWHERE = new RegExp(NOT_PLAIN.source, 'gu');

/** The longest uploaded file name accepted, as most file systems allow. */
const MAX_FILE_NAME_LENGTH = 255;

export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/**
 * An uploaded file's name as the import uses it: over 255 characters refused (400; the refusal
 * would otherwise repeat a 16 MB name back), every character that is not plain text a space.
 */
export function uploadFileName(name: string): string {
  if (name.length > MAX_FILE_NAME_LENGTH) throw new HttpError(400, `the file name is ${name.length.toLocaleString('en-US')} characters long; at most ${MAX_FILE_NAME_LENGTH}`);
  return name.replace(NOT_PLAIN_ANYWHERE, ' ').trim() || 'upload';
}
