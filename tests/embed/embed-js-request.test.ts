/**
 * Invariant (CONTRACT §5): public/embed.js may start after an embed has already sent its height
 * (it is loaded `async`, perhaps late), so when it starts it asks each iframe marked
 * `data-shell-count` already on the page, and only those, for its height, with a message that
 * carries nothing but the request. Its own jsdom, so that the frames exist before the script runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SOURCE = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');

function addFrame(marked: boolean): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  if (marked) iframe.setAttribute('data-shell-count', '');
  document.body.append(iframe);
  return iframe;
}

it('asks each marked iframe for its height when it starts, and no other', () => {
  const marked = [addFrame(true), addFrame(true)];
  const unmarked = addFrame(false);
  const asked = [...marked, unmarked].map((iframe) => {
    if (!iframe.contentWindow) throw new Error('no window');
    return vi.spyOn(iframe.contentWindow, 'postMessage').mockImplementation(() => undefined);
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test loads the real file
  (new Function(SOURCE) as () => void)();
  expect(asked.map((spy) => spy.mock.calls)).toStrictEqual([
    [[{ type: 'shell-count:get-height' }, '*']],
    [[{ type: 'shell-count:get-height' }, '*']],
    [],
  ]);

  // It listens as well: the answer sets the height.
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'shell-count:height', height: 640 },
      source: marked[1]?.contentWindow ?? null,
    }),
  );
  expect(marked[1]?.style.height).toBe('640px');
});
