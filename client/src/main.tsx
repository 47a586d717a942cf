/**
 * Fremskriv in the browser. The entry is small and starts everything an open workspace needs at
 * once, in parallel (issue 17: no waterfall): the engine worker (its script is the largest), the
 * connection (websocket, offline copy, access role, stored values) and the app's chunks; the
 * connection's and the app's chunks are preloaded together by Vite's import() helper.
 */
import { EngineWorker } from './engines/EngineWorker.js';
import { openWorkspaceAddress } from './session/workspaceAddress.js';
import './styles.css';

const address = openWorkspaceAddress(window.location, window.history, sessionStorage);
const token = address?.token ?? null;
const engineWorker = address && token ? new EngineWorker() : null;
const opening = address && token && engineWorker ? import('./workspace/openWorkspace.js').then((m) => m.openWorkspace(address.workspaceId, token, engineWorker)) : Promise.resolve(null);
const app = import('./startApp.js');
// A connection chunk that failed to load is opened again by the page (and fails there visibly).
void Promise.all([app, opening.catch(() => null)]).then(([{ startApp }, opened]) => startApp(address, opened));
