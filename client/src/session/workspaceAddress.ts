/**
 * Where the browser was sent: `/w/<workspaceId>#token=<token>`. The token is read from the
 * fragment (never sent to the server in the URL), kept in sessionStorage for reloads, and removed
 * from the address bar so that it is not shared by a copied link or a screenshot.
 */
const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,1024}$/;

export interface WorkspaceAddress {
  workspaceId: string;
  token: string | null;
}

export function workspaceIdFromPath(pathname: string): string | null {
  const match = /^\/w\/([^/]+)\/?$/.exec(pathname);
  const id = match ? decodeURIComponent(match[1]!) : null;
  return id && WORKSPACE_ID.test(id) ? id : null;
}

export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && TOKEN.test(token) ? token : null;
}

function storageKey(workspaceId: string): string {
  return `fremskriv.token.${workspaceId}`;
}

/** Reads the address, moves a fragment token into sessionStorage and clears the fragment. */
export function openWorkspaceAddress(location: Location, history: History, storage: Storage): WorkspaceAddress | null {
  const workspaceId = workspaceIdFromPath(location.pathname);
  if (!workspaceId) return null;
  const fromFragment = tokenFromFragment(location.hash);
  if (fromFragment) {
    storage.setItem(storageKey(workspaceId), fromFragment);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  const stored = storage.getItem(storageKey(workspaceId));
  return { workspaceId, token: fromFragment ?? (stored && TOKEN.test(stored) ? stored : null) };
}
