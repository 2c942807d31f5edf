// Screenshots at phone and desktop widths, light and dark, and the print layout, for people
// to look at (tests/e2e/screenshots/). Each also checks what a picture can hide: no sideways
// scrolling, readable layout pieces present, the print stylesheet dropping the editor.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, screenshot, assertClean, SCREENSHOTS, browserSession, paste, seed } from './helpers.mjs';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';


const session = browserSession();

for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[390, 844], [1440, 900]]) {
    test(`screenshot ${width}px ${colorScheme}`, async () => {
      const { page, context, events } = await openPage(session.browser, session.server.url, { width, height, colorScheme });
      await waitForAnnotations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width}px (overflow ${overflow}px)`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg === 'rgb(253, 253, 252)', colorScheme === 'light', `body background follows ${colorScheme} mode (${bg})`);
      await screenshot(page, `page-${width}-${colorScheme}.png`);
      // A claim focused, with its tooltip.
      await page.keyboard.press('j');
      await page.waitForSelector('#tip:not([hidden])');
      await page.waitForTimeout(400);
      await screenshot(page, `claim-${width}-${colorScheme}.png`);
      assertClean(assert, events);
      await context.close();
    });
  }
}

test('screenshot of a long text: folded text box and progress, then the drawn article; a paste there replaces it', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { width: 1440, height: 900 });
  await waitForAnnotations(page);
  const article = ['seed-000.txt', 'seed-001.txt', 'seed-002.txt', 'seed-003.txt'].map(seed).join('\n\n');
  await paste(page, { 'text/plain': article.repeat(Math.ceil(400_000 / article.length)) });
  await page.waitForSelector('#progress:not([hidden])');
  assert.equal(await page.isVisible('#folded'), true);
  await screenshot(page, 'long-working-1440-light.png');
  await page.waitForFunction(() => document.getElementById('progress').hidden && document.getElementById('article').getAttribute('aria-busy') === 'false', null, { timeout: 60000 });
  await screenshot(page, 'long-done-1440-light.png');
  // A paste while the text box is folded away (focus on its button) replaces the long text.
  await page.focus('#unfold');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'The mayor said the bridge would reopen.');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('article').textContent === 'The mayor said the bridge would reopen.');
  assert.equal(await page.isVisible('#editor'), true);
  assert.equal(await page.isHidden('#folded'), true);
  assertClean(assert, events);
  await context.close();
});

test('print layout: article and sources, no editor or buttons', async () => {
  const { page, context } = await openPage(session.browser, session.server.url, { width: 1000, height: 1400 });
  await waitForAnnotations(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isHidden('#editor'), true);
  assert.equal(await page.isHidden('#next-claim'), true);
  assert.equal(await page.isVisible('#article'), true);
  assert.equal(await page.isVisible('#sources'), true);
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'print.png'), fullPage: true });
  await context.close();
});
