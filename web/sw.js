// Coplan offline: keeps the site's own files once they have loaded and serves them from there,
// so the page opens and works with the network off. It never fetches anything from another
// site. The build writes a fingerprint of the files into VERSION, so a new Coplan replaces the old.
'use strict';
const VERSION = 'dev';
const CACHE = 'coplan-' + VERSION;
const FILES = ['./', 'index.html', 'coplan.css', 'coplan-outline.js', 'coplan-page.js', 'coplan-store.js', 'coplan-files.js', 'coplan-files.css',
  'coplan.js', 'coplan.wasm', 'icon.svg', 'manifest.webmanifest'];

// Typefaces beyond the default are fetched only when someone chooses one; once fetched they are
// kept too, and carried over to a new version's cache so they stay offline.
const isFont = (url) => new URL(url).pathname.includes('/fonts/');
async function keepFonts(cache) {
  for (const key of await caches.keys()) {
    if (key === CACHE || !key.startsWith('coplan-')) continue;
    const old = await caches.open(key);
    for (const request of await old.keys())
      if (isFont(request.url)) await cache.put(request, await old.match(request));
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))).then(() => keepFonts(cache)))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((key) => key.startsWith('coplan-') && key !== CACHE).map((key) => caches.delete(key)))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true })
      .then((hit) => hit || (request.mode === 'navigate' ? cache.match('index.html') : undefined))
      .then((hit) => hit || fetch(request).then((response) => {
        if (response.ok && isFont(request.url)) cache.put(request, response.clone());
        return response;
      }))));
});
