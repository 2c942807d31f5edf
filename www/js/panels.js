// Side panels: the legend (with per-layer toggles), the sources roll-up (who said what, with a
// filter per source) and entities by label. DOM APIs only.

import { LABELS, LABEL_NAMES, plural } from './model.js';

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Legend with a checkbox per layer. Unchecking adds `hide-<layer>` to the article, which the
 * stylesheet uses to drop that layer's styling (the text itself stays).
 */
export function renderLegend(container, view, article, hidden) {
  const counts = Object.fromEntries(view.byLabel.map((b) => [b.label, b.mentions]));
  const layers = [
    { id: 'claim', name: 'Claims', swatch: 'sw-claim', count: view.summary.claims, note: 'band coloured by source, badge S1, S2 …' },
    { id: 'cue', name: 'Cues', swatch: 'sw-cue', note: 'reporting words: said, according to …' },
    ...LABELS.map((l) => ({ id: l, name: LABEL_NAMES[l], swatch: `sw-ent sw-${l}`, count: counts[l] || 0, note: l })),
    { id: 'labels', name: 'Entity labels', swatch: 'sw-labels', note: 'small tag after each name' },
  ];
  const list = el('ul', 'legend-list');
  for (const layer of layers) {
    const li = el('li');
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(layer.id);
    box.dataset.layer = layer.id;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(layer.id);
      else hidden.add(layer.id);
      article.classList.toggle(`hide-${layer.id}`, !box.checked);
    });
    const swatch = el('span', `swatch ${layer.swatch}`);
    swatch.setAttribute('aria-hidden', 'true');
    label.append(box, swatch, el('span', 'legend-name', layer.name));
    if (layer.count !== undefined) label.append(el('span', 'count', ` ${layer.count}`));
    label.append(el('span', 'legend-note', layer.note));
    li.append(label);
    list.append(li);
  }
  // The key to the claim colours: which badge and band belong to which source.
  const sources = view.named.concat(view.anonymous, view.unknown.claims.length ? [view.unknown] : []);
  if (!sources.length) {
    container.replaceChildren(list);
    return;
  }
  const key = el('ul', 'legend-sources');
  key.setAttribute('aria-label', 'Claim colours by source');
  for (const s of sources) {
    const li = el('li', `c-${s.colour}`);
    li.append(el('span', 'badge', s.unknown ? '?' : `S${s.number}`), el('span', '', ` ${s.name}`));
    key.append(li);
  }
  container.replaceChildren(list, key);
}

// A long article can give one source hundreds of claims; the panel lists the first few.
const SAID_SHOWN = 12;

function sourceButton(source, view, onSelect, selectedKey) {
  const li = el('li');
  const button = el('button', `source c-${source.colour}`);
  button.type = 'button';
  button.dataset.key = source.key;
  button.setAttribute('aria-pressed', String(source.key === selectedKey));
  const badge = el('span', 'badge', source.unknown ? '?' : `S${source.number}`);
  const name = el('span', 'source-name', source.name);
  const meta = [source.role, source.affiliation].filter(Boolean).join(', ');
  button.append(badge, name);
  if (meta) button.append(el('span', 'source-meta', meta));
  button.append(el('span', 'count', plural(source.claims.length, 'claim')));
  button.addEventListener('click', () => onSelect(source.key === selectedKey ? null : source.key));
  li.append(button);
  // Who said what: the claims of this source, in text order.
  const said = el('ol', 'said');
  const ordered = source.claims.slice().sort((a, b) => view.claims[a].start - view.claims[b].start);
  for (const i of ordered.slice(0, SAID_SHOWN)) {
    const c = view.claims[i];
    const item = el('li', c.unverified ? 'unverified' : '');
    // A punctuation cue (the colon of "Zelensky: ...", a dash) reads as noise before a colon of our own.
    if (/[\p{L}\p{N}]/u.test(c.cue ?? '')) item.append(el('span', 'said-cue', `${c.cue}: `));
    item.append(el('span', 'said-content', shorten(c.content, 160)));
    if (c.unverified) item.append(el('span', 'flag', ' unverified'));
    said.append(item);
  }
  li.append(said);
  if (ordered.length > SAID_SHOWN) {
    li.append(el('p', 'help', `… and ${plural(ordered.length - SAID_SHOWN, 'more claim')}: select the source and use Next claim to read them all.`));
  }
  return li;
}

/** At most `max` UTF-16 units, ending in an ellipsis when cut, never splitting a surrogate pair. */
export function shorten(text, max) {
  if (text.length <= max) return text;
  let end = max - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export function renderSources(container, view, selectedKey, onSelect) {
  const parts = [];
  if (!view.claims.length) {
    parts.push(el('p', 'empty', 'No attributed claims found.'));
  }
  if (view.named.length) {
    parts.push(el('h3', '', `Named sources (${view.named.length})`));
    const ul = el('ul', 'sources');
    for (const s of view.named) ul.append(sourceButton(s, view, onSelect, selectedKey));
    parts.push(ul);
  }
  const unnamed = view.anonymous.slice();
  if (view.unknown.claims.length) unnamed.push(view.unknown);
  if (unnamed.length) {
    parts.push(el('h3', '', 'Unnamed or unknown sources'));
    const ul = el('ul', 'sources');
    for (const s of unnamed) ul.append(sourceButton(s, view, onSelect, selectedKey));
    parts.push(ul);
  }
  container.replaceChildren(...parts);
}

export function renderEntities(container, view, onPick) {
  const parts = [];
  for (const group of view.byLabel) {
    if (!group.groups.length) continue;
    const details = el('details');
    details.open = group.groups.length <= 8;
    const summary = el('summary');
    const swatch = el('span', `swatch sw-ent sw-${group.label}`);
    swatch.setAttribute('aria-hidden', 'true');
    summary.append(swatch, el('span', '', `${group.name} (${group.label})`), el('span', 'count', ` ${group.mentions}`));
    const ul = el('ul', 'entity-list');
    for (const g of group.groups) {
      const li = el('li');
      const b = el('button', 'entity', g.canonical);
      b.type = 'button';
      b.dataset.group = String(g.id);
      b.setAttribute('aria-label', `${g.canonical}, ${plural(g.mentions.length, 'mention')}: go to the next one`);
      b.addEventListener('click', () => onPick(g));
      li.append(b, el('span', 'count', ` ×${g.mentions.length}`));
      ul.append(li);
    }
    details.append(summary, ul);
    parts.push(details);
  }
  if (!parts.length) parts.push(el('p', 'empty', 'No named entities found.'));
  container.replaceChildren(...parts);
}
