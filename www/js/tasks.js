// Yielding to the browser between pieces of long work, so input and drawing get their turn.

/** Resolves in a new task: scheduler.yield() where there is one, else a message to self. */
export const nextTask = globalThis.scheduler && typeof globalThis.scheduler.yield === 'function'
  ? () => globalThis.scheduler.yield()
  : () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
