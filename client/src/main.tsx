/**
 * Fremskriv in the browser. The entry is small and starts everything an open workspace needs at
 * once, in parallel (issue 17: no waterfall): the requests for the access role and the server's
 * values and the websocket (session/earlyStart.ts: the server answers while the chunks load), the
 * engine worker (its script is the largest), the connection (offline copy, stored values) and the
 * app's chunks; the connection's and the app's chunks are preloaded together by Vite's import()
 * helper. Meanwhile it paints the pre-screen (session/preScreen.ts) from the server's answer.
 */
import { EngineWorker } from './engines/EngineWorker.js';
import { openWorkspaceAddress } from './session/workspaceAddress.js';
import { startEarly } from './session/earlyStart.js';
import { screenLocale, showPreScreen } from './session/preScreen.js';
import { storedLanguage } from './i18n/languageChoice.js';
import './styles.css';

const address = openWorkspaceAddress(window.location, window.history, sessionStorage);
const token = address?.token ?? null;
const early = address && token ? startEarly(address.workspaceId, token, window.location, screenLocale(storedLanguage(localStorage))) : undefined;
// The first sheet and the goal cards from the server's answer, painted before any chunk has run.
if (early) showPreScreen(early.values, early.access, localStorage, document);
const engineWorker = address && token ? new EngineWorker() : null;
const opening =
  address && token && engineWorker ? import('./workspace/openWorkspace.js').then((m) => m.openWorkspace(address.workspaceId, token, engineWorker, early)) : Promise.resolve(null);
const app = import('./startApp.js');
// A page's first Intl number format costs 30–90 ms on the development VM (ICU sets up its data),
// its first date format 6–10 ms: paid here while the page waits for the network, not by the goal
// cards and the grid's first render (bench/firstViewProfile.ts). Later formatters, in any locale,
// take well under a millisecond.
const warmIntl = (): void => {
  new Intl.NumberFormat('da-DK', { style: 'percent' }).format(0);
  new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(0);
};
if (address && typeof requestIdleCallback === 'function') requestIdleCallback(warmIntl);
// A connection chunk that failed to load is opened again by the page (and fails there visibly).
opening.catch(() => early?.socket.close());
void Promise.all([app, opening.catch(() => null)]).then(([{ startApp }, opened]) => startApp(address, opened));
