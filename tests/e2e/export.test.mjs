// Exports parse, agree with the page, and the W3C selectors point at the right text counted in
// code points (the text here has astral characters so code points and UTF-16 differ). The
// share link carries the text in the fragment and restores it.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, waitForAnnotations, paste, seed, assertClean, browserSession } from './helpers.mjs';

// Emoji and a flag before the article shift every UTF-16 offset away from its code point.
const TEXT = `📰🇺🇦 Reader’s note: 𝒜 test.\n${seed('seed-002.txt')}`;

const session = browserSession();

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path(), 'utf8') };
}

// Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.
function parseCsv(s) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function pageWithText() {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await paste(page, { 'text/plain': TEXT });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, TEXT);
  await waitForAnnotations(page);
  return { page, context, events };
}

test('JSON, CSV and JSON-LD exports parse and point at the right text', async () => {
  const { page, context, events } = await pageWithText();
  const claimsShown = await page.locator('#article mark.claim-start').count();

  const json = JSON.parse((await download(page, '#export-json')).body);
  assert.equal(json.text, TEXT);
  assert.equal(json.annotations.claims.length, claimsShown);
  for (const e of json.annotations.entities) assert.equal(TEXT.slice(e.start, e.end), e.text, 'JSON offsets are UTF-16, as documented');

  const csv = parseCsv((await download(page, '#export-csv')).body);
  assert.equal(csv[0][0], 'claim');
  assert.equal(csv.length, claimsShown + 1, 'one row per claim');
  const codePoints = Array.from(TEXT);
  const startCol = csv[0].indexOf('start_codepoint');
  const contentCol = csv[0].indexOf('content');
  for (const row of csv.slice(1)) {
    assert.equal(row.length, csv[0].length);
    const firstPiece = row[contentCol].split(' … ')[0].replace(/^'/, '');
    assert.equal(codePoints.slice(Number(row[startCol]), Number(row[startCol]) + Array.from(firstPiece).length).join(''), firstPiece);
  }

  const ld = JSON.parse((await download(page, '#export-jsonld')).body);
  assert.equal(ld['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(ld.type, 'AnnotationCollection');
  const items = ld.first.items;
  assert.equal(ld.total, items.length);
  assert.equal(items.length, json.annotations.entities.length + json.annotations.claims.filter((c) => c.content.length).length);
  let checked = 0;
  for (const item of items) {
    assert.equal(item.type, 'Annotation');
    for (const target of [].concat(item.target)) {
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
      const pos = target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.equal(quote.exact, codePoints.slice(pos.start, pos.end).join(''), 'exact equals the text at the code-point positions');
      assert.equal(quote.prefix, codePoints.slice(pos.start - Array.from(quote.prefix).length, pos.start).join(''), 'prefix ends at start');
      assert.equal(quote.suffix, codePoints.slice(pos.end, pos.end + Array.from(quote.suffix).length).join(''), 'suffix begins at end');
      assert.ok(quote.exact.length > 0);
      checked++;
    }
  }
  assert.ok(checked > 10, 'selectors were checked');
  assertClean(assert, events);
  await context.close();
});

test('the annotated HTML export is a standalone page with the same highlights and no script', async () => {
  const { page, context, events } = await pageWithText();
  const { body } = await download(page, '#export-html');
  assert.match(body, /^<!DOCTYPE html>/);
  const marksOnPage = await page.locator('#article mark').count();
  const viewer = await context.newPage();
  await viewer.setContent(body);
  const info = await viewer.evaluate(() => ({
    text: document.querySelector('article').textContent,
    marks: document.querySelectorAll('article mark').length,
    claims: [...document.querySelectorAll('article mark[data-type="claim"]')].map((m) => m.dataset.source),
    scripts: document.scripts.length,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
    styled: getComputedStyle(document.querySelector('article mark.claim') || document.body).backgroundColor,
    focusable: document.querySelectorAll('[tabindex]').length,
  }));
  assert.equal(info.text, TEXT);
  assert.equal(info.marks, marksOnPage);
  assert.equal(info.scripts, 0);
  assert.equal(info.focusable, 0, 'no leftover roving tab stops');
  assert.match(info.csp, /default-src 'none'/);
  assert.notEqual(info.styled, 'rgba(0, 0, 0, 0)', 'the inlined stylesheet colours the claims');
  assertClean(assert, events);
  await context.close();
});

test('a share link restores the text from the URL fragment; the server never sees it', async () => {
  const { page, context, events } = await pageWithText();
  await page.click('#share');
  await page.waitForSelector('#share-link:not([hidden])');
  const link = await page.inputValue('#share-link');
  assert.ok(link.startsWith(session.server.url) && link.includes('#text='), link.slice(0, 80));

  const { page: other, context: otherContext, events: otherEvents } = await openPage(session.browser, link);
  await other.waitForFunction((t) => document.getElementById('editor').value === t, TEXT);
  await waitForAnnotations(other);
  assert.ok(!otherEvents.requests.some((u) => u.includes('text=')), 'the fragment is not sent in any request');
  assert.equal(new URL(other.url()).hash, '', 'the fragment is dropped once read');
  assertClean(assert, events);
  assertClean(assert, otherEvents);
  await otherContext.close();
  await context.close();
});

test('a text too long for a link gets a clear message instead', async () => {
  const { page, context } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  // Random letters do not compress: far past the link limit.
  let seedValue = 12345;
  const noise = Array.from({ length: 60000 }, () => {
    // xorshift32: cheap noise with no repeats to compress.
    seedValue ^= seedValue << 13;
    seedValue ^= seedValue >>> 17;
    seedValue ^= seedValue << 5;
    return String.fromCharCode(33 + ((seedValue >>> 0) % 90));
  }).join('');
  await paste(page, { 'text/plain': noise });
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share-message').textContent !== '');
  assert.match(await page.textContent('#share-message'), /too long for a share link/);
  assert.equal(await page.isHidden('#share-link'), true);
  await context.close();
});
