// Getting text in and keeping it: typing re-annotates, oversized input is refused with a
// message, the text survives a reload unless the reader opts out, and an engine failure keeps
// the text and recovers on the next edit.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, assertClean, screenshot, browserSession } from './helpers.mjs';


const session = browserSession();

const SENTENCE = 'Officials in Kyiv said on Monday that 40 drones were shot down, according to Andriy Yermak.';

test('annotations follow typing', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.fill('#editor', '');
  await page.focus('#editor');
  await page.keyboard.type(SENTENCE, { delay: 2 });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, SENTENCE);
  await waitForAnnotations(page, { claims: false });
  assert.ok((await page.locator('#article mark').count()) > 0, 'the typed text is annotated');
  assertClean(assert, events);
  await context.close();
});

test('a 10 MB paste is refused with a clear message and the text is unchanged', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const before = await page.inputValue('#editor');
  await page.evaluate(() => {
    const editor = document.getElementById('editor');
    editor.focus();
    const data = new DataTransfer();
    data.setData('text/plain', 'The minister said the war was over. '.repeat(290000));
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /10\.\d million characters; Sourcemark annotates up to 1\.0 million/);
  assert.equal(await page.inputValue('#editor'), before);
  assert.equal(await page.textContent('#article'), before, 'the article still shows the old text');
  assertClean(assert, events);
  await context.close();
});

test('a text near the size limit is annotated completely (sliced rendering, no hang)', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const paragraph = `${SENTENCE} "We will rebuild the bridge," the mayor of Odesa told reporters.\n`;
  const big = paragraph.repeat(Math.floor(990000 / paragraph.length));
  await paste(page, { 'text/plain': big });
  // The page answers while the article is drawn.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await page.waitForFunction((n) => {
    const a = document.getElementById('article');
    return a.getAttribute('aria-busy') === 'false' && a.childElementCount === n;
  }, big.split('\n').length - 1, { timeout: 90000, polling: 1000 });
  assert.equal(await page.evaluate(() => document.getElementById('article').textContent.length), big.length);
  assert.ok(await page.$eval('#article', (a) => a.classList.contains('long')), 'long texts skip off-screen layout');
  assertClean(assert, events);
  await context.close();
});

test('an oversized file is refused before it is read', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.setInputFiles('#file', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024, 'a') });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /big\.txt.* MB; files up to 4 MB can be opened/);
  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForFunction(() => /photo\.png/.test(document.getElementById('error').textContent));
  assert.match(await page.textContent('#error'), /not a text, Markdown or HTML file/);
  await context.close();
});

test('a dropped Markdown file is loaded', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'note.md', { type: 'text/markdown' }));
    document.getElementById('article').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, `# Note\n\n${SENTENCE}`);
  await page.waitForFunction((t) => document.getElementById('editor').value === t, `# Note\n\n${SENTENCE}`);
  await waitForAnnotations(page, { claims: false });
  assertClean(assert, events);
  await context.close();
});

test('the text survives a reload; opting out forgets it', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await paste(page, { 'text/plain': SENTENCE });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, SENTENCE);
  await page.reload();
  await page.waitForFunction((t) => document.getElementById('editor').value === t, SENTENCE);
  await waitForAnnotations(page, { claims: false });
  assert.equal(await page.isChecked('#remember'), true);

  await page.uncheck('#remember');
  assert.equal(await page.evaluate(() => localStorage.getItem('sourcemark.text')), null, 'the saved copy is deleted');
  await page.reload();
  await waitForAnnotations(page);
  assert.notEqual(await page.inputValue('#editor'), SENTENCE, 'a fresh start after opting out');
  assert.equal(await page.isChecked('#remember'), false, 'the opt-out is remembered');
  await context.close();
});

test('when the engine fails the text stays, the failure is said plainly, and the next edit recovers', async () => {
  session.server.blocked.add('pkg/sourcemark_bg.wasm');
  session.server.blocked.add('pkg/sourcemark.js');
  const { page, context } = await openPage(session.browser, session.server.url);
  try {
    await page.waitForSelector('#error:not([hidden])', { timeout: 20000 });
    assert.match(await page.textContent('#error'), /annotation engine failed.*Your text is kept/);
    const text = await page.inputValue('#editor');
    assert.ok(text.length > 100, 'the sample text is in the editor');
    assert.equal(await page.textContent('#article'), text, 'the article shows the text without highlights');
    assert.equal(await page.locator('#article mark').count(), 0);
    await screenshot(page, 'engine-failed-1440-light.png');
  } finally {
    session.server.blocked.clear();
  }
  await page.focus('#editor');
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await waitForAnnotations(page);
  assert.equal(await page.isHidden('#error'), true, 'the error is gone once the engine works');
  await context.close();
});

test('without Web Workers the engine runs on the main thread', async () => {
  // Requests of the page itself: the service worker fetches worker.js too, to keep it offline.
  const fromPage = [];
  const { page, context, events } = await openPage(session.browser, session.server.url, {
    init: (p) => {
      p.on('request', (r) => { if (!r.serviceWorker()) fromPage.push(r.url()); });
      return p.addInitScript(() => { delete window.Worker; });
    },
  });
  await waitForAnnotations(page);
  assert.equal(await page.evaluate(() => typeof Worker), 'undefined');
  assert.ok(fromPage.some((u) => u.endsWith('/pkg/sourcemark_bg.wasm')), 'the page itself loaded the engine');
  assert.ok(!fromPage.some((u) => u.endsWith('/js/worker.js')), 'no worker was started');
  assert.ok((await page.locator('#article mark').count()) > 0);
  assertClean(assert, events);
  await context.close();
});
