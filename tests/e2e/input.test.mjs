// Getting text in and keeping it: typing re-annotates, oversized input is refused with a
// message, the text survives a reload unless the reader opts out, and an engine failure keeps
// the text and recovers on the next edit.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, assertClean, screenshot, browserSession, seed } from './helpers.mjs';


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
  assert.match(await page.textContent('#error'), /10\.\d million characters; Sourcemark annotates up to 3\.0 million/);
  assert.equal(await page.inputValue('#editor'), before);
  assert.equal(await page.textContent('#article'), before, 'the article still shows the old text');
  assertClean(assert, events);
  await context.close();
});

/** Records every label the progress line shows, from before the paste until asked. */
async function recordProgress(page) {
  await page.evaluate(() => {
    window.progressSeen = [];
    const label = document.getElementById('progress-label');
    new MutationObserver(() => window.progressSeen.push(label.textContent)).observe(label, { childList: true, characterData: true, subtree: true });
  });
}

function seedsUpTo(chars) {
  const all = ['seed-000.txt', 'seed-001.txt', 'seed-002.txt', 'seed-003.txt'].map((f) => seed(f).trimEnd());
  const parts = [];
  for (let n = 0, i = 0; n < chars; i++) {
    parts.push(all[i % all.length]);
    n += all[i % all.length].length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

test('a 1 MB paste: kept out of the text box, progress shown, drawn completely; a short paste brings the text box back', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const big = seedsUpTo(1_000_000);
  await recordProgress(page);
  await paste(page, { 'text/plain': big });
  assert.equal(await page.isHidden('#editor'), true, 'the text box is folded away');
  assert.match(await page.textContent('#folded-info'), /1\.0 million characters/);
  assert.equal(await page.evaluate(() => 1 + 1), 2, 'the page answers while the engine works');
  await page.waitForFunction(() => {
    const a = document.getElementById('article');
    return a.getAttribute('aria-busy') === 'false' && document.getElementById('progress').hidden;
  }, null, { timeout: 90000, polling: 500 });
  assert.equal(await page.evaluate(() => document.getElementById('article').textContent), big);
  assert.ok(await page.locator('#article mark[data-type="claim"][data-source]').count() > 100);
  assert.ok(await page.locator('#article > .chunk').count() > 1, 'a long article is drawn in chunks');
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((l) => /^Annotating 1\.0 million characters…/.test(l)), `annotating was shown: ${seen.slice(0, 3)}`);
  assert.ok(seen.some((l) => /^Drawing the highlights… \d+%$/.test(l)), 'drawing progress was shown');
  await page.waitForFunction(() => /Annotated: /.test(document.getElementById('status').textContent));

  // The folded text can still be edited in the text box...
  await page.click('#unfold');
  assert.equal(await page.inputValue('#editor'), big);
  // ... and a short paste replaces it and brings the text box back.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const editor = document.getElementById('editor');
    editor.select();
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, SENTENCE);
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, SENTENCE, { timeout: 30000 });
  await waitForAnnotations(page, { claims: false });
  assert.equal(await page.isVisible('#editor'), true);
  assertClean(assert, events);
  await context.close();
});

test('typing while a long text is drawn: the keys land and the article follows the typed text', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const long = seedsUpTo(120_000); // long enough to be drawn in slices, short enough for the text box
  await recordProgress(page);
  await paste(page, { 'text/plain': long });
  assert.equal(await page.isVisible('#editor'), true);
  await page.focus('#editor');
  await page.keyboard.press('End');
  await page.keyboard.type(' The mayor said the bridge would reopen.', { delay: 5 });
  const typed = `${long} The mayor said the bridge would reopen.`;
  assert.equal(await page.inputValue('#editor'), typed, 'every key landed');
  await page.waitForFunction((t) => {
    const a = document.getElementById('article');
    return a.getAttribute('aria-busy') === 'false' && a.textContent === t;
  }, typed, { timeout: 60000, polling: 250 });
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((l) => /^(Annotating|Drawing)/.test(l)), 'progress was shown for the long text');
  assertClean(assert, events);
  await context.close();
});

test('an oversized file is refused before it is read', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.setInputFiles('#file', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(13 * 1024 * 1024, 'a') });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /big\.txt.* 13\.6 MB; files up to 12 MB can be opened/);
  await page.setInputFiles('#file', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.alloc(6 * 1000 * 1000, 'a') });
  await page.waitForFunction(() => /page\.html/.test(document.getElementById('error').textContent));
  assert.match(await page.textContent('#error'), /page\.html.* 6\.0 MB of HTML; HTML files up to 5 MB can be opened/);
  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForFunction(() => /photo\.png/.test(document.getElementById('error').textContent));
  assert.match(await page.textContent('#error'), /not a text, Markdown or HTML file/);
  await context.close();
});

test('an opened .txt file is loaded and annotated', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const text = seed('seed-001.txt');
  await page.setInputFiles('#file', { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForFunction((t) => document.getElementById('editor').value === t, text);
  await waitForAnnotations(page);
  // The live region is emptied and refilled a frame later (so repeated messages are spoken),
  // so wait for the message rather than reading it once.
  await page.waitForFunction(() => /Loaded “article\.txt”|Annotated/.test(document.getElementById('status').textContent));
  assertClean(assert, events);
  await context.close();
});

test('a copy from a news page (plain text and HTML flavours) keeps the words, drops the markup', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  // What a browser puts on the clipboard when a reader copies two paragraphs of an article.
  const plain = 'Officials said the bridge was closed.\n\n“We will rebuild it,” the mayor of Odesa told reporters.';
  const html = '<meta charset="utf-8"><div class="article-body" style="font-family: Georgia"><p class="para">Officials <a href="https://news.example/said">said</a> the <strong>bridge</strong> was closed.</p>'
    + '<figure><img src="https://cdn.example/photo.jpg" alt=""><figcaption>Photo</figcaption></figure>'
    + '<p>“We will rebuild it,” the mayor of <span data-tooltip="city">Odesa</span> told reporters.</p></div>';
  await paste(page, { 'text/plain': plain, 'text/html': html });
  assert.equal(await page.inputValue('#editor'), plain);
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, plain);
  await waitForAnnotations(page, { claims: false });
  assert.equal(await page.locator('#article a, #article img, #article figure, #article strong').count(), 0, 'no markup of the source page');
  assertClean(assert, events);
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
