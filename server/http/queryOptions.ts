/**
 * A REST request's query options, read one way for every endpoint. An option given more than once
 * (`?scenario=a&scenario=b`) is a 400 naming it: before the twentieth session the evaluation,
 * values, solve and sensitivity endpoints silently used the first, so a careless script's second
 * scenario was answered as if it had asked for the first.
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

/** The query options; an option given more than once is a 400 (repeatedOptionProblem). */
export function queryOptions(req: IncomingMessage): URLSearchParams {
  const params = requestUrl(req).searchParams;
  const problem = repeatedOptionProblem(params);
  if (problem !== null) throw new HttpError(400, problem);
  return params;
}

/** The query options checked against a schema; a mismatch is a 400 naming the option. */
export function readQuery<T>(req: IncomingMessage, schema: z.ZodType<T>): T {
  const result = schema.safeParse(Object.fromEntries(queryOptions(req)));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new HttpError(400, issue.code === 'unrecognized_keys' ? `unknown option: ${issue.keys.join(', ')}` : issue.message);
  }
  return result.data;
}
