/**
 * Invariant (CONTRACT §6, "Embed code"): embed.js tells each iframe marked `data-shell-count` the
 * article's language, its `<html lang>`, in a message, at start and whenever the frame says it is
 * running; it never rewrites the address of a frame whose link names its language.
 * Its own jsdom, so that the page's language and frames exist before the script runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SOURCE = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');

function addFrame(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-shell-count', '');
  iframe.setAttribute('src', src);
  document.body.append(iframe);
  return iframe;
}

it('writes the article’s language into a following frame’s address and tells every frame', () => {
  document.documentElement.lang = 'ko-KR';
  const following = addFrame('https://app.example/?v=2&embed=1');
  const chosen = addFrame('https://app.example/?v=2&lang=uk&embed=1');
  const marked = addFrame('https://app.example/?embed=1#x=1');
  const spies = [following, chosen, marked].map((iframe) => {
    if (!iframe.contentWindow) throw new Error('no window');
    return vi.spyOn(iframe.contentWindow, 'postMessage').mockImplementation(() => undefined);
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test loads the real file
  (new Function(SOURCE) as () => void)();
  // A frame whose link names its language keeps its address. (jsdom has no loading frames: the
  // fragment written into a following frame's address is checked in Chromium, embed-article.spec.ts.)
  expect(chosen.getAttribute('src')).toBe('https://app.example/?v=2&lang=uk&embed=1');
  for (const spy of spies) {
    expect(spy.mock.calls).toContainEqual([{ type: 'shell-count:article', lang: 'ko-KR' }, '*']);
  }
  // Running, a frame says its height: it hears the language again.
  spies[0]?.mockClear();
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'shell-count:height', height: 640 },
      source: following.contentWindow,
    }),
  );
  expect(spies[0]?.mock.calls).toStrictEqual([
    [{ type: 'shell-count:article', lang: 'ko-KR' }, '*'],
  ]);
});
