/**
 * A multipart/form-data body read with a size limit: at most one file (field `file`) and text
 * fields, where a field named in `repeatable` may come several times.
 */
import type { IncomingMessage } from 'node:http';
import type { BodiesInFlight } from './bodiesInFlight.js';
import { readBody } from './requestBody.js';
import { HttpError } from './responses.js';

export interface MultipartForm {
  file: File | null;
  fields: Record<string, string>;
  repeated: Record<string, string[]>;
}

export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data;/i.test(req.headers['content-type'] ?? '');
}

export async function readMultipartForm(req: IncomingMessage, limit: number, bodies: BodiesInFlight, repeatable: readonly string[] = []): Promise<MultipartForm> {
  const type = req.headers['content-type'] ?? '';
  if (!isMultipart(req)) throw new HttpError(415, 'send the file as multipart/form-data (field "file")');
  const body = await readBody(req, limit, bodies);
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
