/**
 * Registers the service worker that keeps the app shell for offline reloads (any build; never
 * under Vite's dev server, whose modules change under it), and hands it the assets this page
 * already loaded before the worker took control.
 */

/** Vite's dev server defines import.meta.hot; a build (whatever its mode) does not. */
function underDevServer(): boolean {
  return import.meta.hot !== undefined;
}

export function registerOfflineShell(): void {
  if (underDevServer() || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

/** Call once the workbook is shown: every chunk it needed is then known (workers' scripts are not among the page's resources). */
export function cacheLoadedShell(workerScripts: readonly string[] = []): void {
  if (underDevServer() || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/assets/`))
      .concat(workerScripts);
    registration.active?.postMessage({ type: 'cache-shell', urls });
  });
}
