// One shared tooltip for highlights, shown on hover and on keyboard focus, hidden on Escape.
// Built with textContent only. The focused highlight points at it with aria-describedby.

import { LABEL_NAMES } from './model.js';

function row(parent, name, value) {
  if (!value) return;
  const dt = document.createElement('dt');
  dt.textContent = name;
  const dd = document.createElement('dd');
  dd.textContent = value;
  parent.append(dt, dd);
}

function section(title) {
  const wrap = document.createElement('div');
  const h = document.createElement('p');
  h.className = 'tip-title';
  h.textContent = title;
  const dl = document.createElement('dl');
  wrap.append(h, dl);
  return { wrap, dl };
}

export function describeEntity(view, index) {
  const e = view.entities[index];
  if (!e) return null;
  const group = view.entityGroups[e.group];
  const { wrap, dl } = section(`${LABEL_NAMES[e.label] || e.label} (${e.label})`);
  row(dl, 'Text', e.text);
  if (group && group.canonical && group.canonical !== e.text) row(dl, 'Refers to', group.canonical);
  if (group && group.mentions.length > 1) row(dl, 'Mentions', String(group.mentions.length));
  return wrap;
}

export function claimSourceLine(c) {
  if (!c.source) return c.sourcePhrase ? `${c.sourcePhrase} (not identified)` : 'No source given';
  return [c.source.name, c.source.role, c.source.affiliation].filter(Boolean).join(', ');
}

export function describeClaim(view, index) {
  const c = view.claims[index];
  if (!c) return null;
  const { wrap, dl } = section(`Claim ${c.badge}${c.unverified ? ' · unverified' : ''}`);
  row(dl, 'Source', claimSourceLine(c));
  if (c.sourcePhrase && c.source && c.sourcePhrase !== c.source.name) row(dl, 'Written as', c.sourcePhrase);
  if (c.anonymous || (c.source && c.source.anonymous)) row(dl, 'Anonymous', 'yes: the source is not named');
  row(dl, 'Cue', c.cue || '(none: free-standing quote)');
  row(dl, 'Kind', c.kind);
  row(dl, 'Stance', c.stance);
  if (c.unverified) row(dl, 'Unverified', c.unverifiedBy ? `yes, the text says “${c.unverifiedBy}”` : 'yes');
  if (c.figures.length) row(dl, 'Figures', c.figures.join(', '));
  if (c.parent !== null) row(dl, 'Inside', `claim ${view.claims[c.parent] ? view.claims[c.parent].badge : ''} (nested attribution)`);
  return wrap;
}

export class Tooltip {
  constructor(tip, article, getView) {
    this.tip = tip;
    this.article = article;
    this.getView = getView;
    this.target = null;
    article.addEventListener('mouseover', (e) => this.show(this.highlightAt(e.target)));
    article.addEventListener('mouseleave', () => { if (!article.contains(document.activeElement)) this.hide(); });
    article.addEventListener('focusin', (e) => this.show(this.highlightAt(e.target)));
    article.addEventListener('focusout', (e) => { if (!article.contains(e.relatedTarget)) this.hide(); });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.hide(); });
    window.addEventListener('scroll', () => this.place(), { passive: true });
  }

  highlightAt(node) {
    return node instanceof Element ? node.closest('[data-entity], [data-claim]') : null;
  }

  show(el) {
    if (!el || !this.article.contains(el)) return;
    const view = this.getView();
    if (!view) return;
    const parts = [];
    if (el.dataset.entity !== undefined) parts.push(describeEntity(view, Number(el.dataset.entity)));
    const claimEl = el.closest('[data-claim]');
    if (claimEl) parts.push(describeClaim(view, Number(claimEl.dataset.claim)));
    const content = parts.filter(Boolean);
    if (!content.length) return;
    if (this.target && this.target !== el) this.target.removeAttribute('aria-describedby');
    this.target = el;
    el.setAttribute('aria-describedby', this.tip.id);
    this.tip.replaceChildren(...content);
    this.tip.hidden = false;
    this.place();
  }

  place() {
    if (!this.target || this.tip.hidden) return;
    const r = this.target.getBoundingClientRect();
    const t = this.tip.getBoundingClientRect();
    const margin = 8;
    let top = r.bottom + margin;
    if (top + t.height > window.innerHeight && r.top - t.height - margin > 0) top = r.top - t.height - margin;
    const left = Math.max(margin, Math.min(r.left, window.innerWidth - t.width - margin));
    // CSSOM property writes are allowed under a style-src policy without 'unsafe-inline'.
    this.tip.style.top = `${Math.round(top)}px`;
    this.tip.style.left = `${Math.round(left)}px`;
  }

  hide() {
    if (this.target) this.target.removeAttribute('aria-describedby');
    this.target = null;
    this.tip.hidden = true;
  }
}
