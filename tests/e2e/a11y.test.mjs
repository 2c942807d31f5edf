// axe-core over the page in light and dark mode, at desktop and phone widths, with a tooltip
// open and a source filter on: no serious or critical violation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, waitForAnnotations, browserSession } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = browserSession();

async function audit(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
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
