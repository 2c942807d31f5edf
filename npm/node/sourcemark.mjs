// Node ESM entry of the package. The nodejs build (CommonJS, ./sourcemark.js) compiles the
// .wasm synchronously when loaded, so Node callers need no init step. `init` and `initSync`
// are kept as no-ops so code written for the web build (`await init()`) runs here unchanged.
// scripts/build-pkg.mjs fails if this list and the build's exports differ.
import { createRequire } from 'node:module';

const engine = createRequire(import.meta.url)('./sourcemark.js');

export const annotate = engine.annotate;
export const annotateRecord = engine.annotateRecord;
export const renderPage = engine.renderPage;
export const renderReport = engine.renderReport;
export const toCodePoints = engine.toCodePoints;
export const toWebAnnotations = engine.toWebAnnotations;
export const usage = engine.usage;
export const version = engine.version;

export function initSync() {}
export default async function init() {}
