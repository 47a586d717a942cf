/**
 * One line per event: `<ISO time> <event> key=value …`. Nothing here ever writes a token, whole
 * or in pieces: no value a client chose is written (a request's path is logged as its route,
 * `http/loggedPath.ts`; a close reason as its length; an error met on a client's request without
 * its message, `errorText`; a refused update without the keys it quotes), no caller passes an
 * Authorization header, and every value written is still cleared of token-shaped text and of the
 * operator's admin token (`withoutTokens`) as a last guard.
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

/** Where in the server's own code an error was thrown (`server/sync/x.ts:12`), from its stack. */
function thrownAt(error: Error): string | undefined {
  return /(?:server|models)\/[\w/.-]+\.[cm]?[jt]s:\d+/.exec(error.stack ?? '')?.[0];
}

/**
 * An error met while handling a client's request or frame, without its message: the message may
 * quote what the client sent (`JSON.parse` quotes the body, a property read names a key), so a
 * token in pieces could reach the log through it. Its name, its code and where it was thrown are
 * what an operator needs to find it (nineteenth hostile pass).
 */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = 'code' in error && typeof error.code === 'string' && /^[A-Z0-9_]{1,64}$/.test(error.code) ? ` ${error.code}` : '';
  const at = thrownAt(error);
  return `${error.name.replace(/[^\w.]/g, '').slice(0, 60)}${code}${at === undefined ? '' : ` at ${at}`}`;
}

/**
 * An error of the server's own work (the store's files, the client build, the start) with its
 * message, which no client wrote: SQLite's and the file system's texts name what failed.
 */
export function serverErrorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return withoutTokens(text.replace(/\s+/g, ' ')).slice(0, 300);
}
