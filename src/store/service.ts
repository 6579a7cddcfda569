/**
 * What the app starts and must be able to stop (a subscription, a timer, a worker) is a service:
 * named, registered while it runs, and stopped by the function its start returns. Tests check
 * that nothing they started is still running when they end (tests/setup), and an error thrown by a
 * service's callback says which service it was, so a report of an error after a test has ended
 * names the culprit.
 */

const running = new Map<object, { name: string; stop: () => void }>();

/** A callback of a service, whose errors are rethrown with the service's name in front. */
export type Named = <A extends unknown[]>(callback: (...args: A) => void) => (...args: A) => void;

/**
 * Starts a service and returns the function that stops it (once; later calls do nothing).
 * `start` gets `named`, to wrap the callbacks it hands to timers and listeners.
 * `startService('url sync', (named) => { const t = setInterval(named(tick), 100); return () => clearInterval(t); })`.
 */
export function startService(name: string, start: (named: Named) => () => void): () => void {
  const named: Named =
    (callback) =>
    (...args) => {
      try {
        callback(...args);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`${name} (a service of the page): ${why}`, { cause: error });
      }
    };
  const token = {};
  const stopService = start(named);
  const stop = () => {
    if (!running.delete(token)) return;
    stopService();
  };
  running.set(token, { name, stop });
  return stop;
}

/** Stops every running service and returns their names: `[]` when none was left running. */
export function stopAllServices(): string[] {
  const names = [...running.values()].map(({ name }) => name);
  for (const { stop } of [...running.values()]) stop();
  return names;
}
