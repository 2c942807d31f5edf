// Builds the annotated article from the nesting plan, with DOM APIs only: article text always
// goes in as text nodes, never through innerHTML.
//
// Elements:
//   <p>                                     one non-blank line of the input
//   <mark data-type="claim" data-source>    claim content, coloured by source (class c-0…c-6, c-anon, c-none)
//   <mark data-type="PERSON|ORG|…">         an entity mention, underlined, labelled on its first fragment
//   <span class="cue">, <span class="claim-src">   the reporting words and the source phrase of a claim
// Fragments of one span share data-claim / data-entity; only the first lacks data-cont.

import { collectSpans, nest } from './layout.js';

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

// Long texts are built in slices between tasks, so the page keeps answering input, into a
// detached fragment, so the browser lays the article out once rather than after every slice.
// A newer render cancels an older one still in progress.
const SLICE_NODES = 200;
const renders = new WeakMap();

/**
 * Replaces the container's content with the annotated text. Resolves to the number of spans
 * that were unusable (outside the text), or to null when a newer render replaced this one.
 */
export async function renderArticle(container, text, view) {
  const token = {};
  renders.set(container, token);
  const { spans, dropped } = collectSpans(text, view.ann);
  const nodes = nest(spans, text.length).children;
  const fragment = document.createDocumentFragment();
  for (let at = 0; at < nodes.length; at += SLICE_NODES) {
    if (at > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (renders.get(container) !== token) return null;
    }
    append(fragment, nodes.slice(at, at + SLICE_NODES), text, view);
  }
  // Roving focus: one highlight is in the tab order, arrow keys move between them.
  fragment.querySelectorAll('.stop').forEach((el, i) => el.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  container.replaceChildren(fragment);
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
