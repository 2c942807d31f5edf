// The page's handle on the engine: one request in flight at a time, only the newest waiting
// text is kept, and results of superseded texts are never shown. Runs in a Web Worker; if a
// worker cannot start, falls back to the main thread. A failure is reported and the next
// request starts afresh.

import { nextTask } from './tasks.js';

// Time allowed before the engine is stopped: generous, and longer for longer texts (the engine
// runs at about a million characters a second; a busy machine may be several times slower).
const tooLongMs = (text) => 30000 + 20 * text.length;

let mainThreadModule = null;

/** The engine on the page's own thread: the fallback without workers, and the exporters' engine. */
export function loadEngine() {
  mainThreadModule ??= import('../pkg/sourcemark.js').then(async (mod) => {
    await mod.default();
    return mod;
  }).catch((err) => {
    mainThreadModule = null; // try again next time
    throw err;
  });
  return mainThreadModule;
}

export class Engine {
  /** `onResult(text, annotations)` and `onError(text, message)` see only the latest text. */
  constructor({ onResult, onError, onBusy, onStage }) {
    this.onResult = onResult;
    this.onStage = onStage || (() => {});
    this.onError = onError;
    this.onBusy = onBusy || (() => {});
    this.worker = null;
    this.nextId = 1;
    this.inFlight = null; // { id, text, timer }
    this.waiting = null; // text
  }

  /** True while a text is being annotated or waits to be. */
  get busy() {
    return Boolean(this.inFlight) || this.waiting !== null;
  }

  request(text) {
    this.waiting = text;
    if (!this.inFlight) this.pump();
  }

  pump() {
    if (this.waiting === null) {
      this.onBusy(false);
      return;
    }
    const text = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    this.onBusy(true);
    const worker = this.startWorker();
    if (!worker) {
      this.runOnMainThread(id, text);
      return;
    }
    const timer = setTimeout(() => this.fail(id, 'The engine took too long on this text and was stopped.', true), tooLongMs(text));
    this.inFlight = { id, text, timer };
    worker.postMessage({ id, text });
  }

  /** Starts the worker and loads the engine before there is text, so the first result comes sooner. */
  warm() {
    const worker = this.startWorker();
    if (worker) worker.postMessage({ warm: true });
  }

  startWorker() {
    if (this.worker || this.workerUnavailable) return this.worker;
    try {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e) => this.receive(e.data));
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        if (this.inFlight) this.fail(this.inFlight.id, `The engine could not start (${e.message || 'worker error'}).`, true);
      });
      this.worker = worker;
    } catch {
      this.workerUnavailable = true;
    }
    return this.worker;
  }

  receive(msg) {
    if (!this.inFlight || msg.id !== this.inFlight.id) return;
    const { text, timer } = this.inFlight;
    if (msg.stage) {
      if (this.waiting === null) this.onStage(text, msg.stage);
      return;
    }
    clearTimeout(timer);
    this.inFlight = null;
    if (this.waiting === null) {
      if (msg.ok) this.deliver(text, msg);
      else this.onError(text, msg.error);
    }
    this.pump();
  }

  /** Parses a worker's result a part per task, then hands it on unless a newer text came. */
  async deliver(text, msg) {
    if (msg.json === undefined) {
      this.onResult(text, msg.annotations);
      return;
    }
    const annotations = JSON.parse(msg.json);
    for (const part of msg.entityParts || []) {
      await nextTask();
      if (this.busy) return; // superseded: the newer text's result will follow
      annotations.entities.push(...JSON.parse(part));
    }
    this.onResult(text, annotations);
  }

  fail(id, message, restart) {
    if (!this.inFlight || this.inFlight.id !== id) return;
    const { text, timer } = this.inFlight;
    clearTimeout(timer);
    this.inFlight = null;
    if (restart && this.worker) {
      this.worker.terminate();
      this.worker = null;
    }
    if (this.waiting === null) this.onError(text, message);
    this.pump();
  }

  async runOnMainThread(id, text) {
    this.inFlight = { id, text, timer: null };
    try {
      const mod = await loadEngine();
      this.receive({ id, ok: true, annotations: mod.annotate(text) });
    } catch (err) {
      this.receive({ id, ok: false, error: String((err && err.message) || err) });
    }
  }
}
