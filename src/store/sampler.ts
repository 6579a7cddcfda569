import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import type { Evaluation } from '../model/evaluate';
import { sampleResults } from '../model/sampling';
import type { SampleRequest } from './sampling-worker';

/**
 * Runs the Monte Carlo in a module worker, so that typing never waits for it; where there is no
 * worker (a sandboxed frame with an opaque origin, an old browser, tests in jsdom) it runs on the
 * main thread after the keystroke has painted. Only the newest request is worked on: requests made
 * while the worker is busy replace each other, and the last one runs when the worker is free.
 */
export interface Sampler {
  sample: (inputs: Inputs, ranges: Ranges) => Promise<Evaluation>;
  /** Ends the worker and drops every request not yet answered (they never resolve). */
  stop: () => void;
}

interface Pending {
  request: SampleRequest;
  resolve: (results: Evaluation) => void;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./sampling-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** A sampler with its own worker, started on first use. */
export function createSampler(): Sampler {
  let worker: Worker | null | undefined;
  let busy: Pending | null = null;
  let next: Pending | null = null;
  let nextId = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const onMainThread = (inputs: Inputs, ranges: Ranges): Promise<Evaluation> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(sampleResults(inputs, ranges));
      }, 0);
      timers.add(timer);
    });

  const send = (pending: Pending) => {
    busy = pending;
    worker?.postMessage(pending.request);
  };

  const fallBack = () => {
    // The worker failed to load or crashed: finish its work, and all later work, here.
    worker?.terminate();
    worker = null;
    for (const pending of [busy, next]) {
      if (!pending) continue;
      const { inputs, ranges } = pending.request;
      void onMainThread(inputs, ranges).then(pending.resolve);
    }
    busy = null;
    next = null;
  };

  const ensureWorker = (): Worker | null => {
    if (worker !== undefined) return worker;
    worker = startWorker();
    worker?.addEventListener(
      'message',
      (event: MessageEvent<{ id: number; results: Evaluation }>) => {
        const done = busy;
        busy = null;
        if (done?.request.id === event.data.id) done.resolve(event.data.results);
        const waiting = next;
        next = null;
        if (waiting) send(waiting);
      },
    );
    worker?.addEventListener('error', fallBack);
    return worker;
  };

  return {
    sample: (inputs, ranges) => {
      if (ensureWorker() === null) return onMainThread(inputs, ranges);
      return new Promise((resolve) => {
        nextId += 1;
        const pending = { request: { id: nextId, inputs, ranges }, resolve };
        // A request replaced before it was sent is never answered: its caller has moved on.
        if (busy) next = pending;
        else send(pending);
      });
    },
    stop: () => {
      worker?.terminate();
      worker = null;
      busy = null;
      next = null;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
