// Wires the page together: editor → engine (worker) → article, panels, tooltips, exports.

import { Engine } from './engine.js';
import { buildView, summaryLine, plural } from './model.js';
import { renderArticle, renderPlain } from './render.js';
import { nextTask } from './tasks.js';
import { Tooltip, claimSourceLine } from './tooltip.js';
import { Navigator, isTyping } from './navigate.js';
import { renderLegend, renderSources, renderEntities } from './panels.js';
import { MAX_CHARS, tooLongMessage, htmlToText, readTextFile, formatSize } from './textinput.js';
import { loadText, saveText, rememberEnabled, setRemember } from './storage.js';
import { textFromFragment } from './share.js';
import { bindExports } from './exportpanel.js';

const DEBOUNCE_MS = 300;
const UNDOABLE_PASTE_CHARS = 50_000;
const LONG_TEXT_CHARS = 50_000;
// Above this a text is kept out of the text box: Chromium takes about half a second per
// megabyte to put a text into a textarea, and as long again for every key typed into it.
const FOLD_CHARS = 150_000;
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
  progress: $('progress'),
  progressBar: $('progress-bar'),
  progressLabel: $('progress-label'),
  folded: $('folded'),
  foldedInfo: $('folded-info'),
};

// `folded` holds a long text that is not in the text box (see FOLD_CHARS), else null.
const state = { text: '', view: null, filter: null, hidden: new Set(), timer: 0, announced: '', folded: null };

/** The text being annotated: the text box's, or the long text folded away from it. */
const currentText = () => (state.folded !== null ? state.folded : ui.editor.value);

// ---------- messages ----------

function announce(message) {
  ui.status.textContent = '';
  // A fresh text node after a tick makes screen readers speak repeated messages too.
  requestAnimationFrame(() => { ui.status.textContent = message; });
}

// Progress of a long text: annotating (the engine is one call: the bar is indeterminate and the
// seconds count up) then drawing (the share of the text drawn so far).
const progress = { timer: 0, started: 0, label: '' };

function showProgress(label, fraction) {
  ui.progress.hidden = false;
  progress.label = label;
  if (fraction === null) ui.progressBar.removeAttribute('value');
  else ui.progressBar.value = fraction;
  const seconds = Math.floor((performance.now() - progress.started) / 1000);
  ui.progressLabel.textContent = fraction === null && seconds >= 1 ? `${label} (${seconds} s)` : label;
}

function startProgress(label) {
  clearInterval(progress.timer);
  progress.started = performance.now();
  showProgress(label, null);
  progress.timer = setInterval(() => {
    if (ui.progressBar.hasAttribute('value')) return;
    showProgress(progress.label, null);
  }, 1000);
}

function hideProgress() {
  clearInterval(progress.timer);
  ui.progress.hidden = true;
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
    const length = currentText().length;
    if (length > LONG_TEXT_CHARS) {
      ui.summary.textContent = 'Annotating…';
      startProgress(`Annotating ${formatSize(length)}…`);
      // Said for loaded or pasted long texts, not at every pause in typing.
      if (state.folded !== null) announce(`Annotating ${formatSize(length)}; this takes a few seconds.`);
    }
  },
  onStage: (text) => {
    if (text.length > LONG_TEXT_CHARS) showProgress(`Annotating ${formatSize(text.length)}…`, null);
  },
  onResult: (text, annotations) => {
    if (text !== currentText()) return;
    showError('');
    show(text, annotations);
  },
  onError: (text, message) => {
    if (text !== currentText()) return;
    state.view = null;
    hideProgress();
    renderPlain(ui.article, text);
    ui.article.setAttribute('aria-busy', 'false');
    ui.summary.textContent = 'No annotations: the engine is not working right now.';
    // Panels of an earlier text would now describe the wrong text.
    for (const panel of [ui.legend, ui.sources, ui.entities]) panel.replaceChildren();
    const reason = String(message).trim().replace(/([^.!?])$/, '$1.');
    showError(`The annotation engine failed: ${reason} Your text is kept; Sourcemark will try again when you edit it.`);
    announce('Annotation failed. Your text is kept.');
  },
});

function annotateNow() {
  clearTimeout(state.timer);
  const text = currentText();
  // Storing a long text takes a while: in a task of its own, not in the paste's.
  if (text.length > LONG_TEXT_CHARS) setTimeout(remember, 0);
  else remember();
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
  const long = text.length > LONG_TEXT_CHARS;
  if (long) {
    await nextTask(); // the result was just parsed: that was this task's share
    if (text !== currentText()) return;
  }
  const view = buildView(text, annotations);
  state.text = text;
  state.view = view;
  // A long text's steps each get a task of their own, so the page answers in between.
  const stale = async () => {
    if (long) await nextTask();
    return state.view !== view;
  };
  ui.summary.textContent = summaryLine(view);
  ui.article.setAttribute('aria-busy', 'true');
  ui.article.classList.toggle('long', long);
  if (long) showProgress('Drawing the highlights… 0%', 0);
  const dropped = await renderArticle(ui.article, text, view, (done) => {
    if (long) showProgress(`Drawing the highlights… ${Math.floor(done * 100)}%`, done);
  });
  if (dropped === null) return; // a newer text is being drawn
  for (const layer of state.hidden) ui.article.classList.add(`hide-${layer}`);
  renderLegend(ui.legend, view, ui.article, state.hidden);
  if (await stale()) return;
  renderEntities(ui.entities, view, pickEntity);
  if (await stale()) return;
  const keep = state.filter && (state.filter === 'unknown' ? view.unknown.claims.length : view.named.concat(view.anonymous).some((s) => s.key === state.filter));
  applyFilter(keep ? state.filter : null, false);
  hideProgress();
  ui.article.setAttribute('aria-busy', String(engine.busy));
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
  // Only the highlights that change are touched: a long article has tens of thousands.
  for (const el of ui.article.querySelectorAll('.match')) el.classList.remove('match');
  if (key !== null) for (const el of ui.article.querySelectorAll(`[data-key="${CSS.escape(key)}"]`)) el.classList.add('match');
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
  if (first) nav.focus(first, false);
}

// ---------- keyboard and navigation ----------

const nav = new Navigator(ui.article, {
  announce,
  filtered: () => Boolean(state.filter),
  describeClaim: (el) => {
    const c = state.view && state.view.claims[Number(el.dataset.claim)];
    return c && `${claimSourceLine(c)}${c.cue ? `, ${c.cue}` : ''}${c.unverified ? ', unverified' : ''}`;
  },
});

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
    nav.moveClaim(1);
  } else if (key === 'k' || key === 'p') {
    e.preventDefault();
    nav.moveClaim(-1);
  }
});

$('next-claim').addEventListener('click', () => nav.moveClaim(1));
$('prev-claim').addEventListener('click', () => nav.moveClaim(-1));
$('clear-filter').addEventListener('click', () => applyFilter(null, true));

// Each press on an entity in the panel goes to its next mention, wrapping round.
function pickEntity(group) {
  const mentions = [...ui.article.querySelectorAll('mark[data-group]:not([data-cont])')].filter((el) => el.dataset.group === String(group.id));
  if (!mentions.length) return;
  const at = mentions.indexOf(nav.current);
  const next = at < 0 ? 0 : (at + 1) % mentions.length;
  nav.focus(mentions[next], false);
  announce(`${group.canonical}: mention ${next + 1} of ${mentions.length}.`);
}

// ---------- getting text in ----------

function setText(text, origin) {
  if (text.length > MAX_CHARS) {
    showError(tooLongMessage(text.length));
    return false;
  }
  if (text.length > FOLD_CHARS) {
    fold(text);
  } else {
    unfold();
    ui.editor.value = text;
  }
  annotateNow();
  if (origin) announce(`Loaded ${origin}.`);
  return true;
}

/** Keeps a long text out of the text box; the article shows it in full. */
function fold(text) {
  const hadFocus = document.activeElement === ui.editor;
  state.folded = text;
  ui.editor.value = '';
  ui.editor.hidden = true;
  ui.foldedInfo.textContent = `This text is long (${formatSize(text.length)}), so it is kept out of the text box to keep the page quick; the annotated article shows all of it. Clear it, pick a sample or paste here to start again.`;
  ui.folded.hidden = false;
  if (hadFocus) $('unfold').focus();
}

/** Back to the text box; with `keep`, the folded text goes into it for editing (slow). */
function unfold(keep = false) {
  if (state.folded === null) return;
  const text = state.folded;
  state.folded = null;
  ui.folded.hidden = true;
  ui.editor.hidden = false;
  if (keep) ui.editor.value = text;
}

$('unfold').addEventListener('click', () => {
  unfold(true);
  ui.editor.focus();
  ui.editor.setSelectionRange(0, 0);
  announce('The long text is in the text box. Editing it may be slow.');
});

function remember() {
  if (!saveText(currentText())) {
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
function onPaste(e) {
  const data = e.clipboardData;
  if (!data) return;
  e.preventDefault();
  let text = data.getData('text/plain');
  if (!text && data.types.includes('text/html')) text = htmlToText(data.getData('text/html'));
  // A paste while a long text is folded away replaces it.
  const { selectionStart: from, selectionEnd: to, value } = state.folded !== null ? { selectionStart: 0, selectionEnd: 0, value: '' } : ui.editor;
  const length = value.length - (to - from) + text.length;
  if (length > MAX_CHARS) {
    showError(tooLongMessage(length));
    announce('Paste refused: the text is too long.');
    return;
  }
  showError('');
  if (length > FOLD_CHARS) {
    ui.sample.value = '';
    setText(value.slice(0, from) + text + value.slice(to), null);
    announce(`Pasted ${formatSize(length)}.`);
    return;
  }
  unfold();
  // execCommand keeps the editor's undo history but is very slow on long text; setRangeText
  // is fast and the fallback.
  ui.editor.focus();
  if (text.length > UNDOABLE_PASTE_CHARS || !document.execCommand('insertText', false, text)) {
    ui.editor.setRangeText(text, from, to, 'end');
    ui.editor.dispatchEvent(new Event('input'));
  }
  // A paste is one deliberate change: annotate at once rather than after the typing pause.
  annotateNow();
}
ui.editor.addEventListener('paste', onPaste);
ui.folded.addEventListener('paste', onPaste);

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

bindExports({
  current: () => (state.view && state.text === currentText() ? { text: state.text, view: state.view } : null),
  text: currentText,
  article: ui.article,
  shareOut: ui.shareOut,
  shareMessage: ui.shareMessage,
  announce,
  showError,
});

// ---------- start ----------

new Tooltip($('tip'), ui.article, () => state.view);

// Offline once loaded: the service worker keeps a copy of every file (www/sw.js).
function keepOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {
    // Not fatal: the page works online; only the offline copy is missing.
  });
}

async function start() {
  engine.warm();
  keepOffline();
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
