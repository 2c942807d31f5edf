// A/B of two web builds in one headless Chromium page: the two alternate, pass by pass, so a busy
// shared machine slows both alike; the figure to read is the median ratio of each round's pair.
//
//   node bench/chromium-ab.mjs PKG_A PKG_B [--rounds N]
//
// PKG_A and PKG_B are folders laid out like pkg/ (their web/ builds are served). Prints the
// median time of one ~1,000-word article (batches of 10 calls) and of a pass over the ~1 MB text.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { articleOf1000Words, articles, charCount, fmt, median } from './corpus.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds').map((d) => join(resolve(d), 'web'));
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 9;
if (dirs.length !== 2 || !dirs.every((d) => existsSync(join(d, 'sourcemark_bg.wasm')))) {
  console.error('usage: node bench/chromium-ab.mjs PKG_A PKG_B [--rounds N] (each with web/sourcemark_bg.wasm)');
  process.exit(2);
}

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end('<!doctype html><meta charset="utf-8"><title>bench</title>');
  }
  const m = path.match(/^\/([ab])\/(.+)$/);
  const dir = m && dirs['ab'.indexOf(m[1])];
  const file = dir && normalize(join(dir, m[2]));
  if (!file || !file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const docs = articles();
  const r = await page.evaluate(async ({ docs, article, rounds }) => {
    const engines = [];
    for (const p of ['a', 'b']) {
      const sm = await import(`/${p}/sourcemark.js`);
      await sm.default();
      engines.push(sm);
    }
    const articleMs = (sm) => {
      const t = performance.now();
      for (let i = 0; i < 10; i++) sm.annotate(article);
      return (performance.now() - t) / 10;
    };
    const passMs = (sm) => {
      const t = performance.now();
      for (const d of docs) sm.annotate(d);
      return performance.now() - t;
    };
    for (const sm of engines) {
      for (let i = 0; i < 2; i++) passMs(sm);
      for (let i = 0; i < 200; i++) sm.annotate(article);
    }
    const out = engines.map(() => ({ article: [], pass: [] }));
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [1, 0] : [0, 1];
      for (let b = 0; b < 10; b++) for (const i of order) out[i].article.push(articleMs(engines[i]));
      for (const i of order) out[i].pass.push(passMs(engines[i]));
    }
    return out;
  }, { docs, article: articleOf1000Words(), rounds });
  const chars = docs.reduce((n, d) => n + charCount(d), 0);
  const ratio = (k) => median(r[0][k].map((a, i) => a / r[1][k][i])).toFixed(3);
  for (const [i, x] of r.entries()) {
    console.log(`${'AB'[i]} ${dirs[i]}: 1,000-word article ${median(x.article).toFixed(3)} ms, ${fmt(chars / (median(x.pass) / 1000))} chars/s`);
  }
  console.log(`speed B/A (median of paired ratios): article ${ratio('article')}, pass ${ratio('pass')}`);
} finally {
  await browser.close();
  server.close();
}
