/**
 * A multipart/form-data body read with a size limit: at most one file (field `file`) and text
 * fields, where a field named in `repeatable` may come several times. The parts are counted
 * before the body is parsed (MAX_FORM_PARTS).
 */
import type { IncomingMessage } from 'node:http';
import { MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';
import type { BodiesInFlight } from './bodiesInFlight.js';
import { readBody } from './requestBody.js';
import { HttpError } from './responses.js';

/**
 * Parts one form may hold: a file and a few fields (an actuals upload's `filter` once per
 * dimension of its table). The body is parsed into parts on the event loop every workspace shares:
 * an editor's 8 MB form of 200,000 tiny parts held /healthz 2 s (fourteenth hostile pass), and a
 * refusal listed every unknown field's name.
 */
export const MAX_FORM_PARTS = 100;

/** Room for the multipart framing and the small fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface MultipartForm {
  file: File | null;
  fields: Record<string, string>;
  repeated: Record<string, string[]>;
}

export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data;/i.test(req.headers['content-type'] ?? '');
}

/** The boundary a multipart Content-Type names (quoted or not), or null. */
function boundaryOf(type: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(type);
  return match ? (match[1] ?? match[2]!) : null;
}

/** How many delimiters (`--boundary` at the body's start or after a line break) the body holds, counting at most `atMost`. */
function delimiters(body: Buffer, boundary: string, atMost: number): number {
  const delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  let count = body.subarray(0, delimiter.length - 2).equals(delimiter.subarray(2)) ? 1 : 0;
  for (let at = body.indexOf(delimiter); at !== -1 && count < atMost; at = body.indexOf(delimiter, at + delimiter.length)) count++;
  return count;
}

/** The form of an upload: a file of at most MAX_IMPORT_FILE_BYTES and its fields, within `maxBodyBytes` (MAX_BODY_BYTES). */
export async function readMultipartForm(req: IncomingMessage, maxBodyBytes: number, bodies: BodiesInFlight, repeatable: readonly string[] = []): Promise<MultipartForm> {
  const type = req.headers['content-type'] ?? '';
  if (!isMultipart(req)) throw new HttpError(415, 'send the file as multipart/form-data (field "file")');
  const body = await readBody(req, Math.min(maxBodyBytes, MAX_IMPORT_FILE_BYTES + MULTIPART_OVERHEAD), bodies);
  const boundary = boundaryOf(type);
  // One delimiter more than parts: the closing one.
  if (boundary !== null && delimiters(body, boundary, MAX_FORM_PARTS + 2) > MAX_FORM_PARTS + 1) {
    throw new HttpError(400, `the form has more than ${MAX_FORM_PARTS} parts; send the file and its few fields`);
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new HttpError(400, 'the body is not valid multipart/form-data');
  }
  const result: MultipartForm = { file: null, fields: {}, repeated: {} };
  for (const [key, value] of form.entries()) {
    if (key === 'file' && typeof value !== 'string' && result.file === null) result.file = value;
    else if (typeof value === 'string' && repeatable.includes(key)) (result.repeated[key] ??= []).push(value);
    else if (typeof value === 'string' && !(key in result.fields)) result.fields[key] = value;
    else throw new HttpError(400, `the field "${key}" is not expected (once) here`);
  }
  return result;
}
