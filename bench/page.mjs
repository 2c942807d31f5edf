// The page (www/) in headless Chromium: printed figures, never asserted.
//
//   node bench/page.mjs [SITE_DIR]      (default www/, which needs www/pkg from scripts/build-wasm.sh)
//
// 1. navigation → the sample's first highlight on localhost (cold cache, median of 3 loads);
// 2. a ~1 MB paste (the seed articles repeated) → every highlight shown, and the longest
//    main-thread task meanwhile (PerformanceObserver 'longtask': tasks over 50 ms);
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { median, oneText, repoRoot, fmt } from './corpus.mjs';

const site = resolve(process.argv[2] || join(repoRoot, 'www'));
if (!existsSync(join(site, 'pkg', 'sourcemark_bg.wasm'))) {
  console.error(`bench: ${site}/pkg/sourcemark_bg.wasm is missing: build the engine for the web first (scripts/build-wasm.sh)`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.json': 'application/json' };
const server = createServer((req, res) => {
  let file = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (file !== site && !file.startsWith(site + sep)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Stamps the time of the first <mark> in the article, measured from navigation start.
function watchFirstHighlight() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('#article mark')) {
      window.firstHighlightMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

try {
  console.log(`${await browser.version()} headless; load average (1 min) ${loadavg()[0].toFixed(2)} on the machine`);
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(watchFirstHighlight);
    await page.goto(url);
    await page.waitForFunction(() => window.firstHighlightMs !== undefined, null, { timeout: 30000 });
    loads.push(await page.evaluate(() => window.firstHighlightMs));
    await context.close();
  }
  console.log(`navigation → first highlight of the sample: median ${fmt(median(loads))} ms (runs: ${loads.map((x) => fmt(x)).join(', ')})`);

  const text = oneText(1_000_000);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#article mark');
  const r = await page.evaluate(async (big) => {
    const article = document.getElementById('article');
    const editor = document.getElementById('editor');
    const progress = document.getElementById('progress');
    const tasks = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
    observer.observe({ type: 'longtask' });
    const done = new Promise((ok) => {
      const check = () => {
        // Cheap checks only: reading a megabyte's textContent would itself be a long task.
        if (article.getAttribute('aria-busy') === 'false' && (!progress || progress.hidden) && article.querySelector('mark')) ok();
      };
      new MutationObserver(check).observe(article, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const t0 = performance.now();
    editor.focus();
    editor.select();
    const data = new DataTransfer();
    data.setData('text/plain', big);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    const pasted = performance.now() - t0;
    await done;
    const shown = performance.now() - t0;
    await new Promise((ok) => setTimeout(ok, 100));
    observer.disconnect();
    if (article.textContent !== big) throw new Error('the article does not show the pasted text');
    return { shown, pasted, tasks, marks: article.querySelectorAll('mark').length, chars: big.length };
  }, text);
  const longest = r.tasks.length ? Math.max(...r.tasks) : 0;
  console.log(`paste of ${fmt(r.chars)} chars (${fmt(Buffer.byteLength(text))} bytes UTF-8) → all ${fmt(r.marks)} highlights shown: ${fmt(r.shown)} ms`);
  console.log(`  the paste handler itself: ${fmt(r.pasted)} ms`);
  console.log(`  long tasks (> 50 ms) meanwhile: ${r.tasks.length}, longest ${fmt(longest)} ms, total ${fmt(r.tasks.reduce((a, b) => a + b, 0))} ms`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`load average (1 min) after: ${loadavg()[0].toFixed(2)}`);
