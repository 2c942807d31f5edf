// The page works when served from a sub-path (relative URLs only) and asks nothing of any
// other origin, nor of the server outside its own folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, assertClean, WWW, browserSession } from './helpers.mjs';

const MOUNT = '/tools/sourcemark/v1/';

const session = browserSession([WWW, MOUNT]);

test('served from a sub-path, the page loads, annotates and exports without leaving it', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.keyboard.press('j');
  await page.selectOption('#sample', 'seed-002.txt');
  await page.waitForFunction(() => document.getElementById('editor').value.includes('separatists'));
  await waitForAnnotations(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  assert.ok(await file.path());

  const outside = session.server.requests.filter((p) => !p.startsWith(MOUNT));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  for (const needed of ['pkg/sourcemark_bg.wasm', 'js/worker.js', 'samples/seed-002.txt', 'css/app.css']) {
    assert.ok(session.server.requests.includes(MOUNT + needed), `${needed} was loaded from the sub-path`);
  }
  assertClean(assert, events);
  await context.close();
});
