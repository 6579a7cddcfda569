/**
 * Invariants (CONTRACT §5): inside a frame, the embed posts to its parent only, with target origin
 * `*`: its content height as the three height messages whenever it changes (never while hidden,
 * never twice the same, but again when its parent asks), and its results at start and after every change of them; it takes a
 * `shell-count:set` only from its parent and only when valid, loads it through the URL's
 * validation, keeps `embed`, and answers each with exactly one results message; a parent that
 * throws never breaks the page; and once stopped, it is silent.
 */
import type { MockInstance } from 'vitest';
import { startEmbedBridge } from '../../src/embed/embed-bridge';
import { FACTS_REVIEWED } from '../../src/facts/reviewed';
import { sampleResults } from '../../src/model/sampling';
import { startLanguageSync } from '../../src/store/language-sync';
import { samplingKey } from '../../src/store/sampled-slice';
import { useStore } from '../../src/store/store';
import { SCHEMA_VERSION } from '../../src/url/migrations';

const state = () => useStore.getState();
const EN_TITLE = 'Shell Count: North Korean shells sent to Russia, in months of Russian fire';
const actions = () => state().actions;

/** A ResizeObserver for jsdom, which has none: records what it observes, fires on demand. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.observed.push(target);
  }
  unobserve(): void {
    // Not used by the bridge.
  }
  disconnect(): void {
    this.disconnected = true;
  }
  fire(): void {
    if (!this.disconnected) this.callback([], this);
  }
}

const resize = () => {
  for (const observer of FakeResizeObserver.instances) observer.fire();
};

let parent: { postMessage: ReturnType<typeof vi.fn> };
let contentHeight = 812.3;
let hidden = false;
let stop: (() => void) | undefined;
let measure: MockInstance<() => DOMRect>;
const originalParent = Object.getOwnPropertyDescriptor(window, 'parent');

function setParent(value: unknown): void {
  Object.defineProperty(window, 'parent', { value, configurable: true, writable: true });
}

const posts = () => parent.postMessage.mock.calls as [unknown, string][];
const heightPosts = () =>
  posts().filter(([message]) =>
    typeof message === 'string'
      ? message.includes('"iframe.resize"')
      : ['shell-count:height', 'embed-size'].includes((message as { type?: string }).type ?? ''),
  );
const titlePosts = () =>
  posts()
    .map(([message]) => message)
    .filter((message) => (message as { type?: string } | null)?.type === 'shell-count:title');
/** The sampled results of the inputs on screen, published as the sampling service would. */
function publishCurrentSampling(): void {
  const { inputs, ranges } = state();
  actions().publishSampled('page', {
    key: samplingKey(inputs, ranges),
    results: sampleResults(inputs, ranges),
  });
}

const resultsPosts = () =>
  posts()
    .map(([message]) => message)
    .filter(
      (
        message,
      ): message is {
        type: string;
        results: Record<string, unknown>;
        meta: Record<string, unknown>;
      } =>
        typeof message === 'object' &&
        (message as { type?: string } | null)?.type === 'shell-count:results',
    );

function fromParent(data: unknown, source: unknown = parent): void {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
}

function start(): void {
  stop = startEmbedBridge(window);
}

beforeEach(() => {
  actions().loadQuery('?embed=1');
  FakeResizeObserver.instances = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  parent = { postMessage: vi.fn() };
  setParent(parent);
  contentHeight = 812.3;
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  measure = vi
    .spyOn(document.documentElement, 'getBoundingClientRect')
    .mockImplementation(() => ({ height: contentHeight }) as DOMRect);
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
  if (originalParent) Object.defineProperty(window, 'parent', originalParent);
  else Reflect.deleteProperty(window, 'parent');
  Reflect.deleteProperty(document, 'hidden');
});

describe('startEmbedBridge: height', () => {
  it('posts the three height messages at start, rounded up, to origin *', () => {
    start();
    expect(heightPosts()).toStrictEqual([
      [{ type: 'shell-count:height', height: 813 }, '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 813 }, '*'],
      [JSON.stringify({ src: window.location.href, context: 'iframe.resize', height: 813 }), '*'],
    ]);
  });

  it('observes the root element and the body', () => {
    start();
    expect(FakeResizeObserver.instances).toHaveLength(1);
    expect(FakeResizeObserver.instances[0]?.observed).toStrictEqual([
      document.documentElement,
      document.body,
    ]);
  });

  it('posts again when the content height changes, also to shrink', () => {
    start();
    parent.postMessage.mockClear();
    contentHeight = 640;
    resize();
    expect(heightPosts().map(([message]) => message)).toStrictEqual([
      { type: 'shell-count:height', height: 640 },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      JSON.stringify({ src: window.location.href, context: 'iframe.resize', height: 640 }),
    ]);
  });

  it('does not post a height that has not changed once rounded', () => {
    start();
    parent.postMessage.mockClear();
    resize();
    contentHeight = 812.9;
    resize();
    expect(heightPosts()).toStrictEqual([]);
  });

  it('does not post a height of zero (content not laid out)', () => {
    contentHeight = 0;
    start();
    expect(heightPosts()).toStrictEqual([]);
  });

  it('posts no height while hidden, then the latest when shown again', () => {
    hidden = true;
    start();
    contentHeight = 700;
    resize();
    contentHeight = 720.5;
    resize();
    expect(heightPosts()).toStrictEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heightPosts().map(([message]) => message)).toStrictEqual([
      { type: 'shell-count:height', height: 721 },
      { sentinel: 'amp', type: 'embed-size', height: 721 },
      JSON.stringify({ src: window.location.href, context: 'iframe.resize', height: 721 }),
    ]);
  });

  it('does not post again when shown with the height already sent', () => {
    start();
    parent.postMessage.mockClear();
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heightPosts()).toStrictEqual([]);
  });
});

describe('startEmbedBridge: height requests', () => {
  it('answers the parent’s request with the height, even when already sent', () => {
    start();
    parent.postMessage.mockClear();
    fromParent({ type: 'shell-count:get-height' });
    expect(posts()).toStrictEqual([
      [{ type: 'shell-count:height', height: 813 }, '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 813 }, '*'],
      [JSON.stringify({ src: window.location.href, context: 'iframe.resize', height: 813 }), '*'],
      [{ type: 'shell-count:title', title: EN_TITLE, lang: 'en' }, '*'],
    ]);
    // Only the height: neither the state nor the results.
    expect(state().inputs.containers).toBe(6700);
  });

  it('answers a request received while hidden when the page is shown', () => {
    start();
    parent.postMessage.mockClear();
    hidden = true;
    fromParent({ type: 'shell-count:get-height' });
    expect(heightPosts()).toStrictEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heightPosts()).toHaveLength(3);
  });

  it.each<[string, unknown]>([
    ['this window', window],
    ['another object', { postMessage: vi.fn() }],
    ['no source', null],
  ])('ignores a request from %s', (_, source) => {
    start();
    parent.postMessage.mockClear();
    fromParent({ type: 'shell-count:get-height' }, source);
    fromParent('shell-count:get-height');
    expect(posts()).toStrictEqual([]);
  });
});

describe('startEmbedBridge: results', () => {
  it('posts the results once at start, to origin *', () => {
    start();
    const results = posts().filter(([message]) => resultsPosts().includes(message as never));
    expect(results).toHaveLength(1);
    expect(results[0]?.[1]).toBe('*');
    expect(resultsPosts()[0]?.results).toMatchObject({
      totalShells: 3_001_600,
      lastsUntil: '2024-07-09',
      plausible: true,
    });
  });

  it('posts the results after a change of the inputs', () => {
    start();
    useStore.getState().actions.typeInput('containers', '10000');
    expect(resultsPosts()).toHaveLength(2);
    expect(resultsPosts()[1]?.results.totalShells).toBe(4_480_000);
  });

  it('does not post when the results did not change', () => {
    start();
    useStore.getState().actions.typeInput('containers', 'abc');
    actions().setInput('containers', 6700);
    actions().setTheme('dark');
    expect(resultsPosts()).toHaveLength(1);
  });

  it('with ranges, waits for the sampling of the inputs on screen and posts its medians', () => {
    actions().loadQuery('?embed=1&containers=6700..13000');
    start();
    expect(resultsPosts()).toHaveLength(0);
    const { inputs, ranges } = useStore.getState();
    // A sampling of other inputs is not these inputs' results.
    actions().publishSampled('page', { key: 'other', results: sampleResults(inputs, {}) });
    expect(resultsPosts()).toHaveLength(0);
    const sampled = sampleResults(inputs, ranges);
    actions().publishSampled('page', { key: samplingKey(inputs, ranges), results: sampled });
    expect(resultsPosts()).toHaveLength(1);
    expect(resultsPosts()[0]?.results).toMatchObject({
      totalShells: sampled.totalShells.median,
      monthsOfFire: sampled.monthsOfFire.median,
      deliveryDays: 166,
    });
  });

  it('leaves out results that cannot be computed', () => {
    start();
    actions().setInput('end', '2023-09-13');
    const last = resultsPosts().at(-1);
    expect(last?.results).not.toHaveProperty('deliveryDays');
    expect(last?.results).not.toHaveProperty('lastsUntil');
    expect(last?.results.totalShells).toBe(3_001_600);
  });
});

describe('startEmbedBridge: set messages', () => {
  it('applies a valid set from the parent and answers with exactly one results message', () => {
    start();
    parent.postMessage.mockClear();
    fromParent({ type: 'shell-count:set', params: { containers: 10_000, perContainer: '480' } });
    expect(state().inputs).toMatchObject({ containers: 10_000, perContainer: 480 });
    expect(state().embed).toBe(true);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.[1]).toBe('*');
    expect(resultsPosts()[0]?.results.totalShells).toBe(4_800_000);
  });

  it('answers a set that changes nothing', () => {
    start();
    parent.postMessage.mockClear();
    fromParent({ type: 'shell-count:set', params: { containers: '6700' } });
    expect(resultsPosts()).toHaveLength(1);
    expect(resultsPosts()[0]?.results.totalShells).toBe(3_001_600);
  });

  it('keeps the current state under the host’s parameters', () => {
    actions().loadQuery('?v=1&perContainer=480&theme=dark&embed=1');
    start();
    fromParent({ type: 'shell-count:set', params: { containers: '10000' } });
    expect(state()).toMatchObject({
      theme: 'dark',
      embed: true,
      inputs: { containers: 10_000, perContainer: 480 },
    });
  });

  it('applies a scenario with its preset values, keeping the view', () => {
    actions().loadQuery('?v=1&perContainer=300&theme=dark&lang=ko&embed=1');
    start();
    fromParent({ type: 'shell-count:set', params: { scenario: 'shin-2024-06' } });
    expect(state()).toMatchObject({
      scenarioId: 'shin-2024-06',
      theme: 'dark',
      lang: 'ko',
      embed: true,
      inputs: { containers: 10_000, perContainer: 480 },
    });
  });

  it('validates as the URL does, with notices, and cannot leave the embed', () => {
    start();
    fromParent({ type: 'shell-count:set', params: { share: '120', daily: 'abc', embed: '0' } });
    expect(state().inputs).toMatchObject({ share: 100, daily: 10_000 });
    expect(state().embed).toBe(true);
    expect(state().notices).toStrictEqual([
      { kind: 'clamped', key: 'share', raw: '120', used: 100, bound: 'max' },
      { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 },
    ]);
  });

  it.each<[string, unknown]>([
    ['this window', window],
    ['another object', { postMessage: vi.fn() }],
    ['no source', null],
  ])('ignores a set from %s', (_, source) => {
    start();
    parent.postMessage.mockClear();
    fromParent({ type: 'shell-count:set', params: { containers: '10000' } }, source);
    expect(state().inputs.containers).toBe(6700);
    expect(posts()).toStrictEqual([]);
  });

  it.each<[string, unknown]>([
    ['a wrong type', { type: 'shell-count:results', params: { containers: '10000' } }],
    ['a JSON string', JSON.stringify({ type: 'shell-count:set', params: { containers: '10000' } })],
    ['a boolean value', { type: 'shell-count:set', params: { containers: '10000', embed: false } }],
    ['a nested value', { type: 'shell-count:set', params: { containers: ['10000'] } }],
  ])('ignores an invalid set from the parent: %s', (_, data) => {
    start();
    parent.postMessage.mockClear();
    fromParent(data);
    expect(state().inputs.containers).toBe(6700);
    expect(posts()).toStrictEqual([]);
  });

  it('ignores a message without a source when the frame is detached', () => {
    start();
    setParent(null);
    fromParent({ type: 'shell-count:set', params: { containers: '10000' } }, null);
    expect(state().inputs.containers).toBe(6700);
  });
});

describe('startEmbedBridge: one answer for each set', () => {
  it('answers each of 100 sets with ranges once the sampling of the last is in', () => {
    actions().loadQuery('?embed=1&containers=6700..13000');
    start();
    publishCurrentSampling();
    expect(resultsPosts()).toHaveLength(1);
    for (let daily = 10_001; daily <= 10_100; daily += 1) {
      fromParent({ type: 'shell-count:set', params: { daily: String(daily) } });
    }
    // Nothing is final while the samples of the newest inputs are still being drawn.
    expect(resultsPosts()).toHaveLength(1);
    publishCurrentSampling();
    expect(resultsPosts()).toHaveLength(101);
    // Each answer tells what the embed shows now: the last set's inputs, sampled.
    const last = resultsPosts().at(-1);
    expect(last?.results.daysOfFire).toBeCloseTo((last?.results.totalShells as number) / 10_100, 0);
    // And nothing more comes of them.
    publishCurrentSampling();
    expect(resultsPosts()).toHaveLength(101);
  });

  it('answers sets as their samplings come in, stale samplings answering none', () => {
    actions().loadQuery('?embed=1&containers=6700..13000');
    start();
    publishCurrentSampling();
    fromParent({ type: 'shell-count:set', params: { daily: '20000' } });
    const stale = { inputs: state().inputs, ranges: state().ranges };
    fromParent({ type: 'shell-count:set', params: { daily: '30000' } });
    actions().publishSampled('page', {
      key: samplingKey(stale.inputs, stale.ranges),
      results: sampleResults(stale.inputs, stale.ranges),
    });
    expect(resultsPosts()).toHaveLength(1);
    publishCurrentSampling();
    expect(resultsPosts()).toHaveLength(3);
    fromParent({ type: 'shell-count:set', params: { containers: '5000..9000' } });
    publishCurrentSampling();
    expect(resultsPosts()).toHaveLength(4);
  });

  it('answers each of 100 exact sets at once', () => {
    start();
    parent.postMessage.mockClear();
    for (let containers = 1; containers <= 100; containers += 1) {
      fromParent({ type: 'shell-count:set', params: { containers: String(containers) } });
    }
    expect(resultsPosts().map((message) => message.results.totalShells)).toStrictEqual(
      Array.from({ length: 100 }, (_, index) => (index + 1) * 448),
    );
  });
});

describe('startEmbedBridge: the article’s language and the frame’s title', () => {
  it('tells its title in the language on screen at start, and again when it changes', async () => {
    const language = startLanguageSync([]);
    try {
      await language.ready;
      start();
      expect(titlePosts()).toStrictEqual([
        { type: 'shell-count:title', title: EN_TITLE, lang: 'en' },
      ]);
      fromParent({ type: 'shell-count:article', lang: 'ko-KR' });
      await vi.waitFor(() => {
        expect(titlePosts()).toHaveLength(2);
      });
      expect(titlePosts()[1]).toMatchObject({
        lang: 'ko',
        title: expect.stringMatching(/^셸 카운트/) as unknown,
      });
      expect(state().lang).toBeNull();
    } finally {
      language.stop();
    }
  });

  it('follows the article only from its parent, and only with a language tag', () => {
    start();
    fromParent({ type: 'shell-count:article', lang: 'uk' }, { postMessage: vi.fn() });
    fromParent({ type: 'shell-count:article', lang: '<b>ko</b>' });
    fromParent({ type: 'shell-count:article', lang: 42 });
    expect(state().articleLang).toBeNull();
    fromParent({ type: 'shell-count:article', lang: 'uk-UA' });
    expect(state().articleLang).toBe('uk-UA');
  });
});

describe('startEmbedBridge: what the results are', () => {
  it('carries the schema version, the preset, the review date and the language', () => {
    start();
    expect(resultsPosts()[0]?.meta).toStrictEqual({
      v: SCHEMA_VERSION,
      scenario: 'shin-2024-02',
      factsReviewed: FACTS_REVIEWED,
      lang: 'en',
    });
  });

  it('names no preset once an input differs from it, and the new one after a set', () => {
    start();
    actions().typeInput('containers', '7000');
    expect(resultsPosts().at(-1)?.meta.scenario).toBeNull();
    fromParent({ type: 'shell-count:set', params: { scenario: 'shin-2024-06' } });
    expect(resultsPosts().at(-1)?.meta.scenario).toBe('shin-2024-06');
    // A range the preset does not have is a change too.
    fromParent({ type: 'shell-count:set', params: { daily: '8000..12000' } });
    publishCurrentSampling();
    expect(resultsPosts().at(-1)?.meta.scenario).toBeNull();
  });

  it('answers a set that changes the language once, in the new language', async () => {
    const language = startLanguageSync([]);
    try {
      await language.ready;
      start();
      parent.postMessage.mockClear();
      fromParent({ type: 'shell-count:set', params: { lang: 'ko', containers: '10000' } });
      // The words of the new language are loading: the answer waits for them.
      expect(resultsPosts()).toHaveLength(0);
      await vi.waitFor(() => {
        expect(resultsPosts()).toHaveLength(1);
      });
      expect(resultsPosts()[0]?.meta.lang).toBe('ko');
      expect(resultsPosts()[0]?.results.totalShells).toBe(4_480_000);
      // Settled in Korean, it says nothing more.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(resultsPosts()).toHaveLength(1);
    } finally {
      language.stop();
    }
  });
});

describe('startEmbedBridge: robustness', () => {
  it('never throws out of its handlers when posting throws', () => {
    const addEventListener = vi.spyOn(window, 'addEventListener');
    parent.postMessage.mockImplementation(() => {
      throw new DOMException('detached', 'InvalidStateError');
    });
    expect(start).not.toThrow();
    const onMessage = addEventListener.mock.calls.find(([type]) => type === 'message')?.[1] as
      ((event: MessageEvent) => void) | undefined;
    expect(onMessage).toBeDefined();
    const event = new MessageEvent('message', {
      data: { type: 'shell-count:set', params: { containers: '10000' } },
      source: parent as unknown as Window,
    });
    expect(() => onMessage?.(event)).not.toThrow();
    expect(state().inputs.containers).toBe(10_000);
    contentHeight = 500;
    expect(resize).not.toThrow();
    expect(() => {
      useStore.getState().actions.typeInput('containers', '20000');
    }).not.toThrow();
    expect(parent.postMessage).toHaveBeenCalled();
  });

  it('posts each message on its own: one that throws does not stop the next', () => {
    parent.postMessage.mockImplementationOnce(() => {
      throw new DOMException('could not clone', 'DataCloneError');
    });
    start();
    // Three heights, the results and the title.
    expect(parent.postMessage).toHaveBeenCalledTimes(5);
    expect(resultsPosts()).toHaveLength(1);
  });

  it('never throws when measuring throws', () => {
    measure.mockImplementation(() => {
      throw new Error('layout');
    });
    expect(start).not.toThrow();
    expect(resize).not.toThrow();
    expect(resultsPosts()).toHaveLength(1);
  });

  it('does nothing in a top-level window', () => {
    setParent(window);
    const postMessage = vi.spyOn(window, 'postMessage');
    start();
    useStore.getState().actions.typeInput('containers', '10000');
    expect(postMessage).not.toHaveBeenCalled();
    expect(FakeResizeObserver.instances).toHaveLength(0);
  });

  it('is silent once stopped', () => {
    start();
    stop?.();
    stop = undefined;
    parent.postMessage.mockClear();
    contentHeight = 400;
    resize();
    useStore.getState().actions.typeInput('containers', '10000');
    fromParent({ type: 'shell-count:set', params: { containers: '20000' } });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(posts()).toStrictEqual([]);
    expect(state().inputs.containers).toBe(10_000);
    expect(FakeResizeObserver.instances[0]?.disconnected).toBe(true);
  });
});
