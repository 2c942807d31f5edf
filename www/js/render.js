// Builds the annotated article from the nesting plan, with DOM APIs only: article text always
// goes in as text nodes, never through innerHTML.
//
// Elements:
//   <p>                                     one non-blank line of the input
//   <mark data-type="claim" data-source>    claim content, coloured by source (class c-0…c-6, c-anon, c-none)
//   <mark data-type="PERSON|ORG|…">         an entity mention, underlined, labelled on its first fragment
//   <span class="cue">, <span class="claim-src">   the reporting words and the source phrase of a claim
// Fragments of one span share data-claim / data-entity; only the first lacks data-cont.

import { collectSpans, prepare, blocksOf } from './layout.js';
import { nextTask } from './tasks.js';

function claimElement(node, view) {
  const c = view.claims[node.span.ref];
  const el = document.createElement('mark');
  el.dataset.type = 'claim';
  el.dataset.source = c.sourceName;
  el.dataset.claim = String(c.index);
  el.dataset.key = c.key;
  el.className = `claim c-${c.colour}`;
  if (c.unverified) el.classList.add('unverified');
  if (c.parent !== null) el.classList.add('nested');
  if (node.first && node.span.part === 0) {
    el.dataset.badge = c.unverified ? `${c.badge} unverified` : c.badge;
    el.classList.add('stop', 'claim-start');
  } else {
    el.dataset.cont = '1';
  }
  return el;
}

function entityElement(node, view) {
  const e = view.entities[node.span.ref];
  const el = document.createElement('mark');
  el.dataset.type = String(e.label);
  el.dataset.entity = String(node.span.ref);
  if (Number.isInteger(e.group)) el.dataset.group = String(e.group);
  el.className = 'ent';
  if (node.first) {
    el.classList.add('stop');
  } else {
    el.dataset.cont = '1';
  }
  // The label is drawn after the last fragment (CSS ::after), like displaCy's span view.
  if (node.end === node.span.end) el.dataset.label = String(e.label);
  return el;
}

function partElement(node, view, className) {
  const c = view.claims[node.span.ref];
  const el = document.createElement('span');
  el.className = `${className} c-${c.colour}`;
  el.dataset.claim = String(c.index);
  el.dataset.key = c.key;
  return el;
}

function elementFor(node, view) {
  switch (node.span.kind) {
    case 'para': return document.createElement('p');
    case 'claim': return claimElement(node, view);
    case 'entity': return entityElement(node, view);
    case 'cue': return partElement(node, view, 'cue');
    case 'source': return partElement(node, view, 'claim-src');
    default: return document.createElement('span');
  }
}

function append(parent, children, text, view) {
  for (const child of children) {
    if (child.text) {
      parent.appendChild(document.createTextNode(text.slice(child.text[0], child.text[1])));
    } else {
      const el = elementFor(child, view);
      if (child.span.kind !== 'para') {
        el.dataset.start = String(child.start);
        el.dataset.end = String(child.end);
      }
      append(el, child.children, text, view);
      parent.appendChild(el);
    }
  }
}

// Long texts are drawn a slice at a time (about one frame's worth of work each), with a yield to
// the browser between slices, so typing, scrolling and clicks are answered while a megabyte is
// drawn. Each slice goes straight into the page and replaces the old blocks that covered the same
// stretch of text, so the article keeps its length (and the reader's place) while it changes.
// A newer render cancels an older one still in progress.
const SLICE_MS = 10;
const CHUNKED_CHARS = 50_000;
const renders = new WeakMap();

const blockEnd = (node) => (node.text ? node.text[1] : node.end);

/**
 * Replaces the container's content with the annotated text. Resolves to the number of spans
 * that were unusable (outside the text), or to null when a newer render replaced this one.
 * `onProgress(fraction)` is called after each slice.
 */
export async function renderArticle(container, text, view, onProgress = () => {}) {
  const chunked = text.length > CHUNKED_CHARS;
  const token = {};
  renders.set(container, token);
  let sliceStart = performance.now();
  // Between the steps below, the browser gets a turn whenever a step took a slice's time.
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return true;
    await nextTask();
    sliceStart = performance.now();
    return renders.get(container) === token;
  };
  const { spans, dropped } = collectSpans(text, view.ann);
  if (!(await pause())) return null;
  const plan = prepare(spans, text.length);
  if (!(await pause())) return null;
  const blocks = blocksOf(plan);
  const old = [...container.childNodes];
  let oldIndex = 0;
  let oldCovered = 0; // characters of the old content already replaced
  let tabStop = false; // roving focus: the first highlight is in the tab order, arrow keys move on
  for (;;) {
    // A long text's slices each go in a <div class="chunk">: the browser skips the style and
    // layout of chunks out of view (CSS content-visibility), a few hundred boxes in all.
    const fragment = chunked ? document.createElement('div') : document.createDocumentFragment();
    if (chunked) fragment.className = 'chunk';
    let covered = 0;
    let done = false;
    do {
      const next = blocks.next();
      if (next.done) {
        done = true;
        break;
      }
      append(fragment, [next.value], text, view);
      covered = blockEnd(next.value);
    } while (performance.now() - sliceStart < SLICE_MS);
    for (const stop of fragment.querySelectorAll('.stop')) {
      stop.setAttribute('tabindex', tabStop ? '-1' : '0');
      tabStop = true;
    }
    const before = old[oldIndex];
    container.insertBefore(fragment, before && before.parentNode === container ? before : null);
    if (done) break;
    for (let length; oldIndex < old.length && oldCovered + (length = old[oldIndex].textContent.length) <= covered; oldIndex++) {
      oldCovered += length;
      old[oldIndex].remove();
    }
    onProgress(covered / text.length);
    await nextTask();
    sliceStart = performance.now();
    if (renders.get(container) !== token) return null;
  }
  for (; oldIndex < old.length; oldIndex++) old[oldIndex].remove();
  return dropped;
}

/** Plain text view while the engine is not available: the text stays readable. */
export function renderPlain(container, text) {
  renders.set(container, {});
  const fragment = document.createDocumentFragment();
  const lines = text.split(/(\r?\n)/);
  for (const piece of lines) {
    if (/^\r?\n$/.test(piece) || piece.trim() === '') {
      fragment.appendChild(document.createTextNode(piece));
    } else {
      const p = document.createElement('p');
      p.textContent = piece;
      fragment.appendChild(p);
    }
  }
  container.replaceChildren(fragment);
}
