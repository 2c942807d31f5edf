// The packed package in a browser app: a scratch project installs the tarball, Vite (the repo's
// devDependency) builds a tiny app importing `sourcemark`, and headless Chromium runs it. The app
// annotates on the page and in a module Web Worker (the same web entry), and checks that the
// results cross postMessage and structuredClone unchanged. A Node worker_threads check sits
// beside it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

import { installPackedPackage, repoRoot, run, seeds } from './helpers.mjs';

const TEXT = seeds()[0][1];
let pkg;
before(() => {
  pkg = installPackedPackage();
});
after(() => pkg?.cleanup());

// Everything the app checks; it reports the figures to the test through window.__report.
const CHECKS = `
import init, { annotate, toCodePoints, toWebAnnotations } from 'sourcemark';

export async function check(text) {
  await init();
  const result = annotate(text);
  const cloned = structuredClone(result);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const slices = result.entities.every((e) => text.slice(e.start, e.end) === e.text);
  const collection = toWebAnnotations(toCodePoints(result, text), { text, source: 'urn:example:seed' });
  const codePoints = Array.from(text);
  const quotes = collection.first.items.every((a) => a.target.every((t) => {
    const [quote, position] = t.selector;
    return codePoints.slice(position.start, position.end).join('') === quote.exact;
  }));
  return { result, cloneEqual: same(result, cloned), slices, quotes, annotations: collection.total };
}
`;

function writeApp(dir) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'checks.js'), CHECKS);
  // Top-level await in the app, and module workers (the worker imports the package too).
  writeFileSync(join(dir, 'vite.config.mjs'), "export default { build: { target: 'esnext' }, worker: { format: 'es' } };\n");
  writeFileSync(join(dir, 'src', 'text.js'), `export const TEXT = ${JSON.stringify(TEXT)};\n`);
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>app</title><link rel="icon" href="data:,"></head>' +
    '<body><script type="module" src="./src/main.js"></script></body></html>\n');
  writeFileSync(join(dir, 'src', 'worker.js'), `
    import { check } from './checks.js';
    self.onmessage = async (event) => {
      try { self.postMessage(await check(event.data)); } catch (e) { self.postMessage({ error: String(e) }); }
    };
  `);
  writeFileSync(join(dir, 'src', 'main.js'), `
    import { check } from './checks.js';
    import { TEXT } from './text.js';
    const onPage = await check(TEXT);
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const inWorker = await new Promise((resolve) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => resolve({ error: event.message || 'worker failed to load' });
      worker.postMessage(TEXT);
    });
    window.__report = {
      page: { ...onPage, result: undefined, entities: onPage.result.entities.length, claims: onPage.result.claims.length },
      worker: inWorker.error ? inWorker : { ...inWorker, result: undefined },
      workerResultEqual: JSON.stringify(inWorker.result) === JSON.stringify(onPage.result),
    };
  `);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

/** Serves `dir` on a free local port; every request is recorded. */
async function serve(dir) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

test('a Vite build of an app importing sourcemark runs in Chromium, on the page and in a Web Worker', async () => {
  const app = join(pkg.project, 'app');
  writeApp(app);
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: app });
  assert.equal(built.status, 0, `vite build failed:\n${built.stdout}${built.stderr}`);
  const assets = readdirSync(join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `Vite copied the .wasm: ${assets}`);

  const server = await serve(join(app, 'dist'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__report !== undefined, null, { timeout: 30_000 });
    const report = await page.evaluate(() => window.__report);
    assert.deepEqual(errors, []);
    assert.ok(report.page.entities > 10 && report.page.claims > 3, JSON.stringify(report.page));
    for (const where of ['page', 'worker']) {
      const r = report[where];
      assert.equal(r.error, undefined, `${where}: ${r.error}`);
      assert.equal(r.slices, true, `${where}: entity offsets index the JS string`);
      assert.equal(r.cloneEqual, true, `${where}: structuredClone keeps the result`);
      assert.equal(r.quotes, true, `${where}: Web Annotation quotes sit at their positions`);
      assert.ok(r.annotations > report.page.entities, `${where}: ${r.annotations} web annotations`);
    }
    assert.equal(report.workerResultEqual, true, 'the result posted from the worker equals the one made on the page');
    assert.ok(server.requests.some((p) => p.endsWith('.wasm')), 'the engine was fetched from the built app');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('Node worker_threads: the package loads in a worker and its result crosses postMessage', () => {
  writeFileSync(join(pkg.project, 'text.txt'), TEXT);
  writeFileSync(join(pkg.project, 'threads.mjs'), `
    import { Worker } from 'node:worker_threads';
    import { readFileSync } from 'node:fs';
    import { annotate } from 'sourcemark';
    const text = readFileSync('text.txt', 'utf8');
    const worker = new Worker(\`
      const { parentPort } = require('node:worker_threads');
      import('sourcemark').then(({ annotate }) => parentPort.on('message', (t) => parentPort.postMessage(annotate(t))));
    \`, { eval: true });
    worker.postMessage(text);
    const fromWorker = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    const here = annotate(text);
    console.log(JSON.stringify({ equal: JSON.stringify(fromWorker) === JSON.stringify(here), claims: fromWorker.claims.length }));
  `);
  const r = run(process.execPath, ['threads.mjs'], { cwd: pkg.project });
  assert.equal(r.status, 0, r.stderr);
  const { equal, claims } = JSON.parse(r.stdout);
  assert.equal(equal, true, 'the worker result equals the main thread one');
  assert.ok(claims > 3, `${claims} claims`);
});
