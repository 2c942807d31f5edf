// Everything by keyboard: claim navigation (keys and buttons) announced in the live region,
// tooltips on focus, arrow keys across highlights, source filter and legend toggles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, seed, assertClean, browserSession } from './helpers.mjs';


const session = browserSession();

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, type: el.dataset.type ?? null, claim: el.dataset.claim ?? null, start: Number(el.dataset.start), id: el.id,
    describedBy: el.getAttribute('aria-describedby') };
});
const status = (page) => page.waitForFunction(() => document.getElementById('status').textContent !== '').then(() => page.textContent('#status'));

async function openSeed(name) {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const text = seed(name);
  await paste(page, { 'text/plain': text });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, text);
  await waitForAnnotations(page);
  return { page, context, events };
}

test('j/k and n/p walk through claims in text order, with tooltip and announcement', async () => {
  const { page, context, events } = await openSeed('seed-003.txt');
  const total = await page.locator('#article mark.claim-start').count();
  assert.ok(total >= 2, `the seed has at least two claims (found ${total})`);
  await page.locator('#article-heading').click();

  await page.keyboard.press('j');
  const first = await focused(page);
  assert.equal(first.type, 'claim');
  assert.equal(first.describedBy, 'tip', 'the focused claim is described by the tooltip');
  assert.equal(await page.isVisible('#tip'), true);
  assert.match(await page.textContent('#tip'), /Source/);
  assert.match(await status(page), new RegExp(`^Claim 1 of ${total}`));

  await page.keyboard.press('n');
  const second = await focused(page);
  assert.ok(second.start > first.start, 'next claim is further on');
  assert.match(await status(page), new RegExp(`^Claim 2 of ${total}`));
  await page.keyboard.press('k');
  assert.equal((await focused(page)).claim, first.claim, 'k goes back');
  await page.keyboard.press('p');
  assert.equal((await focused(page)).claim, first.claim, 'stays on the first claim at the start');

  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#tip'), false, 'Escape hides the tooltip');

  // The buttons do the same.
  await page.click('#next-claim');
  assert.equal((await focused(page)).claim, second.claim);
  await page.click('#prev-claim');
  assert.equal((await focused(page)).claim, first.claim);
  assertClean(assert, events);
  await context.close();
});

test('typing j in the editor types, it does not navigate', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await page.focus('#editor');
  await page.keyboard.press('End');
  await page.keyboard.type('jkn');
  assert.ok((await page.inputValue('#editor')).includes('jkn'));
  assert.equal((await focused(page)).id, 'editor');
  await context.close();
});

test('Tab reaches the article; arrow keys move between highlights with entity tooltips', async () => {
  const { page, context, events } = await openSeed('seed-000.txt');
  await page.focus('#export-html');
  // Tab order: the article keeps exactly one highlight in the tab order.
  const inTabOrder = await page.locator('#article [tabindex="0"]').count();
  assert.equal(inTabOrder, 1);
  await page.focus('#next-claim');
  let guard = 0;
  while ((await focused(page)).tag !== 'MARK' && guard++ < 30) await page.keyboard.press('Tab');
  const start = await focused(page);
  assert.equal(start.tag, 'MARK', 'Tab lands on a highlight');
  await page.keyboard.press('ArrowRight');
  const next = await focused(page);
  assert.ok(next.start >= start.start && (next.start !== start.start || next.type !== start.type), 'ArrowRight moves on');
  assert.equal(await page.isVisible('#tip'), true);
  if (next.type !== 'claim') assert.match(await page.textContent('#tip'), /\((PERSON|ORG|LOC|NORP|DATE|NUMBER|MISC)\)/);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await focused(page)).start, start.start);
  await page.keyboard.press('End');
  const last = await focused(page);
  assert.ok(last.start >= next.start);
  await page.keyboard.press('Home');
  assert.equal((await focused(page)).start, (await page.$eval('#article .stop', (el) => Number(el.dataset.start))));
  assertClean(assert, events);
  await context.close();
});

test('a source is selected by keyboard: its claims only, first one focused, Escape clears', async () => {
  const { page, context, events } = await openSeed('seed-003.txt');
  const button = page.locator('#sources button.source').first();
  const key = await button.getAttribute('data-key');
  const expectedCount = await page.locator(`#article mark.claim-start[data-key="${key}"]`).count();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#article.filtering');
  assert.equal(await page.locator('#sources button.source[aria-pressed="true"]').count(), 1);
  const now = await focused(page);
  assert.equal(now.type, 'claim');
  assert.equal(await page.$eval(':focus', (el) => el.dataset.key), key, 'focus moved to the source’s first claim');
  assert.match(await status(page), new RegExp(`^Showing ${expectedCount} claims?`));
  // n/p stay within the filtered claims.
  for (let i = 0; i < expectedCount + 1; i++) {
    await page.keyboard.press('n');
    assert.equal(await page.$eval(':focus', (el) => el.dataset.key), key);
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#article:not(.filtering)');
  assertClean(assert, events);
  await context.close();
});

test('legend toggles work with the keyboard', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const box = page.locator('#legend input[data-layer="claim"]');
  await box.focus();
  await page.keyboard.press('Space');
  assert.equal(await box.isChecked(), false);
  assert.equal(await page.$eval('#article', (a) => a.classList.contains('hide-claim')), true);
  const band = await page.$eval('#article mark[data-type="claim"]', (m) => getComputedStyle(m).backgroundImage + getComputedStyle(m).backgroundColor);
  assert.match(band, /rgba\(0, 0, 0, 0\)/, 'claim band is gone');
  await page.keyboard.press('Space');
  assert.equal(await page.$eval('#article', (a) => a.classList.contains('hide-claim')), false);
  await context.close();
});

test('hovering a highlight shows the same tooltip; an entity in the panel leads to its first mention', async () => {
  const { page, context, events } = await openSeed('seed-001.txt');
  const entity = page.locator('#article mark[data-entity]:not([data-cont])').first();
  await entity.hover();
  await page.waitForSelector('#tip:not([hidden])');
  const label = await entity.getAttribute('data-type');
  assert.match(await page.textContent('#tip'), new RegExp(`\\(${label}\\)`));
  const claim = page.locator('#article mark.claim-start').first();
  await claim.hover();
  assert.match(await page.textContent('#tip'), /Claim .*Source.*Cue.*Kind.*Stance/s);

  // Open the first label's list (long lists start closed) by keyboard.
  if (!(await page.$eval('#entities details', (d) => d.open))) {
    await page.focus('#entities details summary');
    await page.keyboard.press('Enter');
  }
  const first = page.locator('#entities button.entity').first();
  const group = await first.getAttribute('data-group');
  await first.focus();
  await page.keyboard.press('Enter');
  const now = await focused(page);
  assert.equal(now.tag, 'MARK');
  assert.equal(await page.$eval(':focus', (el) => el.dataset.group), group);
  const firstMention = await page.$$eval('#article mark[data-group]:not([data-cont])', (els, g) => Number(els.find((e) => e.dataset.group === g).dataset.start), group);
  assert.equal(now.start, firstMention);
  // Pressing again goes on to the next mention (or stays, if there is only one).
  const count = await page.$$eval('#article mark[data-group]:not([data-cont])', (els, g) => els.filter((e) => e.dataset.group === g).length, group);
  await first.focus();
  await page.keyboard.press('Enter');
  const again = await focused(page);
  assert.equal(again.start > now.start, count > 1);
  assert.match(await status(page), new RegExp(`mention ${count > 1 ? 2 : 1} of ${count}`));
  assertClean(assert, events);
  await context.close();
});
