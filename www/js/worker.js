// Runs the engine off the main thread, so a long text never freezes the page.
// Messages in: { id, text } (or { warm: true } to load the engine, and run it once, ahead of the
// first text).
// Out: { id, stage: 'annotating' } once the engine starts on the text, then
// { id, ok: true, json, entityParts } or { id, ok: false, error }. The result goes back as JSON
// strings, which the page parses several times faster than a structured clone would take: `json`
// is the result without its entities, `entityParts` the entities in slices, so that the page can
// parse a long text's result a slice per task.

let engine = null;
const ENTITIES_PER_PART = 10000;

// The engine unpacks its word lists on its first text: tens of milliseconds in a browser
// (bench/chromium.mjs times it). A short text run once the engine is loaded does it then, while
// the reader is still pasting, rather than on the reader's first text.
const WARM_UP_TEXT = 'Warming up, the engine said on Monday.';

async function loadEngine() {
  const mod = await import('../pkg/sourcemark.js');
  await mod.default();
  mod.annotate(WARM_UP_TEXT);
  return mod;
}

function ready() {
  engine ??= loadEngine().catch((err) => {
    engine = null; // try loading again on the next request
    throw err;
  });
  return engine;
}

self.addEventListener('message', async (event) => {
  const { id, text, warm } = event.data;
  if (warm) {
    ready().catch(() => {}); // a failure is reported with the first real request
    return;
  }
  try {
    const mod = await ready();
    self.postMessage({ id, stage: 'annotating' });
    const annotations = mod.annotate(text);
    const entities = Array.isArray(annotations.entities) ? annotations.entities : [];
    const entityParts = [];
    for (let at = 0; at < entities.length; at += ENTITIES_PER_PART) {
      entityParts.push(JSON.stringify(entities.slice(at, at + ENTITIES_PER_PART)));
    }
    const json = JSON.stringify({ ...annotations, entities: [] });
    self.postMessage({ id, ok: true, json, entityParts });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
});
