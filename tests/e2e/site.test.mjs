// Hosting it yourself: scripts/build-site.sh writes the deployable folder; served from a
// sub-path (as on GitHub Pages), it loads, annotates a sample and asks nothing outside it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, waitForAnnotations, assertClean, browserSession, requireEngine, storedFiles, filesUnder, ROOT } from './helpers.mjs';

const MOUNT = '/someone.github.io/sourcemark/';
const work = mkdtempSync(join(tmpdir(), 'sourcemark-site-'));
const SITE = join(work, 'site');
let output = '';

before(() => {
  requireEngine();
  output = execFileSync('bash', [join(ROOT, 'scripts', 'build-site.sh'), '--no-build', SITE], { encoding: 'utf8' });
});
after(() => rmSync(work, { recursive: true, force: true }));

const session = browserSession([SITE, MOUNT]);

test('the site folder holds the page, engine, scripts, styles and samples, with a versioned offline cache', () => {
  assert.match(output, /build-site: .*site \(\d+ files/);
  const files = filesUnder(SITE);
  for (const f of ['index.html', 'sw.js', 'css/app.css', 'js/main.js', 'js/worker.js', 'pkg/sourcemark.js', 'pkg/sourcemark_bg.wasm', 'samples/seed-000.txt', 'samples/README.md']) {
    assert.ok(files.includes(f), `${f} is in the site`);
  }
  const sw = readFileSync(join(SITE, 'sw.js'), 'utf8');
  assert.match(sw, /^const VERSION = '[0-9a-f]{16}';$/m, 'the cache version is a hash of the files');
  const notes = new Set(['sw.js', 'LICENSE.txt', '.sourcemark-site', 'samples/README.md']);
  const served = files.filter((f) => !notes.has(f));
  assert.deepEqual(storedFiles(sw).filter((f) => f !== './').sort(), served.sort(),
    'the offline cache lists exactly the files the page uses');
});

test('a second build replaces the folder; a folder that is not a site is refused', () => {
  execFileSync('bash', [join(ROOT, 'scripts', 'build-site.sh'), '--no-build', SITE], { encoding: 'utf8' });
  const other = join(work, 'other');
  mkdirSync(other);
  writeFileSync(join(other, 'notes.txt'), 'keep me');
  assert.throws(() => execFileSync('bash', [join(ROOT, 'scripts', 'build-site.sh'), '--no-build', other], { encoding: 'utf8', stdio: 'pipe' }),
    (err) => /not empty and was not written by this script/.test(String(err.stderr)));
  assert.equal(readFileSync(join(other, 'notes.txt'), 'utf8'), 'keep me');
});

test('served from a sub-path, the built site annotates a sample and stays under it', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.selectOption('#sample', 'seed-001.txt');
  await page.waitForFunction(() => /Bakhmut/.test(document.getElementById('editor').value));
  await waitForAnnotations(page);
  assert.ok((await page.locator('#article mark[data-type="claim"][data-source]').count()) > 0);
  const outside = session.server.requests.filter((p) => !p.startsWith(MOUNT));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  assert.ok(session.server.requests.includes(`${MOUNT}pkg/sourcemark_bg.wasm`));
  assertClean(assert, events);
  await context.close();
});
