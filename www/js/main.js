// Wires the page together: editor → engine (worker) → article, panels, tooltips, exports.

import { Engine } from './engine.js';
import { buildView, summaryLine, plural } from './model.js';
import { renderArticle, renderPlain } from './render.js';
import { Tooltip, claimSourceLine } from './tooltip.js';
import { renderLegend, renderSources, renderEntities } from './panels.js';
import { MAX_CHARS, tooLongMessage, htmlToText, readTextFile } from './textinput.js';
import { loadText, saveText, rememberEnabled, setRemember } from './storage.js';
import { shareLink, textFromFragment } from './share.js';
import { exportJson, exportCsv, exportJsonLd, exportHtml } from './exporters.js';

const DEBOUNCE_MS = 300;
const UNDOABLE_PASTE_CHARS = 50_000;
const LONG_TEXT_CHARS = 50_000;
const $ = (id) => document.getElementById(id);

const ui = {
  editor: $('editor'),
  article: $('article'),
  summary: $('summary'),
  legend: $('legend'),
  sources: $('sources'),
  entities: $('entities'),
  error: $('error'),
  status: $('status'),
  sample: $('sample'),
  file: $('file'),
  remember: $('remember'),
  shareOut: $('share-link'),
  shareMessage: $('share-message'),
};

const state = { text: '', view: null, filter: null, hidden: new Set(), timer: 0, current: null, announced: '' };

// ---------- messages ----------

function announce(message) {
  ui.status.textContent = '';
  // A fresh text node after a tick makes screen readers speak repeated messages too.
  requestAnimationFrame(() => { ui.status.textContent = message; });
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
}

// ---------- annotation ----------

const engine = new Engine({
  onBusy: (busy) => {
    if (!busy) return;
    ui.article.setAttribute('aria-busy', 'true');
    if (ui.editor.value.length > LONG_TEXT_CHARS) ui.summary.textContent = 'Annotating…';
  },
  onResult: (text, annotations) => {
    if (text !== ui.editor.value) return;
    showError('');
    show(text, annotations);
  },
  onError: (text, message) => {
    if (text !== ui.editor.value) return;
    state.view = null;
    renderPlain(ui.article, text);
    ui.article.setAttribute('aria-busy', 'false');
    ui.summary.textContent = 'No annotations: the engine is not working right now.';
    showError(`The annotation engine failed: ${message} Your text is kept; Sourcemark will try again when you edit it.`);
    announce('Annotation failed. Your text is kept.');
  },
});

function annotateNow() {
  clearTimeout(state.timer);
  remember();
  const text = ui.editor.value;
  if (text.length > MAX_CHARS) {
    showError(tooLongMessage(text.length));
    return;
  }
  if (!text.trim()) {
    show(text, { claims: [], entities: [], entityGroups: [], sources: [] });
    return;
  }
  engine.request(text);
}

function scheduleAnnotate() {
  clearTimeout(state.timer);
  state.timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

async function show(text, annotations) {
  const view = buildView(text, annotations);
  state.text = text;
  state.view = view;
  ui.summary.textContent = summaryLine(view);
  ui.article.setAttribute('aria-busy', 'true');
  ui.article.classList.toggle('long', text.length > LONG_TEXT_CHARS);
  const dropped = await renderArticle(ui.article, text, view);
  if (dropped === null) return; // a newer text is being drawn
  ui.article.setAttribute('aria-busy', String(engine.busy));
  for (const layer of state.hidden) ui.article.classList.add(`hide-${layer}`);
  renderLegend(ui.legend, view, ui.article, state.hidden);
  renderEntities(ui.entities, view, pickEntity);
  const keep = state.filter && (state.filter === 'unknown' ? view.unknown.claims.length : view.named.concat(view.anonymous).some((s) => s.key === state.filter));
  applyFilter(keep ? state.filter : null, false);
  if (dropped) showError(`${plural(dropped, 'annotation')} pointed outside the text and ${dropped === 1 ? 'was' : 'were'} left out.`);
  // Said once per change of the figures, not after every pause in typing.
  const line = summaryLine(view);
  if (line !== state.announced) announce(`Annotated: ${line}.`);
  state.announced = line;
}

// ---------- sources filter ----------

function applyFilter(key, move) {
  state.filter = key;
  const view = state.view;
  if (!view) return;
  ui.article.classList.toggle('filtering', Boolean(key));
  for (const el of ui.article.querySelectorAll('[data-key]')) el.classList.toggle('match', key !== null && el.dataset.key === key);
  renderSources(ui.sources, view, key, (k) => applyFilter(k, true));
  $('clear-filter').hidden = !key;
  if (!move) return;
  if (!key) {
    announce('Showing claims of all sources.');
    return;
  }
  const source = view.named.concat(view.anonymous, [view.unknown]).find((s) => s.key === key);
  const first = ui.article.querySelector('mark.claim-start.match');
  announce(`Showing ${plural(source ? source.claims.length : 0, 'claim')} by ${source ? source.name : 'this source'}.`);
  if (first) focusStop(first, false);
}

// ---------- keyboard and navigation ----------

function stops() {
  return [...ui.article.querySelectorAll('.stop')];
}

function focusStop(el, speak = true) {
  state.current = el;
  for (const s of ui.article.querySelectorAll('.stop[tabindex="0"]')) s.setAttribute('tabindex', '-1');
  el.setAttribute('tabindex', '0');
  for (const s of ui.article.querySelectorAll('.current')) s.classList.remove('current');
  el.classList.add('current');
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  if (speak && el.dataset.type === 'claim') announceClaim(el);
}

function claimStops() {
  const all = [...ui.article.querySelectorAll('mark.claim-start')];
  return state.filter ? all.filter((el) => el.classList.contains('match')) : all;
}

function announceClaim(el) {
  const c = state.view && state.view.claims[Number(el.dataset.claim)];
  if (!c) return;
  const list = claimStops();
  const n = list.indexOf(el) + 1;
  announce(`Claim ${n} of ${list.length}, ${claimSourceLine(c)}${c.cue ? `, ${c.cue}` : ''}${c.unverified ? ', unverified' : ''}.`);
}

function moveClaim(step) {
  const list = claimStops();
  if (!list.length) {
    announce('No claims to go to.');
    return;
  }
  // The reading position: the focused highlight, else the last one visited (buttons take focus).
  const active = ui.article.contains(document.activeElement) ? document.activeElement
    : state.current && ui.article.contains(state.current) ? state.current : null;
  let i = list.indexOf(active);
  if (i < 0) {
    // Start from the first claim after (or before) that highlight.
    const here = active ? Number(active.dataset.start || 0) : -1;
    i = step > 0 ? list.findIndex((el) => Number(el.dataset.start) > here) - 1 : list.findIndex((el) => Number(el.dataset.start) >= here);
    if (i < -1) i = list.length - 1;
    if (step < 0 && i < 0) i = list.length;
  }
  const next = Math.min(list.length - 1, Math.max(0, i + step));
  focusStop(list[next]);
}

function moveStop(step) {
  const list = stops();
  if (!list.length) return;
  const i = list.indexOf(document.activeElement);
  focusStop(list[i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + step))]);
}

function isTyping(target) {
  return target instanceof Element && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Escape' && state.filter && !isTyping(e.target)) {
    applyFilter(null, true);
    return;
  }
  if (isTyping(e.target)) return;
  const key = e.key.toLowerCase();
  if (key === 'j' || key === 'n') {
    e.preventDefault();
    moveClaim(1);
  } else if (key === 'k' || key === 'p') {
    e.preventDefault();
    moveClaim(-1);
  }
});

ui.article.addEventListener('focusin', (e) => {
  if (e.target instanceof Element && e.target.classList.contains('stop')) state.current = e.target;
});

ui.article.addEventListener('keydown', (e) => {
  if (!(e.target instanceof Element) || !e.target.classList.contains('stop')) return;
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (e.key in moves) {
    e.preventDefault();
    moveStop(moves[e.key]);
  } else if (e.key === 'Home' || e.key === 'End') {
    e.preventDefault();
    const list = stops();
    if (list.length) focusStop(e.key === 'Home' ? list[0] : list[list.length - 1]);
  }
});

$('next-claim').addEventListener('click', () => moveClaim(1));
$('prev-claim').addEventListener('click', () => moveClaim(-1));
$('clear-filter').addEventListener('click', () => applyFilter(null, true));

function pickEntity(group) {
  const first = [...ui.article.querySelectorAll('mark[data-group]:not([data-cont])')].find((el) => el.dataset.group === String(group.id));
  if (first) {
    focusStop(first, false);
    announce(`${group.canonical}: ${plural(group.mentions.length, 'mention')}.`);
  }
}

// ---------- getting text in ----------

function setText(text, origin) {
  if (text.length > MAX_CHARS) {
    showError(tooLongMessage(text.length));
    return false;
  }
  ui.editor.value = text;
  annotateNow();
  if (origin) announce(`Loaded ${origin}.`);
  return true;
}

function remember() {
  if (!saveText(ui.editor.value)) {
    announce('The text is too large to remember on this device; it is still here until you leave.');
  }
}

ui.editor.addEventListener('input', () => {
  ui.sample.value = ''; // the text is no longer the sample as shipped
  if (ui.editor.value.length > MAX_CHARS) {
    showError(tooLongMessage(ui.editor.value.length));
    return;
  }
  // Saving waits for the same pause as annotating: a long text is not stored on every key.
  scheduleAnnotate();
});
window.addEventListener('pagehide', () => remember());

// Paste keeps plain text only (HTML is parsed, never inserted), and refuses oversized text.
ui.editor.addEventListener('paste', (e) => {
  const data = e.clipboardData;
  if (!data) return;
  e.preventDefault();
  let text = data.getData('text/plain');
  if (!text && data.types.includes('text/html')) text = htmlToText(data.getData('text/html'));
  const { selectionStart: from, selectionEnd: to, value } = ui.editor;
  const length = value.length - (to - from) + text.length;
  if (length > MAX_CHARS) {
    showError(tooLongMessage(length));
    announce('Paste refused: the text is too long.');
    return;
  }
  showError('');
  // execCommand keeps the editor's undo history but is very slow on long text; setRangeText
  // is fast and the fallback.
  ui.editor.focus();
  if (text.length > UNDOABLE_PASTE_CHARS || !document.execCommand('insertText', false, text)) {
    ui.editor.setRangeText(text, from, to, 'end');
    ui.editor.dispatchEvent(new Event('input'));
  }
});

async function openFile(file) {
  try {
    const text = await readTextFile(file);
    if (setText(text, `“${file.name}”`)) showError('');
  } catch (err) {
    showError(err.message);
    announce(err.message);
  }
}

document.addEventListener('dragover', (e) => {
  if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  openFile(file);
});
$('open-file').addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  if (ui.file.files[0]) openFile(ui.file.files[0]);
  ui.file.value = '';
});
$('clear-text').addEventListener('click', () => {
  setText('', null);
  ui.editor.focus();
  announce('Text cleared.');
});

async function loadSample(file) {
  try {
    const response = await fetch(new URL(`../samples/${file}`, import.meta.url));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    setText(await response.text(), 'the sample article');
  } catch (err) {
    showError(`The sample article could not be loaded (${err.message}).`);
  }
}

ui.sample.addEventListener('change', () => {
  if (ui.sample.value) loadSample(ui.sample.value);
});

ui.remember.checked = rememberEnabled();
ui.remember.addEventListener('change', () => {
  setRemember(ui.remember.checked);
  if (ui.remember.checked) remember();
  announce(ui.remember.checked ? 'The text will be remembered on this device.' : 'The text will not be remembered; the saved copy was deleted.');
});

// ---------- export and share ----------

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce(`Saved ${name}.`);
}

function requireView() {
  if (state.view && state.text === ui.editor.value) return true;
  announce('Nothing to export yet: the annotations are not ready.');
  showError('Nothing to export yet: wait for the annotations to appear.');
  return false;
}

$('export-json').addEventListener('click', () => {
  if (requireView()) download('sourcemark.json', 'application/json', exportJson(state.text, state.view.ann));
});
$('export-csv').addEventListener('click', () => {
  if (requireView()) download('sourcemark-claims.csv', 'text/csv;charset=utf-8', exportCsv(state.text, state.view));
});
$('export-jsonld').addEventListener('click', async () => {
  if (requireView()) download('sourcemark.jsonld', 'application/ld+json', await exportJsonLd(state.text, state.view));
});
$('export-html').addEventListener('click', async () => {
  if (!requireView()) return;
  let css = '';
  try {
    css = await (await fetch(new URL('../css/app.css', import.meta.url))).text();
  } catch { /* the page still reads without its stylesheet */ }
  download('sourcemark.html', 'text/html;charset=utf-8', exportHtml(state.text, state.view, ui.article, css));
});
$('share').addEventListener('click', async () => {
  const result = await shareLink(ui.editor.value, location.href);
  if (result.error) {
    ui.shareOut.hidden = true;
    ui.shareMessage.textContent = result.error;
    announce(result.error);
    return;
  }
  ui.shareOut.hidden = false;
  ui.shareOut.value = result.url;
  ui.shareOut.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(result.url);
    copied = true;
  } catch { /* clipboard not allowed: the link is selected in the field */ }
  ui.shareMessage.textContent = copied ? 'Link copied. The text travels inside the link, after the #.' : 'Copy the link from the field. The text travels inside the link, after the #.';
  announce(ui.shareMessage.textContent);
});

// ---------- start ----------

new Tooltip($('tip'), ui.article, () => state.view);

async function start() {
  let text = null;
  try {
    text = await textFromFragment(location.hash, 4 * MAX_CHARS);
    if (text !== null) history.replaceState(null, '', location.pathname + location.search);
  } catch (err) {
    showError(`The shared link is damaged and could not be read (${err.message}).`);
  }
  if (text === null) text = loadText();
  if (text === null || !text.trim()) {
    ui.sample.value = ui.sample.options[1] ? ui.sample.options[1].value : '';
    await loadSample(ui.sample.value);
    return;
  }
  setText(text, null);
}

start();
