// Yielding to the browser between pieces of long work, so input and drawing get their turn.

/**
 * Resolves in a new task, queued behind the tasks already waiting (timers, worker messages):
 * a message to self. Not scheduler.yield(), whose continuations jump that queue, so that a long
 * drawing would hold back the typing pause's timer and every other task until it ended.
 */
export function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
