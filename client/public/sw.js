/*
 * Fremskriv's service worker keeps the app shell (index.html and the hashed assets) so that a
 * workbook page reloads while offline; the workbook itself lives in IndexedDB (y-indexeddb).
 * API calls and the sync socket are never cached.
 */
const CACHE = 'fremskriv-shell-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function put(key, response) {
  if (!response.ok) return;
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
}

// The page tells which assets it loaded before this worker controlled it.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-shell' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    Promise.all(
      data.urls
        .filter((url) => typeof url === 'string' && new URL(url, self.location.origin).origin === self.location.origin)
        .slice(0, 200)
        .map((url) => fetch(url).then((response) => put(url, response)).catch(() => undefined)),
    ).then(() => fetch('/index.html').then((response) => put('/index.html', response)).catch(() => undefined)),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          void put('/index.html', response.clone());
          return response;
        })
        .catch(() => caches.match('/index.html').then((cached) => cached || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            void put(request, response.clone());
            return response;
          }),
      ),
    );
  }
});
