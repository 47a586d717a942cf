/**
 * What the entry (main.tsx) starts on the network the moment the page runs, before any chunk has
 * loaded (issue 17): the access role's and the server's values' requests, and the websocket
 * (earlySocket.ts). The modules that read the answers (workspaceRole.ts, serverValues.ts,
 * WorkspaceConnection.ts) load meanwhile and take these over. Dependency-free: it is part of the
 * entry's chunk.
 */
import { EarlySocket, syncUrl, workspaceSocketUrl } from './earlySocket.js';
import { tabPresenceKey } from './tabPresenceKey.js';

export interface EarlyStart {
  /** GET /api/workspaces/:id/access, sent. */
  readonly access: Promise<Response>;
  /** GET /api/workspaces/:id/values?screen=<locale> (the first scenario, with the pre-screen's text), sent. */
  readonly values: Promise<Response>;
  /** Stops the values' request (the page has computed its own). */
  stopValues(): void;
  readonly socket: EarlySocket;
}

export function workspaceApiUrl(workspaceId: string, path: 'access' | 'values'): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/${path}`;
}

/** `screenLocale`: the locale of the pre-screen's text (session/preScreen.ts). */
export function startEarly(workspaceId: string, token: string, location: Location, screenLocale: string): EarlyStart {
  const headers = { Authorization: `Bearer ${token}` };
  const access = fetch(workspaceApiUrl(workspaceId, 'access'), { headers });
  const valuesRequest = new AbortController();
  const values = fetch(`${workspaceApiUrl(workspaceId, 'values')}?screen=${encodeURIComponent(screenLocale)}`, { headers, signal: valuesRequest.signal });
  // A failed request is read (and handled) by its reader; not an unhandled rejection meanwhile.
  access.catch(() => undefined);
  values.catch(() => undefined);
  return { access, values, stopValues: () => valuesRequest.abort(), socket: new EarlySocket(workspaceSocketUrl(syncUrl(location), workspaceId, token, tabPresenceKey())) };
}
