import { before, after } from 'node:test';
// Shared set-up for the browser tests: a static server on a free 127.0.0.1 port, Chromium
// through playwright-core, and a page that records dialogs, console errors, failed and
// off-origin requests so each test can assert nothing unexpected happened.

import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve, sep, dirname, relative } from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = join(ROOT, 'www');
export const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
export const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');

export function seed(name) {
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Fails loudly (never skips) when the engine has not been built into www/pkg. */
export function requireEngine() {
  const missing = ['sourcemark.js', 'sourcemark_bg.wasm'].filter((f) => !existsSync(join(WWW, 'pkg', f)));
  if (missing.length) {
    throw new Error(`www/pkg is missing ${missing.join(' and ')}: build the engine for the web first (scripts/build-wasm.sh, or cargo build --lib --target wasm32-unknown-unknown --release and wasm-bindgen --target web --out-dir www/pkg --out-name sourcemark on the .wasm).`);
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves `dir` under URL prefix `mount` ("/" or "/some/sub/path/"). Returns { origin, url, requests, close }.
 * `requests` lists every path asked for, so tests can see what the page fetched; add a path to
 * `blocked` to make the server fail it. `overrides` maps paths (relative to the mount) to bodies
 * served instead of the files, e.g. a stand-in engine.
 */
export async function serve(dir = WWW, mount = '/', { overrides = {} } = {}) {
  const requests = [];
  // Paths (relative to the mount) to answer with 503, to simulate a broken deployment.
  const blocked = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (blocked.has(path.slice(mount.length))) {
      res.writeHead(503).end();
      return;
    }
    const override = overrides[path.slice(mount.length)];
    if (path.startsWith(mount) && override !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(override);
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(mount.length)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + mount,
    requests,
    blocked,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens the page with everything unexpected recorded in `events`: dialogs (dismissed),
 * console errors, page errors, failed requests and any request that leaves `origin`.
 */
export async function openPage(browser, url, { width = 1440, height = 900, colorScheme = 'light', init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const events = { dialogs: [], consoleErrors: [], pageErrors: [], failed: [], offOrigin: [], requests: [] };
  page.on('dialog', (d) => { events.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('console', (m) => { if (m.type() === 'error') events.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => events.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => events.failed.push(`${r.url()} ${r.failure() && r.failure().errorText}`));
  context.on('request', (r) => {
    const u = r.url();
    events.requests.push(u);
    if (!u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:')) events.offOrigin.push(u);
  });
  if (init) await init(page);
  await page.goto(url);
  return { page, context, events };
}

/** Waits until the article shows annotations for exactly `text` (the editor's current value). */
export async function waitForAnnotations(page, { claims = true } = {}) {
  await page.waitForFunction((needClaims) => {
    const article = document.getElementById('article');
    const editor = document.getElementById('editor');
    return article.getAttribute('aria-busy') === 'false'
      && article.textContent === editor.value
      && article.querySelector('mark[data-type]') !== null
      && (!needClaims || article.querySelector('mark[data-type="claim"]') !== null);
  }, claims, { timeout: 20000 });
}

/** Replaces the editor's text through a real paste event carrying the given clipboard data. */
export async function paste(page, data) {
  await page.evaluate((items) => {
    const editor = document.getElementById('editor');
    editor.focus();
    editor.select();
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Nothing the page did should have gone wrong: asserts with a list of what did. */
export function assertClean(assert, events) {
  assert.deepEqual(events.dialogs, [], 'no dialog may open');
  assert.deepEqual(events.pageErrors, [], 'no uncaught page error');
  assert.deepEqual(events.consoleErrors, [], 'no console error');
  assert.deepEqual(events.failed, [], 'no failed request');
  assert.deepEqual(events.offOrigin, [], 'no request may leave the origin');
}

/**
 * Starts a static server (arguments as `serve`) and Chromium before a file's tests and stops
 * both after them. The returned object's `server` and `browser` are set once `before` has run.
 * `needsEngine: false` serves a page whose engine the test replaces.
 */
export function browserSession(serveArgs = [], { needsEngine = true } = {}) {
  const session = {};
  before(async () => {
    if (needsEngine) requireEngine();
    session.server = await serve(...serveArgs);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** The FILES list of a service worker script (www/sw.js), read by running it with stand-ins for its APIs. */
export function storedFiles(swSource) {
  const sandbox = { self: { location: { href: 'https://example.org/site/sw.js' }, addEventListener() {} }, URL, Request: class {} };
  vm.runInNewContext(`${swSource}\n;globalThis.FILES = FILES;`, sandbox);
  return Array.from(sandbox.FILES, String); // an array of this realm, for deepEqual
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'));
}
