// The foundation issue's test: paste a seed article, check highlights, legend and sources panel
// against the engine's own output, and save a screenshot.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, screenshot, seed, assertClean, browserSession } from './helpers.mjs';
import { annotateInNode } from './engine-node.mjs';

const LABELS = ['PERSON', 'ORG', 'LOC', 'NORP', 'DATE', 'NUMBER', 'MISC'];

const session = browserSession();

test('the page opens with a sample article already annotated', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const text = await page.inputValue('#editor');
  assert.ok(text.length > 500, 'a sample article is in the editor');
  assert.equal(await page.textContent('#article'), text, 'the article shows exactly the editor text');
  assert.ok((await page.locator('#article mark').count()) > 10, 'highlights are shown');
  assertClean(assert, events);
  await context.close();
});

test('a pasted seed article gets highlights, a legend and a sources panel matching the engine', async () => {
  const text = seed('seed-001.txt');
  const expected = await annotateInNode(text);
  assert.ok(expected.entities.length > 0 && expected.claims.length > 0, 'the engine finds entities and claims in the seed');

  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  await paste(page, { 'text/plain': text });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, text);
  await waitForAnnotations(page);

  const marks = await page.$$eval('#article mark', (els) => els.map((m) => ({
    type: m.dataset.type, source: m.getAttribute('data-source'), start: Number(m.dataset.start), end: Number(m.dataset.end),
    cont: m.hasAttribute('data-cont'), claim: m.dataset.claim, entity: m.dataset.entity, text: m.textContent,
  })));
  for (const m of marks) {
    assert.ok(m.type === 'claim' || LABELS.includes(m.type), `mark type ${m.type} is a label or "claim"`);
    if (m.type === 'claim') assert.equal(typeof m.source, 'string', 'claim marks carry data-source');
    assert.equal(m.text, text.slice(m.start, m.end), 'a mark covers the text at its offsets');
  }

  // Every entity is drawn once (fragments joined), with its label.
  for (const [i, e] of expected.entities.entries()) {
    const parts = marks.filter((m) => m.entity === String(i));
    assert.ok(parts.length >= 1, `entity ${e.text} is highlighted`);
    assert.equal(parts[0].type, e.label);
    assert.equal(parts.map((p) => p.text).join(''), e.text);
    assert.equal(parts[0].start, e.start);
  }
  // Every claim's content is drawn, tagged with its canonical source.
  for (const [i, c] of expected.claims.entries()) {
    const parts = marks.filter((m) => m.type === 'claim' && m.claim === String(i));
    assert.equal(parts.map((p) => p.text).join(''), c.content.map((s) => s.text).join(''), `claim ${i} content is highlighted`);
    const canonical = Number.isInteger(c.sourceIndex) ? expected.sources[c.sourceIndex].name : (c.sourceEntity ?? '');
    for (const p of parts) assert.equal(p.source, canonical, `claim ${i} data-source`);
  }
  const claimStarts = await page.locator('#article mark[data-type="claim"].claim-start').count();
  assert.equal(claimStarts, expected.claims.length, 'one labelled start per claim');

  // Legend: the claim layer and every label, with the engine's counts.
  const legend = await page.$$eval('#legend input[type=checkbox]', (els) => els.map((b) => ({
    layer: b.dataset.layer, count: b.closest('label').querySelector('.count')?.textContent.trim() ?? null,
  })));
  for (const label of LABELS) {
    const row = legend.find((l) => l.layer === label);
    assert.ok(row, `legend lists ${label}`);
    assert.equal(Number(row.count), expected.entities.filter((e) => e.label === label).length, `legend count of ${label}`);
  }
  assert.equal(Number(legend.find((l) => l.layer === 'claim').count), expected.claims.length);

  // Sources panel: every source with claims, most claims first, each listing what it said.
  const panel = await page.$$eval('#sources button.source', (els) => els.map((b) => ({
    name: b.querySelector('.source-name').textContent,
    claims: Number(b.querySelector('.count').textContent.match(/^\d+/)[0]),
    said: b.closest('li').querySelectorAll('.said li').length,
  })));
  const withClaims = expected.sources.filter((s) => s.claims.length);
  const unsourced = expected.claims.filter((c) => !Number.isInteger(c.sourceIndex)).length;
  assert.equal(panel.length, withClaims.length + (unsourced ? 1 : 0), 'one entry per source (plus "no source given")');
  for (const s of withClaims) {
    const entry = panel.find((p) => p.name === s.name);
    assert.ok(entry, `sources panel lists ${s.name}`);
    assert.equal(entry.claims, s.claims.length, `${s.name}: claim count`);
    assert.ok(entry.said >= 1 && entry.said <= s.claims.length, `${s.name}: what it said is listed`);
  }
  const named = expected.sources.filter((s) => !s.anonymous && s.claims.length).length;
  const namedCounts = panel.slice(0, named).map((p) => p.claims);
  assert.deepEqual(namedCounts, namedCounts.slice().sort((a, b) => b - a), 'named sources sorted by claim count');
  assert.match(await page.textContent('#summary'), new RegExp(`^${expected.claims.length} claims? · `));

  const shot = await screenshot(page, 'foundation-seed-001-1440-light.png');
  assert.ok(shot.endsWith('.png'));
  assertClean(assert, events);
  await context.close();
});

test('sources panel: a punctuation cue is not printed as a cue, long content is cut without splitting an emoji', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  // A claim whose content ("that …") has an emoji straddling the panel's cut point (157 units).
  const words = 'the old bridge over the river would stay closed for repairs ';
  const filler = words.repeat(4).slice(0, 151).padEnd(151, 'x');
  const text = `The mayor of Odesa, Hennadiy Trukhanov, spoke on Monday.\n\nTrukhanov: "The port will reopen next week."\n\nThe governor said that ${filler}🙂 until the spring, angering drivers.`;
  await paste(page, { 'text/plain': text });
  await waitForAnnotations(page);
  const items = await page.$$eval('#sources .said li', (els) => els.map((li) => ({
    cue: li.querySelector('.said-cue')?.textContent ?? null, content: li.querySelector('.said-content').textContent,
  })));
  const colon = items.find((i) => i.content.includes('The port will reopen'));
  assert.ok(colon, 'the colon-introduced quotation is listed');
  assert.equal(colon.cue, null, 'no ":: " before it');
  const cut = items.find((i) => i.content.startsWith(`that ${filler.slice(0, 20)}`));
  assert.ok(cut, 'the long claim is listed');
  assert.equal(`that ${filler}🙂`.charCodeAt(156) >> 10, 0xd800 >> 10, 'the emoji does straddle the cut');
  assert.ok(cut.content.endsWith('…') && cut.content.length <= 160, 'shortened with an ellipsis');
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut.content), 'no lone surrogate');
  assert.ok(items.some((i) => i.cue === 'said: '), 'word cues are still printed');
  assertClean(assert, events);
  await context.close();
});
