// Article text is data, never markup: XSS payloads pasted, pasted as rich text or opened as
// HTML files show as text, run nothing, and load nothing. The page's CSP forbids inline code.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForAnnotations, paste, assertClean, browserSession } from './helpers.mjs';

const PAYLOADS = [
  '<img src=x onerror="alert(\'img\')">',
  '<script>alert("script")</script>',
  '"><svg onload=alert("svg")>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '<img src="http://example.invalid/pixel.png">',
  '<style>body{background:url(http://example.invalid/bg.png)}</style>',
];

// A news-like text so the engine tags entities and claims around the payloads.
const ARTICLE = [
  'Attack payloads in the news',
  ...PAYLOADS.map((p, i) => `"${p} is harmless text number ${i}," said Maria Ivanova, a spokeswoman for the Ministry of Defence, on Tuesday.`),
  `According to officials in Kyiv, ${PAYLOADS[0]} appeared 3 times.`,
].join('\n');


// Records CSP violations and anything a payload might call.
async function watch(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({
      directive: e.violatedDirective, blocked: e.blockedURI, file: e.sourceFile }));
  });
}

// Chromium checks the page's CSP when DOMParser meets an on* attribute, although a parsed
// document never runs handlers: such a report comes from the parse itself and shows the policy
// would refuse the handler anyway. Any other report is a failure.
// Chromium also logs those reports as console errors ("Executing inline event handler
// violates ..."); they are dropped from the console check, everything else still counts.
function assertOnlyInertParseReports(violations, events) {
  const other = violations.filter((v) => !(v.directive === 'script-src-attr' && v.file.endsWith('/js/textinput.js')));
  assert.deepEqual(other, [], 'no CSP violation besides inert-parse reports');
  events.consoleErrors = events.consoleErrors.filter((m) => !/^Executing inline event handler violates/.test(m) || !violations.length);
}

const session = browserSession();

test('XSS payloads pasted as text show as text and run nothing', async () => {
  const { page, context, events } = await openPage(session.browser, session.server.url, { init: watch });
  await waitForAnnotations(page);
  await paste(page, { 'text/plain': ARTICLE });
  await page.waitForFunction((t) => document.getElementById('article').textContent === t, ARTICLE);
  await waitForAnnotations(page, { claims: false });
  await page.waitForTimeout(300);

  assert.equal(await page.textContent('#article'), ARTICLE, 'every payload is shown verbatim');
  const injected = await page.$$eval('#article img, #article script, #article svg, #article iframe, #article a, #article style', (els) => els.length);
  assert.equal(injected, 0, 'no element was created from the text');
  // Hovering and focusing highlights puts payload text into tooltips and panels: still text.
  for (const el of (await page.$$('#article mark')).slice(0, 12)) await el.hover();
  const panelInjected = await page.$$eval('#tip *, #sources *, #entities *', (els) => els.filter((e) => /^(IMG|SCRIPT|SVG|IFRAME|A|STYLE)$/i.test(e.tagName)).length);
  assert.equal(panelInjected, 0, 'tooltips and panels hold text only');
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
