/**
 * A request's path as its log line writes it: never the text a client sent, only the route it
 * took. Each segment is a word the server routes on, an id the server found (a workspace whose
 * access was decided, a version answered below 400), a placeholder for a value it did not (`:id`,
 * `:version`, `:goal`, `:sheet`), a client file the server served, or nothing of the client's.
 *
 * Nineteenth hostile pass: the eighteenth masked runs of 43 or more token characters in the raw
 * path, so a token cut in pieces (two path segments, a percent-escape in its middle, three
 * "workspace ids" of 16 characters in three requests) was written whole, a piece a line.
 */
import type { IncomingMessage } from 'node:http';
import { ID_PATTERN } from '../auth/tokens.js';

/** The workspace each request found (its access was decided: answered, 401 or 403, not 404). */
const foundWorkspaces = new WeakMap<IncomingMessage, string>();

/** Notes that `req` names a workspace that exists, so its log line may write the id. */
export function noteWorkspaceFound(req: IncomingMessage, workspaceId: string): void {
  foundWorkspaces.set(req, workspaceId);
}

/** What a request found: its workspace (if any), and whether it was answered below 400. */
interface Found {
  workspace: string | undefined;
  answered: boolean;
}

/** The words after `/api/workspaces/<id>/` and `…/versions/<id>/` that a route takes. */
const ROUTE_WORDS = new Set([
  'workbook.json', 'evaluation', 'access', 'values', 'versions', 'tokens', 'export.xlsx', 'sheets',
  'import', 'actuals', 'refresh', 'goals', 'solve', 'sensitivity', 'restore', 'state', 'plan',
]);

/** The placeholder of the value after a word (`versions/:version`), where the route takes one. */
const VALUE_AFTER: Readonly<Record<string, string>> = { workspaces: ':id', versions: ':version', goals: ':goal', sheets: ':sheet' };

/** The value at a placeholder's place as logged: the id the server found there, else the placeholder. */
function loggedValue(placeholder: string, segment: string, found: Found): string {
  if (placeholder === ':id') return segment === found.workspace ? segment : placeholder;
  // A version answered below 400 was found; a sheet's name and a goal's id are the workbook's
  // text, which an editor chose: never written.
  return placeholder === ':version' && found.answered && ID_PATTERN.test(segment) ? segment : placeholder;
}

/** At most this many segments are written (a route has at most six). */
const MAX_SEGMENTS = 7;

function apiPath(path: string, found: Found): string {
  const segments = path.split('/').slice(1);
  const logged: string[] = [];
  let expected: string | null = null;
  for (const [index, segment] of segments.entries()) {
    if (index >= MAX_SEGMENTS) {
      logged.push('…');
      break;
    }
    if (index === 0 && segment === 'api') logged.push(segment);
    else if (index === 1 && segment === 'workspaces') logged.push(segment);
    else if (expected !== null) {
      logged.push(loggedValue(expected, segment, found));
      if (expected === ':sheet') break;
      expected = null;
      continue;
    } else if (ROUTE_WORDS.has(segment)) logged.push(segment);
    else {
      logged.push('*');
      continue;
    }
    expected = VALUE_AFTER[segment] ?? null;
  }
  return `/${logged.join('/')}`;
}

/** `path` (the request's path, query cut off) as logged, given the request and its answer's status. */
export function loggedPath(req: IncomingMessage, path: string, status: number): string {
  const answered = status < 400;
  if (path === '/' || path === '/healthz') return path;
  if (path === '/api' || path.startsWith('/api/')) return apiPath(path, { workspace: foundWorkspaces.get(req), answered });
  if (path.startsWith('/w/')) return '/w/:id';
  // A file of the built client (checked to exist before it was served): its name is the build's.
  if (answered && path.length <= 200 && /^\/[\w./-]+$/.test(path)) return path;
  return `[a path of ${path.length} characters]`;
}
