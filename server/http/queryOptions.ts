/**
 * A REST request's query options, read one way for every endpoint. An option given more than once
 * (`?scenario=a&scenario=b`) is a 400 naming it: before the twentieth session the evaluation,
 * values, solve and sensitivity endpoints silently used the first, so a careless script's second
 * scenario was answered as if it had asked for the first. An option the endpoint does not know
 * (`?scenaro=Højkonjunktur`) is a 400 naming it and the ones it knows: before the sixteenth hostile
 * pass those four endpoints ignored it and answered for the default scenario.
 */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './responses.js';

/** The path and query of a request, as a URL (the host is never read). */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://fremskriv.invalid');
}

/** `the option "scenario" is given 2 times; give each option once`, or null when each is given once. */
export function repeatedOptionProblem(params: URLSearchParams): string | null {
  const seen = new Map<string, number>();
  for (const key of params.keys()) seen.set(key, (seen.get(key) ?? 0) + 1);
  for (const [key, times] of seen) {
    if (times > 1) return `the option "${key.slice(0, 40)}" is given ${times} times; give each option once`;
  }
  return null;
}

/** How many unknown options a refusal names (a query may hold thousands). */
const UNKNOWN_NAMED = 5;

/** `unknown option: scenaro; this path takes scenario, step`, or null when every option is known. */
export function unknownOptionProblem(params: URLSearchParams, known: readonly string[]): string | null {
  const unknown = [...new Set(params.keys())].filter((key) => !known.includes(key));
  if (unknown.length === 0) return null;
  const named = unknown.slice(0, UNKNOWN_NAMED).map((key) => (key === '' ? '""' : key.slice(0, 40)));
  const more = unknown.length > UNKNOWN_NAMED ? ` and ${unknown.length - UNKNOWN_NAMED} more` : '';
  const takes = known.length === 0 ? 'no options' : known.join(', ');
  return `unknown option${unknown.length > 1 ? 's' : ''}: ${named.join(', ')}${more}; this path takes ${takes}`;
}

/**
 * The query options, each one of `known` and given once; else a 400 (repeatedOptionProblem,
 * unknownOptionProblem).
 *
 * @example queryOptions(req, ['scenario', 'step']) // `?scenaro=x` → 400 unknown option: scenaro; this path takes scenario, step
 */
export function queryOptions(req: IncomingMessage, known: readonly string[]): URLSearchParams {
  const params = requestUrl(req).searchParams;
  const problem = repeatedOptionProblem(params) ?? unknownOptionProblem(params, known);
  if (problem !== null) throw new HttpError(400, problem);
  return params;
}

/** The query options checked against an object schema (its keys the known options); a mismatch is a 400 naming the option. */
export function readQuery<T>(req: IncomingMessage, schema: z.ZodObject & z.ZodType<T>): T {
  const result = schema.safeParse(Object.fromEntries(queryOptions(req, Object.keys(schema.shape))));
  if (!result.success) throw new HttpError(400, result.error.issues[0]!.message);
  return result.data;
}
