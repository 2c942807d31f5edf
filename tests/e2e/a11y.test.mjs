// axe-core over the page in light and dark mode, at desktop and phone widths, with a tooltip
// open and a source filter on: no serious or critical violation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, waitForAnnotations, browserSession, paste } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = browserSession();

/** axe over the document, or over the elements matching `selectors` only. */
async function audit(page, selectors = null) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(AXE);
  const result = await page.evaluate((only) => window.axe.run(only ? { include: only.map((s) => [s]) } : document, { resultTypes: ['violations'] }), selectors);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1440, 390]) {
    test(`axe: no serious or critical violations, ${colorScheme} mode at ${width}px`, async () => {
      const { page, context } = await openPage(session.browser, session.server.url, { width, height: 900, colorScheme });
      await waitForAnnotations(page);
      assert.deepEqual(await audit(page), [], 'page at rest');

      // With a highlight focused (tooltip shown) and a source filter applied.
      await page.keyboard.press('j');
      await page.waitForSelector('#tip:not([hidden])');
      assert.deepEqual(await audit(page), [], 'tooltip open');
      await page.click('#sources button.source');
      await page.waitForSelector('#article.filtering');
      assert.deepEqual(await audit(page), [], 'source filter on');
      await context.close();
    });
  }
}

test('axe: a long text, with its progress line and the folded text box, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(session.browser, session.server.url, { width: 1440, height: 900, colorScheme });
    await waitForAnnotations(page);
    const article = await page.inputValue('#editor');
    await paste(page, { 'text/plain': `${article}\n\n`.repeat(Math.ceil(160_000 / article.length)) });
    // The progress line is shown while the engine works; audited as it is, then once done.
    await page.waitForSelector('#progress:not([hidden])');
    assert.equal(await page.getAttribute('#progress-bar', 'aria-labelledby'), 'progress-label');
    await page.waitForFunction(() => document.getElementById('progress').hidden && document.getElementById('article').getAttribute('aria-busy') === 'false', null, { timeout: 60000 });
    assert.equal(await page.isVisible('#folded'), true);
    // The rest of the page is audited above; a long article would only make axe slow.
    const parts = ['section.input', '.reading-head', '#summary', '#progress'];
    assert.deepEqual(await audit(page, parts), [], `long text annotated, ${colorScheme}`);
    // The progress line itself, shown again as it looks while annotating.
    await page.evaluate(() => { document.getElementById('progress').hidden = false; });
    assert.deepEqual(await audit(page, parts), [], `progress line, ${colorScheme}`);
    await context.close();
  }
});
