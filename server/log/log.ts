/**
 * One line per event: `<ISO time> <event> key=value …`. Nothing here ever receives a token: URLs
 * are logged through `pathOnly`, which drops the query string and fragment, and no caller passes
 * an Authorization header.
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

/** The request's path as logged: without its query string, at most 200 characters. */
export function pathOnly(url: string | undefined): string {
  return requestPath(url).slice(0, 200);
}

/** A one-line description of an error without its stack. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
