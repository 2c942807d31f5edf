// The nesting plan behind the article DOM (www/js/layout.js), checked in Node: overlapping
// spans become properly nested fragments that still cover exactly their text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectSpans, nest, paragraphSpans } from '../../www/js/layout.js';

// Flattens the tree into [kind:ref, start, end] per element, plus the covered text pieces.
function walk(node, path = [], out = { elements: [], leaves: [] }) {
  for (const child of node.children) {
    if (child.text) out.leaves.push({ range: child.text, path: path.map((n) => `${n.span.kind}${n.span.ref}`) });
    else {
      out.elements.push(child);
      walk(child, path.concat(child), out);
    }
  }
  return out;
}

test('leaves cover the text exactly once, in order', () => {
  const text = 'Ann said "Bob is here".\nNext line.';
  const { spans } = collectSpans(text, {
    entities: [{ start: 0, end: 3, label: 'PERSON', group: 0 }, { start: 10, end: 13, label: 'PERSON', group: 1 }],
    claims: [{ content: [{ start: 9, end: 22 }], source: [{ start: 0, end: 3 }], cue: [{ start: 4, end: 8 }] }],
  });
  const { leaves } = walk(nest(spans, text.length));
  let at = 0;
  for (const l of leaves) {
    assert.equal(l.range[0], at);
    at = l.range[1];
  }
  assert.equal(at, text.length);
});

test('an entity inside a claim nests inside it without splitting the claim', () => {
  const text = 'He said "Bob is here".';
  const { spans } = collectSpans(text, {
    entities: [{ start: 9, end: 12, label: 'PERSON', group: 0 }],
    claims: [{ content: [{ start: 8, end: 21 }], source: [], cue: [{ start: 3, end: 7 }] }],
  });
  const { elements, leaves } = walk(nest(spans, text.length));
  const claims = elements.filter((e) => e.span.kind === 'claim');
  assert.equal(claims.length, 1, 'the claim stays one element');
  assert.deepEqual([claims[0].start, claims[0].end], [8, 21]);
  const bob = leaves.find((l) => text.slice(...l.range) === 'Bob');
  assert.deepEqual(bob.path, ['para0', 'claim0', 'entity0']);
});

test('crossing spans are split into fragments; only the first is marked first', () => {
  const text = 'aaaa bbbb cccc';
  const { spans } = collectSpans(text, {
    entities: [{ start: 5, end: 14, label: 'ORG', group: 0 }],
    claims: [{ content: [{ start: 0, end: 9 }], source: [], cue: [] }],
  });
  const { elements } = walk(nest(spans, text.length));
  const ent = elements.filter((e) => e.span.kind === 'entity');
  assert.deepEqual(ent.map((e) => [e.start, e.end, e.first]), [[5, 9, true], [9, 14, false]]);
  const claim = elements.filter((e) => e.span.kind === 'claim');
  assert.deepEqual(claim.map((e) => [e.start, e.end]), [[0, 9]]);
});

test('paragraphs stay outermost and a claim over a line break is split at it', () => {
  const text = 'One "two\nthree" four';
  const { spans } = collectSpans(text, { entities: [], claims: [{ content: [{ start: 4, end: 15 }], source: [], cue: [] }] });
  const root = nest(spans, text.length);
  assert.deepEqual(root.children.map((c) => (c.text ? 'text' : c.span.kind)), ['para', 'text', 'para']);
  const { elements } = walk(root);
  assert.deepEqual(elements.filter((e) => e.span.kind === 'claim').map((e) => [e.start, e.end, e.first]), [[4, 8, true], [9, 15, false]]);
});

test('spans outside the text or inverted are dropped and counted, not drawn', () => {
  const text = 'short';
  const { spans, dropped } = collectSpans(text, {
    entities: [{ start: 0, end: 99, label: 'ORG' }, { start: 3, end: 2, label: 'ORG' }, { start: 0, end: 5, label: 'ORG' }, null],
    claims: [{ content: [{ start: -1, end: 2 }, { start: 1.5, end: 3 }] }],
  });
  assert.equal(dropped, 5);
  assert.equal(spans.filter((s) => s.kind === 'entity').length, 1);
});

test('blank lines make no paragraphs; CRLF line ends stay outside paragraphs', () => {
  assert.deepEqual(paragraphSpans('a\r\n\r\n  \nb').map((s) => [s.start, s.end]), [[0, 1], [8, 9]]);
});

test('many nested and overlapping spans stay linear enough to finish', () => {
  const n = 20000;
  const text = 'x'.repeat(n);
  const entities = [];
  for (let i = 0; i + 7 < n; i += 5) entities.push({ start: i, end: i + 7, label: 'ORG' });
  const { spans } = collectSpans(text, { entities, claims: [] });
  const { leaves } = walk(nest(spans, n));
  assert.equal(leaves.reduce((sum, l) => sum + l.range[1] - l.range[0], 0), n);
});
