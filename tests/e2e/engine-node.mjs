// The engine's own output in Node (same www/pkg build the page loads), so tests can check the
// page shows what the engine found without hard-coding any expected annotation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WWW, requireEngine } from './helpers.mjs';

let engine = null;

export async function annotateInNode(text) {
  if (!engine) {
    requireEngine();
    const mod = await import(pathToFileURL(join(WWW, 'pkg', 'sourcemark.js')).href);
    mod.initSync({ module: readFileSync(join(WWW, 'pkg', 'sourcemark_bg.wasm')) });
    engine = mod;
  }
  return engine.annotate(text);
}
