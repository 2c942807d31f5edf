// The service worker: keeps the page working offline once it has been loaded.
//
// On install it stores every file the page needs (page, styles, scripts, engine, samples) in a
// cache named after VERSION; on activation it deletes the caches of other versions. Requests go
// to the network first, so an updated site shows at once, and the stored copy answers only
// when the network fails (offline). HTTP errors are passed on, never hidden behind old copies.
// A plain file with relative URLs: it serves whatever folder (or sub-path) it was loaded from.

// scripts/build-site.sh replaces 'dev' with a hash of the site's files.
const VERSION = 'dev';
const CACHE = `sourcemark-${VERSION}`;

// Relative to this file. tests/e2e/offline.test.mjs checks the list against the folder.
const FILES = [
  './',
  'index.html',
  'favicon.svg',
  'css/app.css',
  'js/engine.js',
  'js/exporters.js',
  'js/exportpanel.js',
  'js/layout.js',
  'js/main.js',
  'js/model.js',
  'js/navigate.js',
  'js/panels.js',
  'js/render.js',
  'js/share.js',
  'js/storage.js',
  'js/tasks.js',
  'js/textinput.js',
  'js/tooltip.js',
  'js/worker.js',
  'pkg/sourcemark.js',
  'pkg/sourcemark_bg.wasm',
  'samples/seed-000.txt',
  'samples/seed-001.txt',
  'samples/seed-002.txt',
  'samples/seed-003.txt',
];

const KEPT = new Set(FILES.map((f) => new URL(f, self.location.href).href));

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache: the stored copies are the files as served now.
  const requests = FILES.map((f) => new Request(f, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('sourcemark-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Refreshes the stored copy; a full disk only costs the offline copy, never the answer.
    if (response.ok) cache.put(url, response.clone()).catch(() => {});
    return response;
  } catch (err) {
    const stored = await cache.match(url);
    if (stored) return stored;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  if (!KEPT.has(url.href)) return;
  event.respondWith(networkFirst(request, url.href));
});
