/**
 * The embed code the page offers (CONTRACT §5): an iframe with title, lazy loading, full width, a
 * fallback height and `data-shell-count`, then the script that sizes it; every attribute escaped,
 * and the addresses right when the app lives in a subfolder.
 */
import {
  appBaseOf,
  EMBED_HEIGHT,
  EMBED_TITLE,
  embedHeight,
  embedSnippet,
  embedSource,
  escapeAttribute,
  pageAddressOf,
} from '../../src/features/share/embed-code';

describe('embedSnippet', () => {
  it('writes exactly the contract’s iframe and script for a known input', () => {
    expect(
      embedSnippet({
        appBase: 'https://news.example/graphics/shell-count/',
        search: '?v=1&scenario=shin-2024-06&embed=1',
        height: 1000,
      }),
    ).toBe(
      '<iframe src="https://news.example/graphics/shell-count/?v=1&amp;scenario=shin-2024-06&amp;embed=1" ' +
        'title="Shell Count: North Korean shells sent to Russia, in months of Russian fire" ' +
        'loading="lazy" width="100%" height="1000" frameborder="0" data-shell-count></iframe>\n' +
        '<script src="https://news.example/graphics/shell-count/embed.js" async></script>',
    );
  });

  it('has the title the contract names', () => {
    expect(EMBED_TITLE).toBe(
      'Shell Count: North Korean shells sent to Russia, in months of Russian fire',
    );
  });

  it('escapes &, ", < and > in every attribute value', () => {
    const snippet = embedSnippet({
      appBase: 'https://a.example/x"y<z>&/',
      search: '?v=1&embed=1&q="><script>',
      height: 500,
    });
    expect(snippet).toContain(
      'src="https://a.example/x&quot;y&lt;z&gt;&amp;/?v=1&amp;embed=1&amp;q=&quot;&gt;&lt;script&gt;"',
    );
    expect(snippet).toContain(
      '<script src="https://a.example/x&quot;y&lt;z&gt;&amp;/embed.js" async>',
    );
    // Exactly two tags open and two close: nothing in a value can start another.
    expect(snippet.match(/</g)).toHaveLength(4);
    expect(snippet.match(/>/g)).toHaveLength(4);
    expect(snippet.match(/"/g)).toHaveLength(14);
  });

  it('serves the script from the app’s folder, at the root as in a subfolder', () => {
    const root = embedSnippet({
      appBase: 'https://a.example/',
      search: '?v=1&embed=1',
      height: 900,
    });
    expect(root).toContain('<iframe src="https://a.example/?v=1&amp;embed=1"');
    expect(root).toContain('<script src="https://a.example/embed.js" async></script>');
    const deep = embedSnippet({
      appBase: 'https://a.example/graphics/2025/shell-count/',
      search: '?v=1&embed=1',
      height: 900,
    });
    expect(deep).toContain(
      '<iframe src="https://a.example/graphics/2025/shell-count/?v=1&amp;embed=1"',
    );
    expect(deep).toContain('src="https://a.example/graphics/2025/shell-count/embed.js"');
  });

  it('writes its size in attributes, the height whole and within 300 to 3,000, and no style', () => {
    const height = (value: number) => {
      const code = embedSnippet({ appBase: 'https://a.example/', search: '', height: value });
      expect(code).not.toContain('style=');
      expect(code).toContain(' width="100%" ');
      return /height="([^"]*)"/.exec(code)?.[1];
    };
    expect(height(1000)).toBe('1000');
    expect(height(1234)).toBe('1234');
    expect(height(300)).toBe('300');
    expect(height(3000)).toBe('3000');
    expect(height(1200.6)).toBe('1201');
    expect(height(20)).toBe('300');
    expect(height(99_999)).toBe('3000');
    expect(height(Number.NaN)).toBe('1300');
  });

  it('is two lines: the iframe, then the script', () => {
    const lines = embedSnippet({
      appBase: 'https://a.example/',
      search: '?v=1&embed=1',
      height: 1000,
    }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^<iframe [^\n]* data-shell-count><\/iframe>$/);
    expect(lines[1]).toMatch(/^<script src="[^"]+" async><\/script>$/);
  });
});

describe('the addresses', () => {
  it('takes the app’s folder from the page’s address', () => {
    expect(appBaseOf('https://a.example/')).toBe('https://a.example/');
    expect(appBaseOf('https://a.example/graphics/shell-count/')).toBe(
      'https://a.example/graphics/shell-count/',
    );
    expect(appBaseOf('https://a.example/graphics/shell-count/index.html?v=1&daily=2#top')).toBe(
      'https://a.example/graphics/shell-count/',
    );
    expect(appBaseOf('http://localhost:4173/?embed=1')).toBe('http://localhost:4173/');
  });

  it('drops query and hash from the page’s own address', () => {
    expect(pageAddressOf('https://a.example/graphics/shell-count/?v=1&daily=2#top')).toBe(
      'https://a.example/graphics/shell-count/',
    );
    expect(pageAddressOf('https://a.example/sc/index.html#x')).toBe(
      'https://a.example/sc/index.html',
    );
  });

  it('joins the folder and the query, with or without its "?"', () => {
    expect(embedSource('https://a.example/sc/', '?v=1&embed=1')).toBe(
      'https://a.example/sc/?v=1&embed=1',
    );
    expect(embedSource('https://a.example/sc/', 'v=1&embed=1')).toBe(
      'https://a.example/sc/?v=1&embed=1',
    );
    expect(embedSource('https://a.example/sc/', '')).toBe('https://a.example/sc/');
  });

  it('escapes text for an attribute, & first', () => {
    expect(escapeAttribute('a&b"<c>&amp;')).toBe('a&amp;b&quot;&lt;c&gt;&amp;amp;');
  });

  it('keeps heights within the allowed range', () => {
    expect(EMBED_HEIGHT).toEqual({ min: 300, max: 3000, initial: 1300 });
    expect(embedHeight(EMBED_HEIGHT.initial)).toBe(1300);
    expect(embedHeight(Number.POSITIVE_INFINITY)).toBe(EMBED_HEIGHT.initial);
    expect(embedHeight(-5)).toBe(EMBED_HEIGHT.min);
  });
});
