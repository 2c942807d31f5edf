// Offline once loaded: the service worker (www/sw.js) stores every file the page needs, so
// after one visit the page reloads, annotates and loads samples with the network off.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForAnnotations, WWW, browserSession, storedFiles, filesUnder } from './helpers.mjs';

const MOUNT = '/pages/sourcemark/';
const session = browserSession([WWW, MOUNT]);

test('the service worker stores every file the page uses, and nothing that is not there', () => {
  const listed = storedFiles(readFileSync(join(WWW, 'sw.js'), 'utf8'));
  const needed = filesUnder(WWW).filter((f) => f !== 'sw.js' && !f.endsWith('.md') && !f.endsWith('.d.ts')).sort();
  assert.deepEqual(listed.filter((f) => f !== './').sort(), needed);
  assert.ok(listed.includes('./'), 'the folder URL itself (the usual address of the page) is stored');
});

test('once loaded, the page reloads and annotates offline, samples included', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  // The worker is installed and controls the page once its cache is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  const asked = session.server.requests.length;
  await context.setOffline(true);
  await page.reload();
  await waitForAnnotations(page);
  // A sample not opened before the network went away, and a freshly typed text.
  await page.selectOption('#sample', 'seed-003.txt');
  await page.waitForFunction(() => /truce/i.test(document.getElementById('editor').value));
  await waitForAnnotations(page);
  await page.fill('#editor', 'The mayor of Odesa said on Monday that the bridge would reopen.');
  await page.waitForFunction(() => document.getElementById('article').textContent.startsWith('The mayor of Odesa'));
  await waitForAnnotations(page, { claims: false });
  assert.deepEqual(session.server.requests.slice(asked), [], 'nothing reached the server while offline');
  // Requests the browser reports as failed while offline are the worker's network tries, which
  // the stored copies then answered; the page itself saw no error.
  assert.deepEqual(events.dialogs, []);
  assert.deepEqual(events.pageErrors, []);
  assert.deepEqual(events.consoleErrors.filter((m) => !/ERR_INTERNET_DISCONNECTED/.test(m)), []);
  assert.deepEqual(events.offOrigin, []);
  await context.setOffline(false);
  await context.close();
});
