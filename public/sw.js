/* Rolig offline service worker: precache every built file listed in sw-manifest.json (written by
   the swManifest plugin in vite.config.ts at build time), then serve same-origin GETs cache-first. */
const MANIFEST = 'sw-manifest.json';
const PREFIX = 'rolig-';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(MANIFEST, { cache: 'no-store' });
      const { version, files } = await res.json();
      const cache = await caches.open(PREFIX + version);
      await cache.addAll(files.map((f) => new Request(f, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(MANIFEST, { cache: 'no-store' }).catch(() => null);
      const version = res && res.ok ? (await res.json()).version : null;
      if (version) {
        for (const key of await caches.keys()) {
          if (key.startsWith(PREFIX) && key !== PREFIX + version) await caches.delete(key);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.endsWith('/' + MANIFEST)) return;
  event.respondWith(
    (async () => {
      // Navigations fall back to the cached index.html (query strings like ?seed= still work offline).
      // ignoreVary: module scripts carry an Origin header the precache requests did not (Vary: Origin).
      const nav = req.mode === 'navigate';
      const hit =
        (await caches.match(req, { ignoreSearch: nav, ignoreVary: true })) ||
        (nav ? await caches.match('index.html', { ignoreSearch: true, ignoreVary: true }) : undefined);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok && res.type === 'basic') {
        const keys = await caches.keys();
        const current = keys.filter((k) => k.startsWith(PREFIX)).pop();
        if (current) (await caches.open(current)).put(req, res.clone());
      }
      return res;
    })(),
  );
});
