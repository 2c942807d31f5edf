// Sourcemark (wasm, web build) in headless Chromium: chars/s over the ~1 MB benchmark text and
// the time to annotate one ~1,000-word article. Printed figures, never asserted.
//
//   node bench/chromium.mjs
//
// Serves pkg/web and a blank page on 127.0.0.1 (a free port), drives Chromium with
// playwright-core, and times inside the page with performance.now().
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { articleOf1000Words, articles, charCount, fmt, repoRoot, wordCount } from './corpus.mjs';

const pkgDir = process.env.SOURCEMARK_PKG || join(repoRoot, 'pkg');
const webDir = join(pkgDir, 'web');
if (!existsSync(join(webDir, 'sourcemark_bg.wasm'))) {
  console.error(`bench: ${webDir}/sourcemark_bg.wasm is missing: build the wasm package first (scripts/build-wasm.sh)`);
  process.exit(1);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
  }
  const file = normalize(join(webDir, path.replace(/^\/pkg\//, '')));
  if (!path.startsWith('/pkg/') || !file.startsWith(webDir) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(origin + '/');
  const docs = articles();
  const article = articleOf1000Words();
  const load0 = loadavg()[0];
  const r = await page.evaluate(async ({ docs, article }) => {
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const t0 = performance.now();
    const sm = await import('/pkg/sourcemark.js');
    await sm.default();
    const t1 = performance.now();
    // The page's worker runs a short text once the engine is loaded (www/js/worker.js), so that
    // the word lists are unpacked before the reader's first text: timed here the same way.
    sm.annotate('Warming up, the engine said on Monday.');
    const t2 = performance.now();
    sm.annotate(article);
    const t3 = performance.now();
    const firstCall = { load: t1 - t0, warmUp: t2 - t1, article: t3 - t2 };

    // Throughput: whole passes over the ~1 MB, one call per article.
    for (let i = 0; i < 2; i++) for (const d of docs) sm.annotate(d);
    const passes = [];
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      for (const d of docs) sm.annotate(d);
      passes.push(performance.now() - t);
    }
    // One article: batches of 10 calls (performance.now() is coarse in the browser).
    for (let i = 0; i < 200; i++) sm.annotate(article);
    const batches = [];
    for (let b = 0; b < 100; b++) {
      const t = performance.now();
      for (let i = 0; i < 10; i++) sm.annotate(article);
      batches.push((performance.now() - t) / 10);
    }
    return { firstCall, passMs: median(passes), articleMs: median(batches), articleMax: Math.max(...batches), version: navigator.userAgent };
  }, { docs, article });
  const chars = docs.reduce((n, d) => n + charCount(d), 0);
  console.log(`${(await browser.version())} headless; load average (1 min) ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
  console.log(`chars/s over ${docs.length} documents (${fmt(chars)} chars), median of 9 passes: ${fmt(chars / (r.passMs / 1000))}`);
  console.log(
    `one ${fmt(wordCount(article))}-word article (${fmt(charCount(article))} chars): median ${r.articleMs.toFixed(3)} ms (of 100 batches of 10 calls; slowest batch ${r.articleMax.toFixed(3)} ms/call)`,
  );
  const f = r.firstCall;
  console.log(`first call after page load: ${(f.load + f.warmUp + f.article).toFixed(1)} ms = load (fetch, compile, instantiate) ${f.load.toFixed(1)} ms + a one-sentence warm-up (the word lists unpacked) ${f.warmUp.toFixed(1)} ms + the article ${f.article.toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
