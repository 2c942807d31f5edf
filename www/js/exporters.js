// Exports of the current text and annotations: JSON, CSV of claims, W3C Web Annotation
// JSON-LD, and a self-contained annotated HTML page (built with DOM APIs, then serialised).

import { LABEL_NAMES, summaryLine } from './model.js';

export function exportJson(text, ann) {
  return JSON.stringify({ generator: 'Sourcemark', text, annotations: ann }, null, 2);
}

// A cell starting with = + - @ is a formula to spreadsheets: prefix it so it stays text.
function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['claim', 'source', 'source_role', 'source_affiliation', 'source_as_written', 'anonymous', 'cue', 'content',
  'kind', 'stance', 'unverified', 'unverified_by', 'figures', 'start_codepoint', 'end_codepoint'];

/**
 * The claims as CSV, with content offsets in code points as the engine's `toCodePoints` gives
 * them (the one place offsets change encoding); `engine` is the loaded engine module.
 */
export function exportCsv(text, view, engine) {
  const inCodePoints = engine.toCodePoints(view.ann, text).claims;
  const rows = [CSV_COLUMNS];
  for (const c of view.claims) {
    const content = inCodePoints[c.index]?.content ?? [];
    rows.push([
      c.index + 1,
      c.sourceName,
      c.source ? c.source.role : '',
      c.source ? c.source.affiliation : '',
      c.sourcePhrase,
      c.anonymous || !c.source || c.source.anonymous ? 'yes' : 'no',
      c.cue,
      c.content,
      c.kind,
      c.stance,
      c.unverified ? 'yes' : 'no',
      c.unverifiedBy,
      c.figures.join('; '),
      content.length ? content[0].start : '',
      content.length ? content[content.length - 1].end : '',
    ]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** An IRI for the text itself: its SHA-256 where the browser allows, else a random one. */
export async function documentIri(text) {
  if (globalThis.crypto && crypto.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return `urn:sha256:${[...digest].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  }
  const random = crypto.getRandomValues(new Uint8Array(16));
  return `urn:sourcemark:${[...random].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * W3C Web Annotations (JSON-LD) made by the engine's own `toWebAnnotations`, the one
 * implementation the npm package exports too; `engine` is the loaded engine module.
 */
export async function exportJsonLd(text, ann, engine) {
  const source = await documentIri(text);
  return JSON.stringify(engine.toWebAnnotations(ann, { text, source }), null, 2);
}

export function titleOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) || 'Annotated article';
  return line.length > 90 ? `${line.slice(0, 87)}…` : line;
}

/**
 * A standalone page: the rendered article (cloned), the summary and who said what, with the
 * page's stylesheet inlined. No scripts; its own CSP forbids loading anything.
 */
export function exportHtml(text, view, articleEl, css) {
  const doc = document.implementation.createHTMLDocument(titleOf(text));
  const meta = (attrs) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    doc.head.prepend(m);
  };
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  meta({ charset: 'utf-8' });
  doc.body.className = 'export';

  const h1 = doc.createElement('h1');
  h1.textContent = titleOf(text);
  const summary = doc.createElement('p');
  summary.className = 'summary';
  summary.textContent = summaryLine(view);
  const article = doc.importNode(articleEl, true);
  article.removeAttribute('tabindex');
  article.removeAttribute('aria-describedby');
  for (const el of article.querySelectorAll('[tabindex], [aria-describedby], .dim, .match, .current')) {
    el.removeAttribute('tabindex');
    el.removeAttribute('aria-describedby');
    el.classList.remove('dim', 'match', 'current');
  }
  article.classList.remove('filtering');

  const who = doc.createElement('section');
  const h2 = doc.createElement('h2');
  h2.textContent = 'Who said what';
  who.append(h2);
  for (const s of view.named.concat(view.anonymous, view.unknown.claims.length ? [view.unknown] : [])) {
    const h3 = doc.createElement('h3');
    h3.textContent = `${s.unknown ? '?' : `S${s.number}`} ${s.name}${s.role || s.affiliation ? ` (${[s.role, s.affiliation].filter(Boolean).join(', ')})` : ''}`;
    const ol = doc.createElement('ol');
    for (const i of s.claims) {
      const c = view.claims[i];
      const li = doc.createElement('li');
      li.textContent = `${c.cue ? `${c.cue}: ` : ''}${c.content}${c.unverified ? ' [unverified]' : ''}`;
      ol.append(li);
    }
    who.append(h3, ol);
  }
  const legend = doc.createElement('p');
  legend.className = 'legend-note';
  legend.textContent = `Claims: coloured band, badge = source. Entities: underlined, labelled ${Object.keys(LABEL_NAMES).join(', ')}.`;
  doc.body.append(h1, summary, legend, article, who);
  // The stylesheet goes in after serialising: a <style> element built inside this page would be
  // refused by the page's own CSP. It is our static CSS, never article text; "</" is escaped so
  // it cannot close the element.
  const page = doc.documentElement.outerHTML;
  const at = page.indexOf('</head>');
  const style = `<style>\n${css.replace(/<\//g, '<\\/')}\n</style>`;
  return `<!DOCTYPE html>\n${page.slice(0, at)}${style}${page.slice(at)}\n`;
}
