/**
 * One line per event: `<ISO time> <event> key=value …`. Nothing here ever receives a token: URLs
 * are logged through `pathOnly`, which drops the query string and fragment and hides a path
 * segment shaped as a token, ids a client sent through `loggedId`, and no caller passes an
 * Authorization header.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

function formatValue(value: string | number | boolean): string {
  const text = String(value);
  return /^[\w.:/@+-]+$/.test(text) ? text : JSON.stringify(text);
}

/** Writes one event line to stdout (errors to stderr). */
export function logEvent(event: string, fields: LogFields = {}, stream: 'out' | 'err' = 'out'): void {
  const parts = [new Date().toISOString(), event];
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) parts.push(`${key}=${formatValue(value)}`);
  }
  const line = `${parts.join(' ')}\n`;
  if (stream === 'err') process.stderr.write(line);
  else process.stdout.write(line);
}

/** The path of a request URL without its query string (where a sync token travels), whole: what requests are routed by. */
export function requestPath(url: string | undefined): string {
  if (!url) return '/';
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/**
 * A path segment shaped as a token the server makes (32 bytes in base64url, auth/tokens.ts): ids
 * are 16 characters, so no workspace or version id has this shape. Seventeenth hostile pass: a
 * link's token pasted where the workspace id goes (`/api/workspaces/<token>/access`,
 * `/sync/<token>`) was answered 404 and written whole to the log.
 */
const TOKEN_SHAPED_SEGMENT = /(?<=^|\/)[A-Za-z0-9_-]{43}(?=\/|$)/g;

/** `id` as logged: a token-shaped one as `[token-shaped]`, else at most 40 characters. */
export function loggedId(id: string): string {
  return id.replace(TOKEN_SHAPED_SEGMENT, '[token-shaped]').slice(0, 40);
}

/** The request's path as logged: without its query string, token-shaped segments hidden, at most 200 characters. */
export function pathOnly(url: string | undefined): string {
  return requestPath(url).replace(TOKEN_SHAPED_SEGMENT, '[token-shaped]').slice(0, 200);
}

/** A one-line description of an error without its stack. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
