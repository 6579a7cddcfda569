/**
 * Invariants (CONTRACT §5): the embed posts exactly the three height shapes, rounded up; its
 * results message carries exactly the ten result keys of CONTRACT §1 with the values the page
 * writes in `data-value`, leaves out what cannot be computed and never carries NaN or Infinity;
 * a host's set message is taken only when it is plain data with URL-like values, and reading it
 * never throws; a host's height request is known only as plain data; and the query it leads to keeps the embed an embed and follows the URL's rules
 * for `scenario`.
 */
import {
  applySetParams,
  heightMessages,
  isHeightRequest,
  MESSAGE_RESULT_KEYS,
  readSetMessage,
  resultsMessage,
  sameMessage,
  readArticleMessage,
  type ResultsMeta,
} from '../../src/embed/messages';
import { articleLangOf } from '../../src/embed/article-lang';
import { computeResults, type Results } from '../../src/model/results';
import { fail, ok } from '../../src/model/reason';
import { parseQuery } from '../../src/url/query';
import { CONTRACT_DEFAULTS, CONTRACT_RESULT_KEYS } from '../contract-defaults';

const META: ResultsMeta = {
  v: 2,
  scenario: 'shin-2024-02',
  factsReviewed: '2026-12-05',
  lang: 'en',
};

describe(heightMessages, () => {
  it('gives our message, AMP’s and Embedly’s string, in that order', () => {
    expect(heightMessages(812, 'https://example.org/?embed=1')).toStrictEqual([
      { type: 'shell-count:height', height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      '{"src":"https://example.org/?embed=1","context":"iframe.resize","height":812}',
    ]);
  });

  it.each([
    [812.01, 813],
    [812.5, 813],
    [812.99, 813],
    [100, 100],
  ])('rounds %d up to %d in all three', (height, rounded) => {
    const [ours, amp, embedly] = heightMessages(height, 'about:blank');
    expect(ours.height).toBe(rounded);
    expect(amp.height).toBe(rounded);
    expect(JSON.parse(embedly)).toStrictEqual({
      src: 'about:blank',
      context: 'iframe.resize',
      height: rounded,
    });
  });

  it('escapes the address in the JSON string', () => {
    const href = 'https://example.org/?embed=1&x="}<img>';
    const [, , embedly] = heightMessages(500, href);
    expect((JSON.parse(embedly) as { src: string }).src).toBe(href);
  });
});

describe(resultsMessage, () => {
  it('carries exactly the result keys of CONTRACT §1, in order', () => {
    expect(MESSAGE_RESULT_KEYS).toStrictEqual(CONTRACT_RESULT_KEYS);
    const message = resultsMessage(computeResults(CONTRACT_DEFAULTS), META);
    expect(message.type).toBe('shell-count:results');
    expect(Object.keys(message.results)).toStrictEqual(CONTRACT_RESULT_KEYS);
    expect(Object.keys(message)).toStrictEqual(['type', 'results', 'meta']);
    expect(message.meta).toStrictEqual(META);
    expect(message.meta).not.toBe(META);
  });

  it('gives the worked example of CONTRACT §1 as the values data-value writes', () => {
    const { results } = resultsMessage(computeResults(CONTRACT_DEFAULTS), META);
    expect(results).toMatchObject({
      totalShells: 3_001_600,
      daysOfFire: 300.16,
      deliveryDays: 166,
      lastsUntil: '2024-07-09',
      massPerContainerKg: 19_514.88,
      plausible: true,
      euMultiple: 3.0016,
    });
    expect(results.monthsOfFire).toBeCloseTo(9.862, 3);
    // data-value is String(exact): the message's value must print the same.
    const exact = computeResults(CONTRACT_DEFAULTS);
    expect(String(results.monthsOfFire)).toBe(String(exact.monthsOfFire));
    expect(String(results.deliveredPerDay)).toBe(String(3_001_600 / 166));
    expect(String(results.dailyCoverage)).toBe(String((3_001_600 / 166 / 10_000) * 100));
  });

  it('gives plausible false as a boolean, not a string', () => {
    const { results } = resultsMessage(
      computeResults({ ...CONTRACT_DEFAULTS, shellKg: 100 }),
      META,
    );
    expect(results.plausible).toBe(false);
  });

  it('leaves out the results that cannot be computed', () => {
    const results = computeResults({ ...CONTRACT_DEFAULTS, end: CONTRACT_DEFAULTS.start });
    expect(results.deliveryDays.ok).toBe(false);
    const message = resultsMessage(results, META);
    expect(Object.keys(message.results)).toStrictEqual([
      'totalShells',
      'daysOfFire',
      'monthsOfFire',
      'massPerContainerKg',
      'plausible',
      'euMultiple',
      'totalRockets',
    ]);
  });

  it('never carries NaN, Infinity or -0', () => {
    const broken: Results = {
      totalShells: Number.NaN,
      totalRockets: Number.NaN,
      daysOfFire: Number.POSITIVE_INFINITY,
      monthsOfFire: Number.NEGATIVE_INFINITY,
      deliveryDays: ok(Number.NaN),
      deliveredPerDay: ok(-0),
      dailyCoverage: fail({ kind: 'not-a-number' }),
      lastsUntil: ok('2024-07-09'),
      massPerContainerKg: 1,
      plausible: false,
      euMultiple: -0,
      containersReturned: 5,
    };
    const { results } = resultsMessage(broken, META);
    expect(results).toStrictEqual({
      deliveredPerDay: 0,
      lastsUntil: '2024-07-09',
      massPerContainerKg: 1,
      plausible: false,
      euMultiple: 0,
    });
    expect(Object.is(results.euMultiple, 0)).toBe(true);
    expect(Object.is(results.deliveredPerDay, 0)).toBe(true);
  });
});

describe(sameMessage, () => {
  const base = resultsMessage(computeResults(CONTRACT_DEFAULTS), META);

  it('is true for equal results', () => {
    expect(sameMessage(base, resultsMessage(computeResults({ ...CONTRACT_DEFAULTS }), META))).toBe(
      true,
    );
  });

  it('is false when a value differs', () => {
    const other = resultsMessage(computeResults({ ...CONTRACT_DEFAULTS, containers: 6701 }), META);
    expect(sameMessage(base, other)).toBe(false);
  });

  it.each<[string, Partial<ResultsMeta>]>([
    ['the version', { v: 3 }],
    ['the scenario', { scenario: null }],
    ['the review date', { factsReviewed: '2027-01-01' }],
    ['the language', { lang: 'ko' }],
  ])('is false when %s differs', (_, change) => {
    const other = resultsMessage(computeResults(CONTRACT_DEFAULTS), { ...META, ...change });
    expect(sameMessage(base, other)).toBe(false);
  });

  it('is false when a key is missing on one side', () => {
    const other = resultsMessage(
      computeResults({ ...CONTRACT_DEFAULTS, end: CONTRACT_DEFAULTS.start }),
      META,
    );
    expect(sameMessage(base, other)).toBe(false);
    expect(sameMessage(other, base)).toBe(false);
  });
});

describe(readArticleMessage, () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko-KR'],
    [' uk-UA ', 'uk-UA'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
  ])('takes the language tag %j', (lang, tag) => {
    expect(readArticleMessage({ type: 'shell-count:article', lang })).toBe(tag);
  });

  it.each<[string, unknown]>([
    ['no language', { type: 'shell-count:article' }],
    ['an empty one', { type: 'shell-count:article', lang: '' }],
    ['markup', { type: 'shell-count:article', lang: '<b>ko</b>' }],
    ['a number', { type: 'shell-count:article', lang: 42 }],
    ['a very long tag', { type: 'shell-count:article', lang: `ko${'-abcdefgh'.repeat(5)}` }],
    ['another type', { type: 'shell-count:set', lang: 'ko' }],
    ['a string', 'shell-count:article'],
    ['null', null],
  ])('refuses %s', (_, data) => {
    expect(readArticleMessage(data)).toBeNull();
  });

  it('calls no getter and never throws', () => {
    const getter = vi.fn(() => 'ko');
    const data = { type: 'shell-count:article' };
    Object.defineProperty(data, 'lang', { get: getter, enumerable: true });
    expect(readArticleMessage(data)).toBeNull();
    expect(getter).not.toHaveBeenCalled();
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    expect(readArticleMessage(hostile)).toBeNull();
  });
});

describe(articleLangOf, () => {
  it.each([
    ['#article-lang=ko-KR', 'ko-KR'],
    ['#x=1&article-lang=uk', 'uk'],
    ['article-lang=en', 'en'],
    ['', null],
    ['#article-lang=', null],
    ['#article-lang=%3Cb%3E', null],
    ['#lang=ko', null],
  ])('reads %j as %j', (hash, tag) => {
    expect(articleLangOf(hash)).toBe(tag);
  });
});

/** A class instance: data, but not a plain object. */
class Message {
  readonly kind = 'message';
}

describe(readSetMessage, () => {
  it('accepts string values as they are', () => {
    expect(
      readSetMessage({
        type: 'shell-count:set',
        params: { containers: '10000', start: '2023-09-13', daily: '6700..13000' },
      }),
    ).toStrictEqual({
      type: 'shell-count:set',
      params: Object.assign(Object.create(null) as object, {
        containers: '10000',
        start: '2023-09-13',
        daily: '6700..13000',
      }),
    });
  });

  it('writes finite numbers as String() does', () => {
    const read = readSetMessage({
      type: 'shell-count:set',
      params: { containers: 10_000, shellKg: 43.56, daily: 1e21, share: -0 },
    });
    expect({ ...read?.params }).toStrictEqual({
      containers: '10000',
      shellKg: '43.56',
      daily: '1e+21',
      share: '0',
    });
  });

  it('accepts an empty params, a null-prototype message and other keys beside type', () => {
    const bare = Object.assign(Object.create(null) as object, {
      type: 'shell-count:set',
      params: Object.assign(Object.create(null) as object, { share: '50' }),
      id: 7,
    });
    expect({ ...readSetMessage(bare)?.params }).toStrictEqual({ share: '50' });
    expect({ ...readSetMessage({ type: 'shell-count:set', params: {} })?.params }).toStrictEqual(
      {},
    );
  });

  it('keeps __proto__ as an ordinary key, without touching any prototype', () => {
    const data: unknown = JSON.parse('{"type":"shell-count:set","params":{"__proto__":"x"}}');
    const read = readSetMessage(data);
    expect(read).not.toBeNull();
    expect(Object.getPrototypeOf(read?.params)).toBeNull();
    expect(Object.keys(read?.params ?? {})).toStrictEqual(['__proto__']);
    expect(read?.params.__proto__).toBe('x');
  });

  it('takes 40 keys and 2,000 characters, the limits', () => {
    const params = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`k${index}`, 'x'.repeat(2_000)]),
    );
    expect(
      Object.keys(readSetMessage({ type: 'shell-count:set', params })?.params ?? {}),
    ).toHaveLength(40);
  });

  const set = (params: unknown) => ({ type: 'shell-count:set', params });
  const manyKeys = Object.fromEntries(Array.from({ length: 41 }, (_, index) => [`k${index}`, '1']));
  const hugeKeys = Object.fromEntries(
    Array.from({ length: 100_000 }, (_, index) => [`k${index}`, '1']),
  );
  const cyclic: Record<string, unknown> = { type: 'shell-count:set' };
  cyclic.params = cyclic;
  const cyclicParams: Record<string, unknown> = { containers: '1' };
  cyclicParams.self = cyclicParams;

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'shell-count:set'],
    ['a JSON string', JSON.stringify(set({ containers: '1' }))],
    ['a number', 42],
    ['an array', [set({ containers: '1' })]],
    ['a function', Object.assign(() => undefined, set({ containers: '1' }))],
    ['a class instance', Object.assign(new Message(), set({ containers: '1' }))],
    ['a Date', Object.assign(new Date(), set({}))],
    ['a wrong type', { type: 'shell-count:results', params: { containers: '1' } }],
    ['a type of another case', { type: 'Shell-Count:Set', params: { containers: '1' } }],
    ['a missing type', { params: { containers: '1' } }],
    ['missing params', { type: 'shell-count:set' }],
    ['null params', set(null)],
    ['string params', set('containers=1')],
    ['params an array', set(['1'])],
    ['params a Map', set(new Map([['containers', '1']]))],
    ['a nested object', set({ containers: { value: '1' } })],
    ['a nested array', set({ containers: ['1'] })],
    ['a null value', set({ containers: null })],
    ['an undefined value', set({ containers: undefined })],
    ['a function value', set({ containers: () => '1' })],
    ['a symbol value', set({ containers: Symbol('1') })],
    ['a bigint value', set({ containers: 1n })],
    ['a boolean value', set({ embed: true })],
    ['a false value', set({ plausible: false })],
    ['a NaN value', set({ containers: Number.NaN })],
    ['an Infinity value', set({ containers: Number.POSITIVE_INFINITY })],
    ['a -Infinity value', set({ containers: Number.NEGATIVE_INFINITY })],
    ['a symbol key', set({ containers: '1', [Symbol('k')]: '1' })],
    ['a too-long key', set({ ['k'.repeat(101)]: '1' })],
    ['41 keys', set(manyKeys)],
    ['100,000 keys', set(hugeKeys)],
    ['a too-long value', set({ containers: '1'.repeat(2_001) })],
    ['a cyclic message', cyclic],
    ['cyclic params', set(cyclicParams)],
  ])('refuses %s', (_, data) => {
    expect(readSetMessage(data)).toBeNull();
  });

  it('refuses getters without calling them, and does not throw when they would', () => {
    const getter = vi.fn(() => {
      throw new Error('getter');
    });
    const params = {};
    Object.defineProperty(params, 'containers', { get: getter, enumerable: true });
    const onType = {};
    Object.defineProperty(onType, 'type', { get: getter, enumerable: true });
    Object.defineProperty(onType, 'params', { value: {}, enumerable: true });
    const onParams = { type: 'shell-count:set' };
    Object.defineProperty(onParams, 'params', { get: getter, enumerable: true });
    expect(readSetMessage(set(params))).toBeNull();
    expect(readSetMessage(onType)).toBeNull();
    expect(readSetMessage(onParams)).toBeNull();
    expect(getter).not.toHaveBeenCalled();
  });

  it('refuses a non-enumerable property', () => {
    const params = { share: '1' };
    Object.defineProperty(params, 'containers', { value: '1', enumerable: false });
    expect(readSetMessage(set(params))).toBeNull();
  });

  // Which traps reading uses: the message's prototype and descriptors; params' keys too. Another
  // trap (`get`, `has`) is never used, so a Proxy that throws only there reads as its plain data.
  it.each([
    { trap: 'getPrototypeOf', message: 'refused', params: 'refused' },
    { trap: 'getOwnPropertyDescriptor', message: 'refused', params: 'refused' },
    { trap: 'ownKeys', message: 'read', params: 'refused' },
    { trap: 'get', message: 'read', params: 'read' },
    { trap: 'has', message: 'read', params: 'read' },
  ] as const)('does not throw for a Proxy whose $trap trap throws', ({ trap, ...expected }) => {
    const handler: ProxyHandler<object> = {
      [trap]: () => {
        throw new Error(trap);
      },
    };
    const asMessage = new Proxy({ type: 'shell-count:set', params: { containers: '1' } }, handler);
    const asParams = set(new Proxy({ containers: '1' }, handler));
    const outcome = (data: unknown) => {
      try {
        return readSetMessage(data) === null ? 'refused' : 'read';
      } catch {
        return 'threw';
      }
    };
    expect({ message: outcome(asMessage), params: outcome(asParams) }).toStrictEqual(expected);
  });
});

describe(isHeightRequest, () => {
  it.each<[string, unknown]>([
    ['the request', { type: 'shell-count:get-height' }],
    ['the request with other keys', { type: 'shell-count:get-height', height: 5 }],
    [
      'the request with a null prototype',
      Object.assign(Object.create(null), {
        type: 'shell-count:get-height',
      }),
    ],
  ])('takes %s', (_, data) => {
    expect(isHeightRequest(data)).toBe(true);
  });

  const getter = {};
  Object.defineProperty(getter, 'type', {
    enumerable: true,
    get: () => 'shell-count:get-height',
  });
  it.each<[string, unknown]>([
    ['the type as a string', 'shell-count:get-height'],
    ['its JSON', JSON.stringify({ type: 'shell-count:get-height' })],
    ['another type', { type: 'shell-count:height' }],
    ['an array', [{ type: 'shell-count:get-height' }]],
    ['a getter', getter],
    ['an inherited type', Object.create({ type: 'shell-count:get-height' })],
    [
      'a Proxy that throws',
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('trap');
          },
        },
      ),
    ],
    ['null', null],
    ['undefined', undefined],
  ])('refuses %s, without throwing', (_, data) => {
    expect(isHeightRequest(data)).toBe(false);
  });
});

describe(applySetParams, () => {
  const params = (entries: Record<string, string>) =>
    Object.assign(Object.create(null) as Record<string, string>, entries);

  it('overrides the current parameters and keeps the rest', () => {
    expect(
      applySetParams(
        '?v=1&containers=10000&theme=dark&embed=1',
        params({ containers: '12000', daily: '20000' }),
      ),
    ).toBe('?v=1&containers=12000&theme=dark&daily=20000&embed=1');
  });

  it('keeps the current scenario when the host names none', () => {
    const { state } = parseQuery(
      applySetParams('?v=1&scenario=shin-2024-06&embed=1', params({ containers: '5000' })),
    );
    expect(state.scenarioId).toBe('shin-2024-06');
    expect(state.inputs.containers).toBe(5000);
    expect(state.inputs.perContainer).toBe(480);
  });

  it('with a scenario, keeps only the view and applies the preset’s values', () => {
    const query = applySetParams(
      '?v=1&containers=12345&perContainer=300&lang=ko&theme=dark&embed=1',
      params({ scenario: 'shin-2024-06', daily: '20000' }),
    );
    expect(query).toBe('?v=1&lang=ko&theme=dark&scenario=shin-2024-06&daily=20000&embed=1');
    const { state, notices } = parseQuery(query);
    expect(state).toMatchObject({
      scenarioId: 'shin-2024-06',
      lang: 'ko',
      theme: 'dark',
      embed: true,
    });
    expect(state.inputs).toMatchObject({ containers: 10_000, perContainer: 480, daily: 20_000 });
    expect(notices).toStrictEqual([]);
  });

  it('lets the host change the language and theme', () => {
    expect(applySetParams('?v=1&lang=ko&embed=1', params({ lang: 'uk', theme: 'light' }))).toBe(
      '?v=1&lang=uk&theme=light&embed=1',
    );
  });

  it.each(['0', '', 'abc', '1'])('keeps embed=1 when the host sends embed=%j', (embed) => {
    const query = applySetParams('?v=1&embed=1', params({ embed }));
    expect(query).toBe('?v=1&embed=1');
    expect(parseQuery(query)).toMatchObject({ state: { embed: true }, notices: [] });
  });

  it('adds embed=1 even when the current query has none', () => {
    expect(applySetParams('', params({}))).toBe('?embed=1');
    expect(applySetParams('', params({ scenario: 'shin-2024-06', embed: '0' }))).toBe(
      '?scenario=shin-2024-06&embed=1',
    );
  });

  it('leaves validation to parseQuery: clamped, malformed and unknown parameters give its notices', () => {
    const query = applySetParams(
      '?v=1&embed=1',
      params({ share: '120', daily: 'abc', foo: '1', ['__proto__']: 'x' }),
    );
    const { state, notices } = parseQuery(query);
    expect(state.inputs.share).toBe(100);
    expect(state.inputs.daily).toBe(10_000);
    expect(notices).toStrictEqual(
      expect.arrayContaining([
        { kind: 'unknown-key', key: 'foo' },
        { kind: 'unknown-key', key: '__proto__' },
        { kind: 'clamped', key: 'share', raw: '120', used: 100, bound: 'max' },
        { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 },
      ]),
    );
    expect(notices).toHaveLength(4);
  });

  it('encodes values so that they cannot add parameters', () => {
    const query = applySetParams('?v=1&embed=1', params({ containers: '1&embed=0&daily=5' }));
    const { state, notices } = parseQuery(query);
    expect(state.embed).toBe(true);
    expect(state.inputs.daily).toBe(10_000);
    expect(notices).toStrictEqual([
      { kind: 'not-a-number', key: 'containers', raw: '1&embed=0&daily=5', used: 6700 },
    ]);
  });
});
