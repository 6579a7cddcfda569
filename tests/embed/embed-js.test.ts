/**
 * Invariants (CONTRACT §5): the host-page script `public/embed.js` sets an iframe's height only for
 * an iframe marked `data-shell-count`, only from the window that iframe holds, only for the three
 * height shapes with a finite height from 100 to 10,000, and touches nothing else: no HTML is ever
 * injected, whatever a message says. It stays small, and including it twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// `import.meta.url` is not a file: URL under jsdom; `import.meta.dirname` is the test's folder.
const SOURCE = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');

/** Runs the script as a page's `<script>` would, in jsdom's window (tests only). */
function runScript(): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test loads the real file
  const run = new Function(SOURCE) as () => void;
  run();
}

const FALLBACK = '900px';

function addFrame(marked = true): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.title = 'Shell Count';
  iframe.src = 'about:blank';
  iframe.style.height = FALLBACK;
  if (marked) iframe.setAttribute('data-shell-count', '');
  document.body.append(iframe);
  return iframe;
}

function send(data: unknown, source: Window | null): void {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
}

const ours = (height: unknown) => ({ type: 'shell-count:height', height });
const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });
const embedly = (height: unknown) =>
  JSON.stringify({ src: 'https://example.org/?embed=1', context: 'iframe.resize', height });

beforeAll(() => {
  runScript();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('public/embed.js: title and paper', () => {
  it('names the frame from its own title message, and only from it', () => {
    const iframe = addFrame();
    const other = addFrame();
    send({ type: 'shell-count:title', title: '셸 카운트', lang: 'ko' }, iframe.contentWindow);
    expect(iframe.title).toBe('셸 카운트');
    expect(other.title).toBe('Shell Count');
    send({ type: 'shell-count:title', title: '<b>x</b>'.repeat(100) }, iframe.contentWindow);
    send({ type: 'shell-count:title', title: 42 }, iframe.contentWindow);
    send({ type: 'shell-count:title', title: '' }, iframe.contentWindow);
    expect(iframe.title).toBe('셸 카운트');
    expect(iframe.children).toHaveLength(0);
  });

  it('gives a frame its height on paper while the article prints, then its own back', () => {
    const iframe = addFrame();
    send(ours(1400), iframe.contentWindow);
    send({ type: 'shell-count:print-height', height: 620.2 }, iframe.contentWindow);
    window.dispatchEvent(new Event('beforeprint'));
    expect(iframe.style.height).toBe('621px');
    // A height sent while printing waits for the end of it.
    send(ours(1500), iframe.contentWindow);
    expect(iframe.style.height).toBe('621px');
    window.dispatchEvent(new Event('afterprint'));
    expect(iframe.style.height).toBe('1500px');
  });

  it('leaves a frame that told no height on paper as it is, and takes none out of range', () => {
    const iframe = addFrame();
    send({ type: 'shell-count:print-height', height: 50 }, iframe.contentWindow);
    send({ type: 'shell-count:print-height', height: Number.NaN }, iframe.contentWindow);
    window.dispatchEvent(new Event('beforeprint'));
    expect(iframe.style.height).toBe(FALLBACK);
    window.dispatchEvent(new Event('afterprint'));
    expect(iframe.style.height).toBe(FALLBACK);
  });
});

describe('public/embed.js', () => {
  it('is small, strict, and never evals or writes HTML', () => {
    // What a reader downloads: under 2 kB compressed, its comments included.
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThan(2_048);
    expect(SOURCE).toContain("'use strict'");
    const code = SOURCE.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(
      /\beval\b|innerHTML|outerHTML|insertAdjacent|document\.write|Function\(/,
    );
  });

  it.each([
    ['our message', ours(640)],
    ['AMP’s message', amp(640)],
    ['Embedly’s string', embedly(640)],
  ])('sets the height from %s', (_, data) => {
    const iframe = addFrame();
    send(data, iframe.contentWindow);
    expect(iframe.style.height).toBe('640px');
  });

  it('rounds the height up', () => {
    const iframe = addFrame();
    send(ours(640.2), iframe.contentWindow);
    expect(iframe.style.height).toBe('641px');
  });

  it('sets only the iframe whose window sent the message', () => {
    const first = addFrame();
    const second = addFrame();
    send(ours(640), second.contentWindow);
    expect(first.style.height).toBe(FALLBACK);
    expect(second.style.height).toBe('640px');
  });

  it('finds an iframe added after the script loaded', () => {
    // Every test's iframes are added after beforeAll; this one also after a first message.
    send(ours(640), addFrame().contentWindow);
    const late = addFrame();
    send(ours(700), late.contentWindow);
    expect(late.style.height).toBe('700px');
  });

  it('ignores an iframe without data-shell-count', () => {
    const unmarked = addFrame(false);
    send(ours(640), unmarked.contentWindow);
    expect(unmarked.style.height).toBe(FALLBACK);
  });

  it.each<[string, () => Window | null]>([
    ['the host window itself', () => window],
    ['no source', () => null],
    ['an unmarked iframe', () => addFrame(false).contentWindow],
  ])('ignores a message from %s', (_, source) => {
    const iframe = addFrame();
    send(ours(640), source());
    send(amp(640), source());
    send(embedly(640), source());
    expect(iframe.style.height).toBe(FALLBACK);
  });

  it.each([100, 10_000, 5_000.5])('accepts the height %d', (height) => {
    const iframe = addFrame();
    send(ours(height), iframe.contentWindow);
    expect(iframe.style.height).toBe(`${Math.ceil(height)}px`);
  });

  it.each<[string, unknown]>([
    ['99', 99],
    ['99.9', 99.9],
    ['10001', 10_001],
    ['10000.5', 10_000.5],
    ['-5', -5],
    ['0', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ["the string '500'", '500'],
    ["the string '500px'", '500px'],
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['an array', [500]],
    ['an object', { valueOf: () => 500 }],
  ])('refuses the height %s in every shape', (_, height) => {
    const iframe = addFrame();
    send(ours(height), iframe.contentWindow);
    send(amp(height), iframe.contentWindow);
    send(embedly(height), iframe.contentWindow);
    expect(iframe.style.height).toBe(FALLBACK);
  });

  it.each<[string, unknown]>([
    ['another type', { type: 'shell-count:results', height: 640 }],
    ['AMP’s type without its sentinel', { type: 'embed-size', height: 640 }],
    ['AMP’s sentinel with another type', { sentinel: 'amp', type: 'embed-ready', height: 640 }],
    ['a bare height', { height: 640 }],
    ['a bare number', 640],
    ['an array', [ours(640)]],
    ['another context', JSON.stringify({ context: 'iframe.ready', height: 640 })],
    ['a string without context', JSON.stringify({ height: 640 })],
    ['JSON of our object', JSON.stringify(ours(640))],
    ['a string not starting with {', ` ${embedly(640)}`],
    ['invalid JSON', '{"context":"iframe.resize","height":640'],
    ['JSON null', 'null'],
    ['a JSON array', `[${embedly(640)}]`],
    [
      'a string over 10,000 characters',
      embedly(640).replace('{', `{"pad":"${'x'.repeat(10_000)}",`),
    ],
  ])('refuses %s', (_, data) => {
    const iframe = addFrame();
    send(data, iframe.contentWindow);
    expect(iframe.style.height).toBe(FALLBACK);
  });

  it('accepts an Embedly string just under the size limit', () => {
    const iframe = addFrame();
    const base = embedly(640);
    const padded = base.replace('{', `{"pad":"${'x'.repeat(10_000 - base.length - 10)}",`);
    expect(padded.length).toBeLessThanOrEqual(10_000);
    send(padded, iframe.contentWindow);
    expect(iframe.style.height).toBe('640px');
  });

  it('injects nothing from a message, and changes nothing but the height', () => {
    const iframe = addFrame();
    const before = iframe.outerHTML;
    const payload = '<img src=x onerror="window.__pwned=1">';
    send(payload, iframe.contentWindow);
    send(`{${payload}}`, iframe.contentWindow);
    send({ ...ours(640), html: payload, src: payload, style: payload }, iframe.contentWindow);
    send(
      JSON.stringify({ context: 'iframe.resize', height: 700, src: payload }),
      iframe.contentWindow,
    );
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(Reflect.get(window, '__pwned')).toBeUndefined();
    expect(iframe.outerHTML).toBe(before.replace(`height: ${FALLBACK}`, 'height: 700px'));
    expect(iframe.src).toBe('about:blank');
  });

  it('never throws into the host page, even for data whose getters throw', () => {
    const iframe = addFrame();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
    };
    window.addEventListener('error', onError);
    const hostile = {};
    Object.defineProperty(hostile, 'type', {
      get: () => {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    send(hostile, iframe.contentWindow);
    send(proxy, iframe.contentWindow);
    send('{"context":"iframe.resize","height":640', iframe.contentWindow);
    window.removeEventListener('error', onError);
    expect(errors).toStrictEqual([]);
    expect(iframe.style.height).toBe(FALLBACK);
  });

  it('listens once when included twice', () => {
    const addEventListener = vi.spyOn(window, 'addEventListener');
    runScript();
    expect(addEventListener).not.toHaveBeenCalled();
    const iframe = addFrame();
    const style = vi.spyOn(iframe.style, 'height', 'set');
    send(ours(640), iframe.contentWindow);
    expect(style).toHaveBeenCalledTimes(1);
  });
});
