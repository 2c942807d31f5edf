// The page against the result's data shape rather than today's engine output: a stand-in
// engine (served in place of pkg/sourcemark.js) returns claims the real one may not produce
// yet: unverified, anonymous, unsourced, nested, with role and affiliation, plus one span
// outside the text. The page must show each of them as the model describes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, assertClean, screenshot, WWW, browserSession } from './helpers.mjs';

const TEXT = [
  'Officials said, without evidence, that "Anna Smith told the Kyiv Post the bridge was closed."',
  '"We will rebuild it," the mayor of Odesa, Oleh Bondar, said. Bondar added that repairs would take 40 days.',
  '"Nobody knows," read a sign on the fence.',
].join('\n');

// Offsets come from indexOf on whatever text the page sends, as UTF-16 code units.
const FAKE_ENGINE = `
export default async function init() {}
const span = (text, s, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
export function annotate(text) {
  const e = (s, label, group, from) => ({ ...span(text, s, from), label, group });
  const entities = [e('Anna Smith', 'PERSON', 0), e('Kyiv Post', 'ORG', 1), e('Odesa', 'LOC', 2), e('Oleh Bondar', 'PERSON', 3),
    e('Bondar', 'PERSON', 3, text.indexOf('Bondar added')), e('40 days', 'DATE', 4)];
  const groups = [['Anna Smith', 'PERSON', [0]], ['Kyiv Post', 'ORG', [1]], ['Odesa', 'LOC', [2]], ['Oleh Bondar', 'PERSON', [3, 4]], ['40 days', 'DATE', [5]]]
    .map(([canonical, label, mentions], id) => ({ id, canonical, label, mentions }));
  const claim = (o) => ({ source: [], cue: [], content: [], sourceEntity: null, sourceIndex: null, kind: 'indirect', stance: 'neutral',
    unverified: false, anonymous: false, figures: [], ...o });
  const claims = [
    claim({ source: [span(text, 'Officials')], cue: [span(text, 'said')], content: [span(text, '"Anna Smith told the Kyiv Post the bridge was closed."')],
      sourceIndex: 0, unverified: true, unverifiedBy: span(text, 'without evidence'), anonymous: true, kind: 'direct' }),
    claim({ source: [span(text, 'Anna Smith')], cue: [span(text, 'told')], content: [span(text, 'the bridge was closed')], sourceEntity: 'Anna Smith',
      sourceIndex: 1, parent: 0 }),
    claim({ source: [span(text, 'the mayor of Odesa, Oleh Bondar')], cue: [span(text, 'said. ')], content: [span(text, '"We will rebuild it,"')],
      sourceEntity: 'Oleh Bondar', sourceIndex: 2, kind: 'direct', stance: 'assertive' }),
    claim({ source: [span(text, 'Bondar', text.indexOf('Bondar added'))], cue: [span(text, 'added')], content: [span(text, 'repairs would take 40 days')],
      sourceEntity: 'Oleh Bondar', sourceIndex: 2, figures: [span(text, '40')] }),
    claim({ content: [span(text, '"Nobody knows,"')], kind: 'direct' }),
    claim({ content: [{ start: text.length + 5, end: text.length + 9, text: 'gone' }] }),
  ];
  const sources = [
    { name: 'Officials', anonymous: true, claims: [0] },
    { name: 'Anna Smith', entityGroup: 0, label: 'PERSON', anonymous: false, claims: [1] },
    { name: 'Oleh Bondar', entityGroup: 3, label: 'PERSON', role: 'mayor', affiliation: 'Odesa', anonymous: false, claims: [2, 3] },
  ];
  return { schemaVersion: 1, offsets: 'utf16', textLength: text.length, entities, entityGroups: groups, claims, sources };
}
`;


const session = browserSession([WWW, '/', { overrides: { 'pkg/sourcemark.js': FAKE_ENGINE, 'pkg/sourcemark_bg.wasm': '' } }], { needsEngine: false });

async function openFake() {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  // The stand-in finds nothing in the sample; wait for the sample, then replace it.
  await page.waitForFunction(() => document.getElementById('editor').value.length > 0);
  await paste(page, { 'text/plain': TEXT });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, TEXT);
  await waitForAnnotations(page);
  return { page, context, events };
}

test('claims render by the data model: nesting, unverified, anonymous, unsourced, dropped spans', async () => {
  const { page, context, events } = await openFake();
  const claims = await page.$$eval('#article mark.claim-start', (els) => els.map((m) => ({
    claim: m.dataset.claim, source: m.getAttribute('data-source'), badge: m.dataset.badge, nestedIn: m.parentElement.closest('mark.claim')?.dataset.claim ?? null,
    unverified: m.classList.contains('unverified'), colour: [...m.classList].find((c) => c.startsWith('c-')),
  })));
  const byIndex = Object.fromEntries(claims.map((c) => [c.claim, c]));
  assert.equal(claims.length, 5, 'five drawable claims; the one outside the text is left out');
  assert.match(await page.textContent('#error'), /1 annotation pointed outside the text/);
  assert.equal(byIndex[0].source, 'Officials');
  assert.ok(byIndex[0].unverified && /unverified/.test(byIndex[0].badge), 'unverified is marked in text, not colour only');
  assert.equal(byIndex[0].colour, 'c-anon', 'anonymous sources get the hatched grey');
  assert.equal(byIndex[1].nestedIn, '0', 'the nested claim sits inside its parent');
  assert.equal(byIndex[2].source, 'Oleh Bondar');
  assert.equal(byIndex[2].badge, 'S1', 'the most-quoted source is S1');
  assert.equal(byIndex[3].badge, 'S1');
  assert.equal(byIndex[4].source, '', 'data-source is empty when the source is unknown');
  assert.equal(byIndex[4].badge, '?');
  assert.equal(byIndex[4].colour, 'c-none');
  // Cue and source phrase are marked too, outside <mark> (marks are entities and claims only).
  assert.ok(await page.$('#article span.cue[data-claim="3"]'));
  assert.ok(await page.$('#article span.claim-src[data-claim="2"]'));

  // The summary counts the result as given: six claims, of which three lack a named source
  // (the anonymous one, the unsourced quote and the one outside the text).
  assert.equal(await page.textContent('#summary'), '6 claims · 3 sources · 1 unverified · 3 from unnamed sources · 6 entity mentions');
  await page.focus('#article mark.claim-start[data-claim="0"]');
  await screenshot(page, 'shape-1440-light.png');
  assertClean(assert, events);
  await context.close();
});

test('the sources panel ranks named sources and groups unnamed and unknown ones', async () => {
  const { page, context } = await openFake();
  const sections = await page.$$eval('#sources h3', (hs) => hs.map((h) => ({
    title: h.textContent,
    entries: [...h.nextElementSibling.querySelectorAll('button.source')].map((b) => b.textContent),
  })));
  assert.deepEqual(sections.map((s) => s.title), ['Named sources (2)', 'Unnamed or unknown sources']);
  assert.match(sections[0].entries[0], /^S1Oleh Bondarmayor, Odesa2 claims$/);
  assert.match(sections[0].entries[1], /^S2Anna Smith1 claim$/);
  assert.deepEqual(sections[1].entries.map((e) => e.replace(/\d claims?$/, '')), ['S3Officials', '?No source given']);
  await page.click('#sources button.source[data-key="unknown"]');
  await page.waitForSelector('#article.filtering');
  assert.deepEqual(await page.$$eval('#article mark.claim-start.match', (els) => els.map((m) => m.dataset.claim)), ['4']);
  await context.close();
});

test('tooltips give source with role and affiliation, cue, kind, stance, figures and the unverified words', async () => {
  const { page, context } = await openFake();
  await page.focus('#article mark.claim-start[data-claim="3"]');
  const tip = await page.textContent('#tip');
  for (const part of ['Claim S1', 'SourceOleh Bondar, mayor, Odesa', 'Written asBondar', 'Cueadded', 'Kindindirect', 'Stanceneutral', 'Figures40']) {
    assert.ok(tip.includes(part), `tooltip has “${part}”: ${tip}`);
  }
  await page.focus('#article mark.claim-start[data-claim="0"]');
  const first = await page.textContent('#tip');
  assert.ok(first.includes('Unverifiedyes, the text says “without evidence”'), first);
  assert.ok(first.includes('Anonymousyes'), first);
  // An entity inside a claim: both are described.
  await page.focus('#article mark[data-entity="0"]');
  const both = await page.textContent('#tip');
  assert.ok(both.startsWith('Person (PERSON)') && both.includes('Claim S2'), both);
  await context.close();
});
