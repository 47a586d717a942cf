/**
 * JSON text read as every JSON body Fremskriv takes is read: nesting past MAX_JSON_DEPTH refused
 * before it is parsed (jsonNesting.ts), then parsed, then a key named twice in one object refused
 * (jsonDuplicateKeys.ts). The REST body reader runs it on the event loop for small bodies; a new
 * workspace's v1 file (up to the server's body limit) is read in a worker thread.
 *
 * @example readJsonText('{"a":1}') // → { a: 1 }
 * @example readJsonText('{"a":1,"a":2}') // throws JsonTextError('refused', 'the JSON names "a" twice; give each key once')
 */
import { duplicateKeyMessage, jsonDuplicateKey } from './jsonDuplicateKeys.js';
import { jsonNestedPast, jsonTooDeepMessage } from './jsonNesting.js';

/** `invalid`: not JSON at all; `refused`: JSON, but nested too deep or with a key named twice. */
export class JsonTextError extends Error {
  constructor(
    readonly kind: 'invalid' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'JsonTextError';
  }
}

/** The value of `text`, which is not empty; throws JsonTextError. */
export function readJsonText(text: string): unknown {
  if (jsonNestedPast(text)) throw new JsonTextError('refused', jsonTooDeepMessage());
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new JsonTextError('invalid', error instanceof Error ? error.message : String(error));
  }
  const duplicate = jsonDuplicateKey(text);
  if (duplicate) throw new JsonTextError('refused', `${duplicateKeyMessage(duplicate)}; give each key once`);
  return value;
}

/** What a request body's reader answers for it: `the body is not valid JSON: …` / `the body is not accepted: …`. */
export function jsonBodyMessage(error: JsonTextError): string {
  return error.kind === 'invalid' ? `the body is not valid JSON: ${error.message}` : `the body is not accepted: ${error.message}`;
}

/**
 * The value of a file's JSON `text`, or the error `fail` makes of what is wrong with it: `not valid
 * JSON: …`, or `<refusedAs>: …` for JSON nested too deep or naming a key twice.
 *
 * @example readJsonFile(text, 'the JSON is not Jobindsats data', (m) => new JobindsatsError(m))
 */
export function readJsonFile(text: string, refusedAs: string, fail: (message: string) => Error): unknown {
  try {
    return readJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    throw fail(error.kind === 'invalid' ? `not valid JSON: ${error.message}` : `${refusedAs}: ${error.message}`);
  }
}
