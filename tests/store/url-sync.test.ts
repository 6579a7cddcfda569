/**
 * Invariants (CONTRACT §3): the address bar always ends up showing the canonical query of what the
 * page shows: at start, a link with refused or unknown parameters is rewritten at once; after a
 * change, the new query is written with `history.replaceState` (never a new history entry) within
 * 120 ms, once for a burst of changes; the path and the hash are kept; and after stopping, nothing
 * is written.
 */
import { resetStore, useStore } from '../../src/store/store';
import { startUrlSync } from '../../src/store/url-sync';

const actions = () => useStore.getState().actions;

/** Opens a link in jsdom's window without a page load, and loads it into the store. */
function open(url: string): void {
  window.history.replaceState(null, '', url);
  actions().loadQuery(window.location.search);
}

let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe(startUrlSync, () => {
  it('rewrites a link with refused and unknown parameters at start', () => {
    open('/?containers=abc&foo=1');
    stop = startUrlSync();
    expect(window.location.search).toBe('');
  });

  it('rewrites a link to its canonical form at start, keeping path and hash', () => {
    open('/calc/?perContainer=480&containers=10000.0&theme=auto#results');
    stop = startUrlSync();
    expect(window.location.pathname).toBe('/calc/');
    expect(window.location.search).toBe('?v=3&containers=10000&perContainer=480');
    expect(window.location.hash).toBe('#results');
  });

  it.each([
    { link: '/?v=1&containers=10000', canonical: '?v=3&containers=10000' },
    { link: '/?containers=10000', canonical: '?v=3&containers=10000' },
    { link: '/?v=2&containers=10000', canonical: '?v=3&containers=10000' },
    // Version 1's osc-2025-04 had 15,800 containers at an exact 312.4: the rewritten link keeps
    // both in version 3's terms (15,809 containers, 253 to 380 a container).
    {
      link: '/?scenario=osc-2025-04',
      canonical: '?v=3&scenario=osc-2025-04&containers=15800&perContainer=312.4',
    },
    // Version 2's had the same containers at 266 to 367.
    {
      link: '/?v=2&scenario=osc-2025-04',
      canonical: '?v=3&scenario=osc-2025-04&containers=15800&perContainer=266..367',
    },
    // nis-2023-11 is a preset of versions 1 and 2 only: its links stay in version 2.
    { link: '/?scenario=nis-2023-11', canonical: '?v=2&scenario=nis-2023-11' },
  ])('rewrites the older link $link as $canonical at start', ({ link, canonical }) => {
    open(link);
    stop = startUrlSync();
    expect(window.location.search).toBe(canonical);
  });

  it.each(['/?v=3&containers=10000', '/?v=2&scenario=nis-2023-11'])(
    'leaves the canonical link %s alone',
    (link) => {
      open(link);
      const replaceState = vi.spyOn(window.history, 'replaceState');
      stop = startUrlSync();
      expect(replaceState).not.toHaveBeenCalled();
    },
  );

  it('rewrites a version 3 link to nis-2023-11, which version 3 does not have, as the default', () => {
    open('/?v=3&scenario=nis-2023-11');
    stop = startUrlSync();
    expect(window.location.search).toBe('');
  });

  it('writes the canonical query with replaceState 120 ms after a change', () => {
    stop = startUrlSync();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const pushState = vi.spyOn(window.history, 'pushState');
    useStore.getState().actions.typeInput('containers', '10000');
    vi.advanceTimersByTime(119);
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(1);
    expect(window.location.search).toBe('?v=3&containers=10000');
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(pushState).not.toHaveBeenCalled();
  });

  it('writes once for a burst of typing', () => {
    stop = startUrlSync();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    for (const text of ['1', '10', '100', '1000', '10000']) {
      useStore.getState().actions.typeInput('containers', text);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(120);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=3&containers=10000');
  });

  it('writes a scenario and view options', () => {
    stop = startUrlSync();
    actions().selectScenario('shin-2024-06');
    actions().setTheme('dark');
    vi.advanceTimersByTime(120);
    expect(window.location.search).toBe('?v=3&scenario=shin-2024-06&theme=dark');
  });

  it('goes back to a bare address when the state returns to the defaults', () => {
    open('/?containers=10000#top');
    stop = startUrlSync();
    useStore.getState().actions.typeInput('containers', '6700');
    vi.advanceTimersByTime(120);
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#top');
  });

  it('does not write for a draft that changes nothing', () => {
    stop = startUrlSync();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    useStore.getState().actions.typeInput('containers', 'abc');
    vi.advanceTimersByTime(1_000);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('writes nothing after it is stopped', () => {
    stop = startUrlSync();
    useStore.getState().actions.typeInput('containers', '10000');
    stop();
    stop = undefined;
    vi.advanceTimersByTime(1_000);
    expect(window.location.search).toBe('');
  });

  it('keeps the page working when the history refuses to change', () => {
    stop = startUrlSync();
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    useStore.getState().actions.typeInput('containers', '10000');
    expect(() => vi.advanceTimersByTime(120)).not.toThrow();
    expect(useStore.getState().inputs.containers).toBe(10_000);
  });
});
