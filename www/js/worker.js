// Runs the engine off the main thread, so a long text never freezes the page.
// Messages in: { id, text }. Out: { id, ok: true, annotations } or { id, ok: false, error }.

let engine = null;

async function loadEngine() {
  const mod = await import('../pkg/sourcemark.js');
  await mod.default();
  return mod;
}

self.addEventListener('message', async (event) => {
  const { id, text } = event.data;
  try {
    engine ??= loadEngine();
    const mod = await engine;
    const annotations = mod.annotate(text);
    self.postMessage({ id, ok: true, annotations });
  } catch (err) {
    engine = null; // try loading again on the next request
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
});
