/**
 * One line per event: `<ISO time> <event> key=value …`. Nothing here ever writes a token: URLs
 * are logged through `pathOnly`, which drops the query string and fragment, no caller passes an
 * Authorization header, and every value written is cleared of token-shaped text and of the
 * operator's admin token (`withoutTokens`), wherever a client put them.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

/**
 * Text shaped as a token the server makes (32 bytes in base64url, auth/tokens.ts), within a
 * longer run of the same characters too (`…%3Dtoken`, `%23token=…` read as one run from `3D`):
 * ids are 16 characters, so no workspace or version id has this shape. The seventeenth hostile
 * pass hid a token only as a whole path segment (`/api/workspaces/<token>/…`); a link whose `#`
 * a mail program sent as `%23` (`/w/<id>%23token=<token>`) and a token in a websocket's close
 * reason were written whole (eighteenth).
 */
const TOKEN_SHAPED = /[A-Za-z0-9_-]{43,}/g;

/** Secrets of other shapes never written to the log, with the text that stands for them. */
const secrets: Array<{ text: string; shownAs: string }> = [];

/**
 * Keeps `secret` out of every line from now on, as written and as a URL escapes it: the operator
 * may choose an `ADMIN_TOKEN` of any printable shape (16 characters or more), which `TOKEN_SHAPED`
 * does not know.
 */
export function keepOutOfLog(secret: string, shownAs: string): void {
  for (const text of new Set([secret, encodeURIComponent(secret), encodeURI(secret)])) {
    if (text.length > 0 && !secrets.some((known) => known.text === text)) secrets.push({ text, shownAs });
  }
  // The longest first, so an escaped form is not cut by a shorter one inside it.
  secrets.sort((a, b) => b.text.length - a.text.length);
}

/** `text` without the secrets `keepOutOfLog` was given and without token-shaped runs. */
export function withoutTokens(text: string): string {
  let cleared = text;
  for (const { text: secret, shownAs } of secrets) cleared = cleared.split(secret).join(shownAs);
  return cleared.replace(TOKEN_SHAPED, '[token-shaped]');
}

function formatValue(value: string | number | boolean): string {
  const text = typeof value === 'string' ? withoutTokens(value) : String(value);
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
 * `id` as logged: a token-shaped one as `[token-shaped]`, else at most 40 characters. Seventeenth
 * hostile pass: a link's token pasted where the workspace id goes (`/sync/<token>`) was answered
 * 404 and written whole to the log.
 */
export function loggedId(id: string): string {
  return withoutTokens(id).slice(0, 40);
}

/** The request's path as logged: without its query string, tokens hidden (`withoutTokens`), at most 200 characters. */
export function pathOnly(url: string | undefined): string {
  return withoutTokens(requestPath(url)).slice(0, 200);
}

/** A one-line description of an error without its stack. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return withoutTokens(text.replace(/\s+/g, ' ')).slice(0, 300);
}
