// The portal's service worker: an offline page when there is no network, and the build's static
// files (public, hashed, the same for everyone) kept for speed. It never stores a portal page,
// an action's answer or a file download: those are private to the signed-in user, and a phone
// shared by two officers must not show one the other's pages.
const CACHE = "cong3tn-static-v1";
const OFFLINE_PAGE = "/offline.html";
const PRECACHE = [OFFLINE_PAGE, "/icons/icon-192.png", "/favicon.ico"];
// Each release brings new hashed files: the oldest go first past this many, so a phone does not
// keep every release's bundles.
const MAX_STATIC_FILES = 300;

async function trim(cache) {
  const keys = await cache.keys();
  const statics = keys.filter((request) => new URL(request.url).pathname.startsWith("/_next/static/"));
  await Promise.all(statics.slice(0, Math.max(0, statics.length - MAX_STATIC_FILES)).map((request) => cache.delete(request)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages always come from the network; only when it fails, the offline page.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const kept = await cache.match(request);
        if (kept) return kept;
        const response = await fetch(request);
        if (response.ok) {
          await cache.put(request, response.clone());
          event.waitUntil(trim(cache));
        }
        return response;
      }),
    );
  }
});
