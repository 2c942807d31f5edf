// Types of the Node ESM entry (./sourcemark.mjs): the nodejs build's, plus no-op init functions.
export * from './sourcemark.js';

/** Nothing to do in Node (the module is ready once imported); kept for code shared with the web build. */
export function initSync(module?: unknown): void;
/** Nothing to do in Node (the module is ready once imported); kept for code shared with the web build. */
export default function init(moduleOrPath?: unknown): Promise<void>;
