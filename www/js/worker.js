// Runs the engine off the main thread, so a long text never freezes the page.
// Messages in: { id, text } (or { warm: true } to load the engine ahead of the first text).
// Out: { id, stage: 'annotating' } once the engine starts on the text, then { id, ok: true, json }
// or { id, ok: false, error }. The result goes back as a JSON string: the page parses a
// megabyte's result several times faster than it would take in a structured clone.

let engine = null;

async function loadEngine() {
  const mod = await import('../pkg/sourcemark.js');
  await mod.default();
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
    const json = JSON.stringify(mod.annotate(text));
    self.postMessage({ id, ok: true, json });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
});
