// Properties of `annotate` from JavaScript, over generated strings (fast-check): any string —
// lone surrogates, emoji, CJK, right-to-left text, quotation marks of every style, control
// characters, markup — gives a result without throwing; every span lies inside the text, never
// splits a surrogate pair, and `text.slice(start, end)` is the span's text (a lone surrogate
// reads as U+FFFD in the result, one unit for one, so offsets stay in place); code-point and
// UTF-8 offsets slice to the same text; the result is deterministic; entities never overlap,
// nor cues, nor the parts of one claim; indices between parts of the result are in range.
//
// Runs on the Node build of the package (pkg/node), the same code the packed tarball holds.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

import { repoRoot } from './helpers.mjs';

let annotate;
before(async () => {
  const entry = join(repoRoot, 'pkg', 'node', 'sourcemark.mjs');
  if (!existsSync(entry)) throw new Error('pkg/node is not built: run scripts/build-wasm.sh and node scripts/build-pkg.mjs');
  ({ annotate } = await import(pathToFileURL(entry)));
});

// Runs per property: enough to meet every piece below many times, a few seconds in all.
const RUNS = 300;

// Any UTF-16 code unit, lone surrogates included: what a JavaScript string may hold.
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const lone = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00');

// News-like and hostile pieces, so generated texts reach the rules (names, cues, quotes).
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(
    'Vladimir Putin', 'Volodymyr Zelensky', 'the Ministry of Defence', 'Reuters', 'Kyiv', 'NATO',
    ' said ', ' told reporters ', ', according to ', ' claimed, without evidence, that ', ' he ', ' she added',
    '. ', ', ', ': ', '\n', '\n\n', ' ', '\t', '\r\n', '\u2028',
    '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」', '"', "'", '’s',
    '👨‍👩‍👧‍👦', '🇺🇦', '🇬🇧', '👍🏽', '𝐁𝐢𝐝𝐞𝐧', 'e\u0301', 'Zoë', 'A\u0308\u0301', '東京', '習近平', '戦争は終わった',
    'قال الرئيس', 'שלום', '\u202E', '\u202B', '\u200F', '\u200E', '\u200D', '\uFEFF', '\u0000', '\u0007', '\u007F',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '**bold**', '# ', '[a](javascript:x)',
    '£1,615', '3,000', '10 1/2', 'U.S.', 'Mr.', 'on Monday', '2022',
  ) },
  lone,
  fc.string({ unit: anyUnit, maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const newsish = fc.array(piece, { maxLength: 60, size: 'large' }).map((parts) => parts.join(''));
const anyString = fc.oneof(newsish, fc.string({ unit: anyUnit, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** Every span of a result, with where it is. */
function spans(result) {
  const out = result.entities.map((e, i) => [`entity ${i}`, e]);
  result.claims.forEach((c, i) => {
    for (const role of ['source', 'cue', 'content', 'figures']) c[role].forEach((s) => out.push([`claim ${i} ${role}`, s]));
    if (c.unverifiedBy) out.push([`claim ${i} unverifiedBy`, c.unverifiedBy]);
  });
  return out;
}

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;
/** Offset `i` of `text` falls between the two halves of a surrogate pair. */
const splitsPair = (text, i) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function assertDisjoint(list, what) {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].end <= sorted[i].start, `${what} overlap: ${JSON.stringify([sorted[i - 1], sorted[i]])}`);
  }
}

const check = (property) => fc.assert(property, { numRuns: RUNS });

test('any string: no throw, spans inside the text, each the UTF-16 slice at its offsets', () => {
  check(fc.property(anyString, (text) => {
    const result = annotate(text);
    assert.equal(result.offsets, 'utf16');
    assert.equal(result.textLength, text.length);
    for (const [what, s] of spans(result)) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside ${text.length}`);
      assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what}: splits a surrogate pair`);
      // A lone surrogate crosses into the engine as U+FFFD, one unit for one: toWellFormed()
      // makes the same replacement, and leaves every other string as it is.
      assert.equal(s.text, text.slice(s.start, s.end).toWellFormed(), `${what} [${s.start}, ${s.end})`);
    }
  }));
});

test('well-formed strings: the span text is exactly text.slice(start, end)', () => {
  check(fc.property(anyString.map((t) => t.toWellFormed()), (text) => {
    for (const [what, s] of spans(annotate(text))) assert.equal(text.slice(s.start, s.end), s.text, what);
  }));
});

test('code-point and UTF-8 offsets slice to the same spans as UTF-16 ones', () => {
  check(fc.property(anyString, (text) => {
    const utf16 = spans(annotate(text));
    const points = Array.from(text.toWellFormed());
    const bytes = Buffer.from(text.toWellFormed(), 'utf8');
    const codepoint = annotate(text, { offsets: 'codepoint' });
    const utf8 = annotate(text, { offsets: 'utf8' });
    assert.equal(codepoint.textLength, points.length);
    assert.equal(utf8.textLength, bytes.length);
    const fromPoints = spans(codepoint);
    const fromBytes = spans(utf8);
    assert.deepEqual(fromPoints.map(([w, s]) => [w, s.text]), utf16.map(([w, s]) => [w, s.text]), 'same spans');
    assert.deepEqual(fromBytes.map(([w, s]) => [w, s.text]), utf16.map(([w, s]) => [w, s.text]), 'same spans');
    for (const [what, s] of fromPoints) assert.equal(points.slice(s.start, s.end).join(''), s.text, `${what} (code points)`);
    for (const [what, s] of fromBytes) assert.equal(bytes.subarray(s.start, s.end).toString('utf8'), s.text, `${what} (UTF-8)`);
  }));
});

test('the result is deterministic', () => {
  check(fc.property(anyString, (text) => {
    assert.deepEqual(annotate(text), annotate(text));
  }));
});

test('no overlap within a layer, and indices in range', () => {
  check(fc.property(newsish, (text) => {
    const r = annotate(text);
    assertDisjoint(r.entities, 'entities');
    assertDisjoint(r.claims.flatMap((c) => c.cue), 'cues of different claims');
    for (const c of r.claims) {
      assert.ok(c.content.length > 0, 'a claim has content');
      // Contents of different claims may nest (a claim quoted inside another); the parts of one claim may not.
      assertDisjoint([...c.source, ...c.cue, ...c.content], 'parts of one claim');
      if (c.sourceIndex != null) assert.ok(r.sources[c.sourceIndex].claims.includes(r.claims.indexOf(c)));
      if (c.parent != null) assert.ok(c.parent >= 0 && c.parent < r.claims.length);
    }
    r.entities.forEach((e, i) => assert.ok(r.entityGroups[e.group].mentions.includes(i), `entity ${i} in its group`));
  }));
});

test('the generators reach the rules: names and claims are found in generated texts', () => {
  // Guards the properties above: on texts where the engine finds nothing they would prove little.
  const samples = fc.sample(newsish, { numRuns: 200, seed: 42 });
  const results = samples.map((t) => annotate(t));
  assert.ok(results.filter((r) => r.entities.length > 0).length > 50, 'entities in many generated texts');
  assert.ok(results.filter((r) => r.claims.length > 0).length > 20, 'claims in many generated texts');
  assert.ok(samples.filter((t) => /[\uD800-\uDFFF]/.test(t) && !t.isWellFormed()).length > 10, 'lone surrogates in many');
});
