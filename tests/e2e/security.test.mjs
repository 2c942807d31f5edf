// Article text is data, never markup: script-injection payloads (tests/e2e/xss-vectors.mjs,
// 85 of them in 12 groups) pasted, pasted as rich text, or opened as .txt, .md and .html files
// show as text, run nothing (no dialog), log no error and load nothing from another origin.
// An engine that panics, or a worker that crashes, keeps the text and recovers on the next edit.
// The page's CSP forbids inline code.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, waitForAnnotations, paste, assertClean, browserSession, WWW } from './helpers.mjs';
import { ALL_VECTORS, XSS_VECTORS } from './xss-vectors.mjs';

// A news-like text so the engine tags entities and claims around (and over) the payloads: a
// payload as a quotation, as part of a source's name, and as a plain sentence.
const FORMS = [
  (p, i) => `"${p} is harmless text number ${i}," said Maria Ivanova, a spokeswoman for the Ministry of Defence, on Tuesday.`,
  (p, i) => `Officials in Kyiv told Reuters that ${p} appeared ${i} times, according to Andriy Yermak.`,
  (p) => `The group ${p} said on Monday it had "no comment".`,
];
const ARTICLE = ['Attack payloads in the news', ...ALL_VECTORS.map((p, i) => FORMS[i % FORMS.length](p, i))].join('\n');

// Elements the page never makes from the reader's text: none of them may appear in the
// article or its tooltip; the panels have controls of their own (inputs, buttons), so there
// only the elements that fetch, run or restyle count.
const ACTIVE = 'script, img, svg, math, iframe, object, embed, video, audio, source, style, link, meta, base, '
  + 'template, noscript, marquee, xmp, noembed, title, x, form, textarea';
const IN_TEXT = `${ACTIVE}, a, button, input, select, details`;

/** What a payload could have added anywhere in the document: elements, handlers, script URLs. */
async function injected(page) {
  return page.evaluate(([inText, active]) => {
    const all = [...document.querySelectorAll('*')];
    return {
      inArticle: document.querySelectorAll(`#article :is(${inText}), #tip :is(${inText})`).length,
      inPanels: document.querySelectorAll(`#sources :is(${active}), #entities :is(${active})`).length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length,
      scriptUrls: all.filter((el) => [...el.attributes].some((a) => /^\s*(javascript|vbscript|data):/i.test(a.value))).length,
      scripts: document.scripts.length,
      frames: window.frames.length,
    };
  }, [IN_TEXT, ACTIVE]);
}

/** Hovers and focuses highlights so payload text reaches tooltips and panels. */
async function visitHighlights(page, count = 24) {
  for (const el of (await page.$$('#article mark')).slice(0, count)) {
    await el.hover();
    await el.focus().catch(() => {});
  }
}

// Records CSP violations and anything a payload might call.
async function watch(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({
      directive: e.violatedDirective, blocked: e.blockedURI, file: e.sourceFile }));
  });
}

// Chromium checks the page's CSP while DOMParser builds a document from an HTML file, although
// a parsed document never runs handlers, applies styles or follows a <base>: such a report comes
// from the parse itself (source file textinput.js, which calls DOMParser) and shows the policy
// would refuse the thing anyway. Any other report is a failure. Chromium also logs those
// reports as console errors; they are dropped from the console check, everything else counts.
const PARSE_DIRECTIVES = new Set(['script-src-attr', 'style-src-attr', 'style-src-elem', 'base-uri']);
const PARSE_MESSAGES = /^(Executing inline event handler violates|Applying inline style violates|Setting the document's base URI to .* violates)/;
function assertOnlyInertParseReports(violations, events) {
  const fromParse = (v) => PARSE_DIRECTIVES.has(v.directive) && v.file.endsWith('/js/textinput.js');
  assert.deepEqual(violations.filter((v) => !fromParse(v)), [], 'no CSP violation besides inert-parse reports');
  if (violations.length) events.consoleErrors = events.consoleErrors.filter((m) => !PARSE_MESSAGES.test(m));
}

const session = browserSession();

test(`${ALL_VECTORS.length} XSS payloads pasted as text show verbatim, run nothing, and survive a reload`, async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  const baseline = await injected(page);
  await paste(page, { 'text/plain': ARTICLE });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, ARTICLE);
  await waitForAnnotations(page);
  await visitHighlights(page);
  await page.waitForTimeout(300); // time for an autofocus, onload or refresh to fire, if any could

  assert.equal(await page.inputValue('#editor'), ARTICLE, 'the editor holds the text as pasted');
  assert.equal(await page.textContent('#article'), ARTICLE, 'every payload is shown verbatim');
  assert.ok((await page.locator('#article mark').count()) > ALL_VECTORS.length, 'the text around the payloads is annotated');
  assert.deepEqual(await injected(page), { ...baseline, inArticle: 0, inPanels: 0 }, 'no element, handler or script URL came from the text');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');

  // The saved copy comes back verbatim and is just as inert.
  await page.reload();
  await page.waitForFunction((t) => document.getElementById('editor').value === t, ARTICLE);
  await waitForAnnotations(page);
  assert.equal(await page.textContent('#article'), ARTICLE, 'the text survives a reload verbatim');
  await page.waitForTimeout(300);
  assert.deepEqual(await injected(page), { ...baseline, inArticle: 0, inPanels: 0 });
  assertClean(assert, events);
  await context.close();
});

for (const [name, type] of [['article.txt', 'text/plain'], ['article.md', 'text/markdown']]) {
  test(`the payloads in a ${name.split('.')[1]} file show verbatim and run nothing`, async () => {
    const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
    await waitForAnnotations(page);
    const baseline = await injected(page);
    await page.setInputFiles('#file', { name, mimeType: type, buffer: Buffer.from(ARTICLE) });
    await page.waitForFunction((t) => document.getElementById('editor').value === t, ARTICLE);
    await page.waitForFunction((t) => document.getElementById('article').textContent === t, ARTICLE);
    await waitForAnnotations(page);
    await visitHighlights(page, 8);
    await page.waitForTimeout(300);
    assert.deepEqual(await injected(page), { ...baseline, inArticle: 0, inPanels: 0 });
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assertClean(assert, events);
    await context.close();
  });
}

test('an opened HTML file full of live payloads becomes text, runs nothing and loads nothing', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  const baseline = await injected(page);
  const groups = Object.entries(XSS_VECTORS).map(([group, list]) => `<h2>${group}</h2>\n${list.map((v) => `<p>Said Anna Smith: ${v} (end)</p>`).join('\n')}`);
  const html = `<!doctype html><html><head><title>T</title><script>alert("head")</script>
    <meta http-equiv="refresh" content="0;url=javascript:alert('head-refresh')"><base href="http://example.invalid/"></head>
    <body onload="alert('body')"><h1>Bridge closed</h1><p>"The bridge is closed," said <b>Anna Smith</b>.</p>${groups.join('\n')}</body></html>`;
  await page.setInputFiles('#file', { name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.getElementById('editor').value.startsWith('Bridge closed'));
  const value = await page.inputValue('#editor');
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, value);
  await waitForAnnotations(page, { claims: false });
  await visitHighlights(page, 8);
  await page.waitForTimeout(300);
  assert.ok(value.includes('"The bridge is closed," said Anna Smith.'), 'the visible text is kept');
  assert.ok(value.includes('Said Anna Smith:'), 'text around the payloads is kept');
  assert.deepEqual(await injected(page), { ...baseline, inArticle: 0, inPanels: 0 });
  assertOnlyInertParseReports(await page.evaluate(() => window.__violations), events);
  assertClean(assert, events);
  await context.close();
});

test('payloads written as text inside an HTML file show verbatim', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<!doctype html><html><body><h1>Payloads as text</h1>${ALL_VECTORS.map((v) => `<pre>${escape(v)}</pre>`).join('')}</body></html>`;
  await page.setInputFiles('#file', { name: 'escaped.htm', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.getElementById('editor').value.startsWith('Payloads as text'));
  const value = await page.inputValue('#editor');
  // The HTML parser drops a NUL in body text; every other character must be there as written.
  const missing = ALL_VECTORS.map((v) => v.replace(/\0/g, '')).filter((v) => !value.includes(v));
  assert.deepEqual(missing, [], 'each payload appears verbatim');
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, value);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assertClean(assert, events);
  await context.close();
});

test('rich-text paste keeps the text only and loads nothing', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  const html = '<p>Officials <b>said</b> the <i>bridge</i> was closed.<img src="http://example.invalid/x.png" onerror="alert(5)"></p><script>alert(6)</script><p>Second paragraph.</p>';
  await paste(page, { 'text/html': html });
  const value = await page.inputValue('#editor');
  assert.equal(value, 'Officials said the bridge was closed.\n\nSecond paragraph.');
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, value);
  assertOnlyInertParseReports(await page.evaluate(() => window.__violations), events);
  assertClean(assert, events);
  await context.close();
});

test('an opened HTML file is parsed into text, never executed', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  const html = '<!doctype html><html><head><title>T</title><script>alert("head")</script></head><body onload="alert(\'body\')">'
    + '<h1>Bridge closed</h1><p>"The bridge is closed," said <b>Anna Smith</b>.</p><img src=x onerror=alert(7)></body></html>';
  await page.setInputFiles('#file', { name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.getElementById('editor').value.includes('Bridge closed'));
  const value = await page.inputValue('#editor');
  assert.equal(value, 'Bridge closed\n\n"The bridge is closed," said Anna Smith.');
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, value);
  assertOnlyInertParseReports(await page.evaluate(() => window.__violations), events);
  assertClean(assert, events);
  await context.close();
});

test('the page declares a strict CSP and uses no inline code', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url);
  await waitForAnnotations(page);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp, 'a CSP meta tag is present');
  assert.ok(!csp.includes('unsafe-inline') && !/'unsafe-eval'/.test(csp), `no unsafe-inline or unsafe-eval: ${csp}`);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    styles: document.querySelectorAll('style').length,
  }));
  assert.deepEqual(inline, { scripts: 0, handlers: 0, styles: 0 });
  // The policy is enforced: inline script injected by a page script is refused.
  const ran = await page.evaluate(async () => {
    window.__inlineRan = false;
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inlineRan;
  });
  assert.equal(ran, false, 'CSP blocks inline scripts');
  await context.close();
  assert.deepEqual(events.offOrigin, []);
});

// A panic inside the wasm engine reaches JavaScript as a trap (`RuntimeError: unreachable`,
// the build aborts on panic). A stand-in module wraps the real engine and traps on a marker,
// so the test can make the engine fail on one text and work on the next.
const TRAP = '\u2620 engine trap';
const WRAPPER = `import init, { annotate as real } from './real/sourcemark.js';
export * from './real/sourcemark.js';
export default init;
export function annotate(text, options) {
  if (text.includes(${JSON.stringify(TRAP)})) throw new WebAssembly.RuntimeError('unreachable');
  return real(text, options);
}
`;
// A worker crash: the page's own worker, with a listener put first that throws an uncaught error
// (outside any try) on the marker, so the worker dies the way an out-of-memory or a bug would.
const CRASH = '\u2620 worker crash';
const CRASH_PREFIX = `self.addEventListener('message', (e) => {
  if (String(e.data && e.data.text).includes(${JSON.stringify(CRASH)})) {
    e.stopImmediatePropagation();
    setTimeout(() => { throw new Error('simulated worker crash'); });
  }
});
`;

// Getters: the real files are read when the page asks for them, after browserSession has checked
// that www/pkg is built (a missing build then fails with its own clear message).
const trapping = browserSession([WWW, '/', { overrides: {
  'pkg/sourcemark.js': WRAPPER,
  get 'pkg/real/sourcemark.js'() { return readFileSync(join(WWW, 'pkg', 'sourcemark.js')); },
  get 'pkg/real/sourcemark_bg.wasm'() { return readFileSync(join(WWW, 'pkg', 'sourcemark_bg.wasm')); },
  get 'js/worker.js'() { return CRASH_PREFIX + readFileSync(join(WWW, 'js', 'worker.js'), 'utf8'); },
} }]);

for (const [failure, marker] of [['panics', TRAP], ['worker crashes', CRASH]]) {
  test(`when the engine ${failure} on a text full of payloads, the text stays verbatim and inert, and the next edit recovers`, async () => {
    const { page, context, events } = await openPage(trapping.browser, trapping.server.url, { init: watch });
    await waitForAnnotations(page);
    const failing = `${ARTICLE}\n${marker}`;
    await paste(page, { 'text/plain': failing });
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /annotation engine failed.*Your text is kept/);
    await page.waitForFunction((t) => document.getElementById('article').textContent === t, failing);
    assert.equal(await page.inputValue('#editor'), failing, 'the editor keeps the text');
    assert.equal(await page.locator('#article mark').count(), 0, 'no stale highlights');

    // Kept across a reload too (the failure does not lose the saved copy).
    await page.reload();
    await page.waitForFunction((t) => document.getElementById('editor').value === t, failing);
    await page.waitForSelector('#error:not([hidden])');

    // The next input works without a reload: remove the marker.
    await page.focus('#editor');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < marker.length + 1; i++) await page.keyboard.press('Backspace');
    await page.waitForFunction((t) => document.getElementById('editor').value === t, ARTICLE);
    await waitForAnnotations(page);
    assert.equal(await page.isHidden('#error'), true, 'the error is gone once the engine works');
    assert.equal(await page.textContent('#article'), ARTICLE);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assertClean(assert, events);
    await context.close();
  });
}
