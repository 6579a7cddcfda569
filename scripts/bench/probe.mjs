// @ts-check
/* global document, MutationObserver, requestAnimationFrame, requestIdleCallback, addEventListener */
/**
 * The in-page half of the benchmark: `installProbe` runs in the page before any of its scripts
 * (Playwright's `page.addInitScript`), so it is serialized and must not use anything outside
 * its own body. It exposes what it measured as `globalThis.__shellCountBench` (a `Probe`).
 * All times are `performance.now()`, in ms since the navigation started.
 */

/**
 * @typedef {{ dom: number, frame: number, value: string }} FirstResult
 *   `dom`: the result element had a `data-value`; `frame`: the next animation frame after that
 * @typedef {{
 *   key: string,
 *   value: string,
 *   start: number,
 *   typed: number,
 *   cleared: number | null,
 *   dom: number,
 *   frame: number,
 * }} KeyResult
 *   `start`: the keydown event's `timeStamp` (when the browser received the key);
 *   `typed`: the next animation frame after the keydown, once the page has handled the key (how
 *   long typing blocks the main thread, whenever the result arrives);
 *   `cleared`: `data-value` was removed before it changed (with ranges, the page's own response
 *   to the key: the result is being worked out), null when it never was;
 *   `dom`: `data-value` changed; `frame`: the next animation frame after that
 * @typedef {{
 *   value: () => string | null,
 *   arm: () => void,
 *   waitFirst: (timeoutMs: number) => Promise<FirstResult | null>,
 *   waitKey: (count: number, timeoutMs: number) => Promise<KeyResult | null>,
 *   idle: (quietMs: number, timeoutMs: number) => Promise<boolean>,
 * }} Probe
 *   `arm()`: the next keydown starts a measure, ended by the next change of `data-value`;
 *   `waitKey(n)`: the n-th measured keystroke (1-based) once its frame is in, null on timeout;
 *   `idle(q)`: true once the main thread has an idle period of at least `q` ms (nothing queued,
 *   no frame due), false if it had none before the timeout
 */

/**
 * Watches `selector`'s `data-value` from the start of the page, and keydowns.
 * @param {string} selector the result element, e.g. `[data-result="totalShells"]`
 */
export function installProbe(selector) {
  /** @type {FirstResult | null} */
  let first = null;
  /** @type {KeyResult[]} */
  const keys = [];
  let armed = false;
  /** @type {{ key: string, start: number, typed: number | null, cleared: number | null } | null} */
  let pending = null;
  /** @type {string | null} */
  let lastValue = null;
  /** @type {(() => void)[]} */
  let waiters = [];

  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const waiter of woken) waiter();
  };
  const read = () => document.querySelector(selector)?.getAttribute('data-value') ?? null;

  const check = () => {
    const value = read();
    if (value === null && pending && pending.cleared === null) pending.cleared = performance.now();
    if (value === null || value === lastValue) return;
    const dom = performance.now();
    const isFirst = lastValue === null && first === null;
    lastValue = value;
    if (isFirst) {
      requestAnimationFrame(() => {
        first = { dom, frame: performance.now(), value };
        wake();
      });
    } else if (pending) {
      const key = pending;
      pending = null;
      requestAnimationFrame(() => {
        const frame = performance.now();
        // The keydown's frame callback was requested first, so it has run by now.
        keys.push({ ...key, typed: key.typed ?? frame, value, dom, frame });
        wake();
      });
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-value', 'data-result'],
  });

  addEventListener(
    'keydown',
    (event) => {
      if (!armed) return;
      armed = false;
      const key = {
        key: event.key,
        start: event.timeStamp,
        typed: /** @type {number | null} */ (null),
        cleared: /** @type {number | null} */ (null),
      };
      pending = key;
      requestAnimationFrame(() => {
        key.typed = performance.now();
      });
    },
    true,
  );

  /**
   * @template T
   * @param {() => T | null} ready
   * @param {number} timeoutMs
   * @returns {Promise<T | null>}
   */
  const waitFor = (ready, timeoutMs) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        resolve(null);
      }, timeoutMs);
      const attempt = () => {
        const result = ready();
        if (result === null) {
          waiters.push(attempt);
        } else {
          clearTimeout(timer);
          resolve(result);
        }
      };
      attempt();
    });

  /** @type {Probe} */
  const probe = {
    value: read,
    arm: () => {
      armed = true;
      pending = null;
    },
    waitFirst: (timeoutMs) => waitFor(() => first, timeoutMs),
    waitKey: (count, timeoutMs) => waitFor(() => keys[count - 1] ?? null, timeoutMs),
    idle: (quietMs, timeoutMs) =>
      new Promise((resolve) => {
        const end = performance.now() + timeoutMs;
        const timer = setTimeout(() => {
          resolve(false);
        }, timeoutMs);
        const attempt = () => {
          requestIdleCallback((deadline) => {
            if (deadline.timeRemaining() >= quietMs) {
              clearTimeout(timer);
              resolve(true);
            } else if (performance.now() < end) {
              attempt();
            }
          });
        };
        attempt();
      }),
  };
  Object.defineProperty(globalThis, '__shellCountBench', { value: probe });
}
