// Turns annotation spans into a nesting plan for the DOM.
//
// Claims, their cues and sources, and entities overlap freely (a name inside a quote, a quote
// running over a paragraph break). HTML elements must nest, so the text is cut at every span
// boundary into segments, and each segment is wrapped in the spans that cover it, outermost
// first. A span that crosses another's boundary is split into fragments; the first fragment
// keeps `first: true` so the renderer can put a label on it once.
//
// Pure functions, no DOM: unit-tested in Node.

/** Nesting order among spans with the same extent: paragraphs outside, entities innermost. */
export const RANK = Object.freeze({ para: 0, claim: 1, source: 2, cue: 3, entity: 4 });

function isSpan(s, length) {
  return s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length;
}

/** Paragraph spans: each non-blank line, without its line break. */
export function paragraphSpans(text) {
  const spans = [];
  const re = /[^\r\n]+/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim() !== '') spans.push({ start: m.index, end: m.index + m[0].length, kind: 'para', ref: spans.length, part: 0 });
  }
  return spans;
}

/**
 * All spans to draw. Spans with offsets outside the text (a bad result) are dropped and counted
 * in `dropped`, so the page can still show everything else.
 */
export function collectSpans(text, ann) {
  const length = text.length;
  const spans = paragraphSpans(text);
  let dropped = 0;
  const add = (s, kind, ref, part) => {
    if (isSpan(s, length)) spans.push({ start: s.start, end: s.end, kind, ref, part });
    else dropped++;
  };
  const list = (v) => (Array.isArray(v) ? v : []);
  list(ann && ann.claims).forEach((claim, i) => {
    list(claim && claim.content).forEach((s, j) => add(s, 'claim', i, j));
    list(claim && claim.source).forEach((s, j) => add(s, 'source', i, j));
    list(claim && claim.cue).forEach((s, j) => add(s, 'cue', i, j));
  });
  list(ann && ann.entities).forEach((e, i) => add(e, 'entity', i, 0));
  return { spans, dropped };
}

// Paragraphs always outermost: they are block elements, everything else is inline.
function compareSpans(a, b) {
  return (
    (a.kind === 'para' ? 0 : 1) - (b.kind === 'para' ? 0 : 1) ||
    a.start - b.start ||
    b.end - a.end ||
    RANK[a.kind] - RANK[b.kind] ||
    a.ref - b.ref ||
    a.part - b.part
  );
}

/**
 * Builds the tree: nodes `{ span, first, start, end, children }`, leaves `{ text: [start, end] }`.
 * Linear in the number of segments times the nesting depth.
 */
export function nest(spans, length) {
  return { span: null, children: [...nestedBlocks(spans, length)] };
}

/**
 * The same tree's top-level children (paragraphs and the bare line breaks between them), each
 * yielded once complete, in text order: a long text can be drawn a few blocks at a time.
 */
export function nestedBlocks(spans, length) {
  return blocksOf(prepare(spans, length));
}

/** The sorting half of the work, done before any block is built (a step of its own for long texts). */
export function prepare(spans, length) {
  const ordered = spans.slice().sort(compareSpans);
  ordered.forEach((s, i) => { s.order = i; });
  const starts = new Map();
  const bounds = new Set([0, length]);
  for (const s of ordered) {
    bounds.add(s.start);
    bounds.add(s.end);
    if (!starts.has(s.start)) starts.set(s.start, []);
    starts.get(s.start).push(s);
  }
  const cuts = Float64Array.from(bounds).filter((b) => b >= 0 && b <= length).sort();
  return { starts, cuts };
}

/** The blocks of a `prepare`d plan, each yielded once complete. */
export function* blocksOf({ starts, cuts }) {

  // The root's children are not kept: each is handed out once the next one begins.
  let pending = null;
  const root = { span: null, children: { push: (child) => { pending = child; } } };
  const stack = [{ span: null, node: root }];
  let active = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const to = cuts[i + 1];
    active = active.filter((s) => s.end > from);
    const opening = starts.get(from);
    if (opening) active = active.concat(opening).sort((a, b) => a.order - b.order);
    // Line breaks between paragraphs stay bare text: inline highlights live inside paragraphs.
    const wanted = active.length && active[0].kind === 'para' ? active : [];
    // Keep the open elements that are still wanted in the same order; close the rest.
    let keep = 1;
    while (keep < stack.length && keep - 1 < wanted.length && stack[keep].span === wanted[keep - 1]) keep++;
    stack.length = keep;
    // A new top-level child is about to start: the previous one is complete.
    if (keep === 1 && pending) {
      yield pending;
      pending = null;
    }
    for (let j = keep - 1; j < wanted.length; j++) {
      const span = wanted[j];
      const node = { span, first: span.start === from, start: from, end: to, children: [] };
      stack[stack.length - 1].node.children.push(node);
      stack.push({ span, node });
    }
    for (let j = 1; j < stack.length; j++) stack[j].node.end = to;
    stack[stack.length - 1].node.children.push({ text: [from, to] });
  }
  if (pending) yield pending;
}
