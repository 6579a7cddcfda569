import type { Frame, Page } from '@playwright/test';
import {
  expect,
  expectHeightFollowsContent,
  FALLBACK_HEIGHT,
  isLoopback,
  measureHeights,
  postToEmbed,
  resultsFromEmbed,
  seenMessages,
  test,
} from './embed-helpers';

/**
 * The calculator embedded in a news article on another origin with the embed code the app offers
 * (CONTRACT §5): the iframe takes its content's height, the article hears the results and may set
 * the inputs, and nothing else (another frame, a malformed message) can do either. Every test also
 * fails on a console error in either document or a request that leaves loopback (embed-helpers).
 */

const DEFAULT_TOTAL = 6_700 * 448;
const SET = 'shell-count:set';

/** The groups of assumptions, each a `<details>` folded to one line in the embed. */
function assumptionGroups(frame: Frame) {
  return frame.getByRole('region', { name: 'Your assumptions' }).locator('details.group-fold');
}

/**
 * Adds to the article a frame of a third party (an ad, say: sandboxed, so its origin is opaque)
 * that runs `script`, in which `embed` is the calculator's window and `host` the article's.
 */
async function addThirdPartyFrame(page: Page, script: string): Promise<void> {
  await page.evaluate((body) => {
    const frame = document.createElement('iframe');
    frame.title = 'Advertisement';
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = `<script>var embed = parent.frames[0]; var host = parent; ${body}</` + 'script>';
    document.body.append(frame);
  }, script);
}

/** Counts, from now on, every message the calculator's window receives. */
async function countDelivered(frame: Frame): Promise<() => Promise<number>> {
  await frame.evaluate(() => {
    const counted = window as unknown as { __delivered: number };
    counted.__delivered = 0;
    // Added after the calculator's own listener, so it runs after it for each message.
    window.addEventListener('message', () => {
      counted.__delivered += 1;
    });
  });
  return () => frame.evaluate(() => (window as unknown as { __delivered: number }).__delivered);
}

/** The article's `set` that closes a batch of messages, and its answer's `daysOfFire`. */
const LAST_SET = { type: SET, params: { daily: '20000' } };
const LAST_DAYS = DEFAULT_TOTAL / 20_000;

/**
 * Sends LAST_SET and waits for its answer: every message posted to the calculator before it has
 * then been handled, and every results message they caused has reached the article before that
 * answer (messages from one window arrive in order). Returns the article's results messages from
 * the `before`-th on, the answer last.
 */
async function resultsUpToLastSet(page: Page, before: number): Promise<Record<string, unknown>[]> {
  await postToEmbed(page, LAST_SET);
  await expect.poll(async () => (await resultsFromEmbed(page)).at(-1)?.daysOfFire).toBe(LAST_DAYS);
  return (await resultsFromEmbed(page)).slice(before);
}

/** The only results message after a batch that changed nothing: LAST_SET's answer. */
const ONLY_LAST_ANSWER = [
  expect.objectContaining({ totalShells: DEFAULT_TOTAL, daysOfFire: LAST_DAYS }),
];

test.describe('the iframe’s height follows its content', () => {
  for (const width of [320, 768, 1_200]) {
    test(`at ${String(width)} px, and not at the fallback height`, async ({
      loopbackPage: page,
      openArticle,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const { frame, iframe } = await openArticle();
      // The frame fills the article's column (1 rem of padding on each side, 70 rem at most).
      const box = await iframe.boundingBox();
      expect(box?.width).toBe(Math.min(width - 2 * 16, 70 * 16));

      const height = await expectHeightFollowsContent(page, frame);
      expect(height).not.toBe(FALLBACK_HEIGHT);
      // embed.js wrote the content's height, rounded up, in place of the snippet's fallback.
      const { content } = await measureHeights(page, frame);
      await expect(iframe).toHaveCSS('height', `${String(Math.ceil(content))}px`);
    });
  }

  test('after a group of assumptions is opened, and closed again', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame } = await openArticle();
    const closed = await expectHeightFollowsContent(page, frame);
    const group = assumptionGroups(frame).first();
    await expect(group).not.toHaveAttribute('open');
    await group.locator(':scope > summary').click();
    await expect(group).toHaveAttribute('open', '');
    expect(await expectHeightFollowsContent(page, frame)).toBeGreaterThan(closed);
    // It shrinks too: the height measured is the content's, not the frame's.
    await group.locator(':scope > summary').click();
    await expect(group).not.toHaveAttribute('open');
    expect(Math.abs((await expectHeightFollowsContent(page, frame)) - closed)).toBeLessThanOrEqual(
      2,
    );
  });

  test('after the host changes the language, then the theme', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const { frame } = await openArticle();
    const html = frame.locator('html');
    await expectHeightFollowsContent(page, frame);

    await postToEmbed(page, { type: SET, params: { lang: 'ko' } });
    await expect(html).toHaveAttribute('lang', 'ko');
    await expectHeightFollowsContent(page, frame);

    await postToEmbed(page, { type: SET, params: { theme: 'dark' } });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('lang', 'ko');
    await expectHeightFollowsContent(page, frame);
  });

  test('even when embed.js arrives after the calculator has settled', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    // A slow CDN, or a site that moves scripts to the end of the page.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/embed.js', async (route) => {
      await held;
      await route.continue();
    });
    const { frame, iframe } = await openArticle();
    await expect(frame.locator('.recharts-surface').first()).toBeVisible();
    // The calculator has told its height (to nobody yet): the article has heard it.
    await expect
      .poll(async () =>
        (await seenMessages(page)).some(
          ({ fromEmbed, data }) =>
            fromEmbed && (data as { type?: unknown } | null)?.type === 'shell-count:height',
        ),
      )
      .toBe(true);
    await expect(iframe).toHaveCSS('height', `${String(FALLBACK_HEIGHT)}px`);
    release();
    expect(await expectHeightFollowsContent(page, frame)).not.toBe(FALLBACK_HEIGHT);
  });
});

test.describe('results and settings between the article and the calculator', () => {
  test('a set from the article updates the calculator, its results message and the article', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame } = await openArticle();
    const figure = page.locator('#figure');
    // The first results message arrived when the calculator started.
    await expect(figure).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
    const before = (await resultsFromEmbed(page)).length;

    await postToEmbed(page, { type: SET, params: { containers: '10000', perContainer: '480' } });
    await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      '4800000',
    );
    await expect(frame.locator('[data-result="daysOfFire"]')).toHaveAttribute('data-value', '480');
    // Exactly one answer, with the new figures.
    await expect
      .poll(async () => (await resultsFromEmbed(page)).slice(before))
      .toEqual([expect.objectContaining({ totalShells: 4_800_000, daysOfFire: 480 })]);
    await expect(figure).toHaveText('4,800,000');
    // The calculator's own address follows, as after typing.
    await expect.poll(() => new URL(frame.url()).searchParams.get('containers')).toBe('10000');
    await expectHeightFollowsContent(page, frame);
  });

  test('a value that is not a number goes through the URL’s validation: a notice, the statement’s value', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame } = await openArticle();
    const total = frame.locator('[data-result="totalShells"]');
    await postToEmbed(page, { type: SET, params: { containers: '10000' } });
    await expect(total).toHaveAttribute('data-value', String(10_000 * 448));
    await expect(frame.locator('[data-notice]')).toHaveCount(0);

    await postToEmbed(page, { type: SET, params: { containers: 'NaN' } });
    await expect(frame.locator('[data-notice] [data-notice-key="containers"]')).toBeVisible();
    // As `?containers=NaN` would: the statement's 6,700, not the 10,000 set before.
    await expect(total).toHaveAttribute('data-value', String(DEFAULT_TOTAL));
    await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
    await expect(frame.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
    // The notice makes the calculator taller; the frame follows.
    await expectHeightFollowsContent(page, frame);
  });

  test('malformed and hostile set messages change nothing and break nothing', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame } = await openArticle();
    await expectHeightFollowsContent(page, frame);
    await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
    const before = (await resultsFromEmbed(page)).length;
    const delivered = await countDelivered(frame);

    const sent = await page.evaluate((selector) => {
      const type = 'shell-count:set';
      const change = { containers: '9999' };
      const thousandKeys: Record<string, string> = { containers: '9999' };
      for (let i = 0; i < 1_000; i += 1) thousandKeys[`key${String(i)}`] = '1';
      const messages: unknown[] = [
        // Not our type.
        { type: 'shell-count:sett', params: change },
        { type: 'SHELL-COUNT:SET', params: change },
        { type: 'shell-count:results', params: change },
        { type: [type], params: change },
        { params: change },
        // Params that are not a plain object.
        { type },
        { type, params: null },
        { type, params: [['containers', '9999']] },
        { type, params: ['9999'] },
        { type, params: 'containers=9999' },
        { type, params: 9999 },
        { type, params: new Map([['containers', '9999']]) },
        { type, params: new Date() },
        // Values with no URL form, or too long: the whole message is refused.
        { type, params: { containers: { value: '9999' } } },
        { type, params: { containers: ['9999'] } },
        { type, params: { containers: null } },
        { type, params: { containers: true } },
        { type, params: { containers: Number.NaN } },
        { type, params: { containers: Number.POSITIVE_INFINITY } },
        { type, params: { containers: '9'.repeat(1_000_000) } },
        { type, params: { containers: '9999', perContainer: 'x'.repeat(2_001) } },
        { type, params: { containers: '9999', ['k'.repeat(101)]: '1' } },
        { type, params: thousandKeys },
        {
          type,
          params: JSON.parse('{"containers":"9999","__proto__":{"containers":"1"}}') as unknown,
        },
        // Not an object at all.
        [type, change],
        JSON.stringify({ type, params: change }),
        type,
        'x'.repeat(1_000_000),
        9999,
        Number.NaN,
        null,
        undefined,
        true,
        new ArrayBuffer(16),
      ];
      const embed = document.querySelector<HTMLIFrameElement>(selector)?.contentWindow;
      for (const message of messages) embed?.postMessage(message, '*');
      return messages.length;
    }, 'iframe[data-shell-count]');

    // None was answered: the only answer is the last set's. All were delivered before it.
    expect(await resultsUpToLastSet(page, before)).toEqual(ONLY_LAST_ANSWER);
    expect(await delivered()).toBe(sent + 1);
    // None changed anything: the state is the last set's alone.
    await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(DEFAULT_TOTAL),
    );
    await expect(frame.locator('[data-notice]')).toHaveCount(0);
    await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
    await expect.poll(() => new URL(frame.url()).search).toBe('?v=3&daily=20000&embed=1');
    await expectHeightFollowsContent(page, frame);

    // Nothing is broken: the calculator still takes a real request, and typing.
    await postToEmbed(page, { type: SET, params: { containers: '10000' } });
    await expect(page.locator('#figure')).toHaveText((10_000 * 448).toLocaleString('en-US'));
    const field = frame.locator('input[name="perContainer"]');
    await assumptionGroups(frame).filter({ has: field }).locator(':scope > summary').click();
    await field.fill('300');
    await expect(page.locator('#figure')).toHaveText((10_000 * 300).toLocaleString('en-US'));
  });

  test('a set from another frame on the article is ignored', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame } = await openArticle();
    await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
    const before = (await resultsFromEmbed(page)).length;
    const delivered = await countDelivered(frame);
    await addThirdPartyFrame(
      page,
      `embed.postMessage({ type: 'shell-count:set', params: { containers: '9999' } }, '*');`,
    );
    // It reached the calculator…
    await expect.poll(delivered).toBe(1);
    // …which did not answer it (the only answer is the last set's) and changed nothing.
    expect(await resultsUpToLastSet(page, before)).toEqual(ONLY_LAST_ANSWER);
    await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(DEFAULT_TOTAL),
    );
    await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));
  });
});

test.describe('embed.js sets the height only from the calculator’s frame, only within range', () => {
  test('ignores height messages from another frame on the article', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame, iframe } = await openArticle();
    const height = await expectHeightFollowsContent(page, frame);
    const heard = async () =>
      (await seenMessages(page)).filter(({ fromEmbed }) => !fromEmbed).length;
    await addThirdPartyFrame(
      page,
      `host.postMessage({ type: 'shell-count:height', height: 500 }, '*');
       host.postMessage({ sentinel: 'amp', type: 'embed-size', height: 500 }, '*');
       host.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: 500 }), '*');`,
    );
    await expect.poll(heard).toBe(3);
    expect((await measureHeights(page, frame)).iframe).toBe(height);

    // The same message from the calculator's own frame is taken: embed.js was listening.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'shell-count:height', height: 500 }, '*');
    });
    await expect(iframe).toHaveCSS('height', '500px');
  });

  test('ignores heights outside 100 to 10,000 px even from the calculator’s frame', async ({
    loopbackPage: page,
    openArticle,
  }) => {
    const { frame, iframe } = await openArticle();
    const height = await expectHeightFollowsContent(page, frame);
    const before = (await seenMessages(page)).length;
    const sent = await frame.evaluate(() => {
      const href = location.href;
      const messages: unknown[] = [
        { type: 'shell-count:height', height: 50 },
        { type: 'shell-count:height', height: 99 },
        { type: 'shell-count:height', height: 10_001 },
        { type: 'shell-count:height', height: -500 },
        { type: 'shell-count:height', height: Number.NaN },
        { type: 'shell-count:height', height: Number.POSITIVE_INFINITY },
        { type: 'shell-count:height', height: '500' },
        { type: 'shell-count:height' },
        { sentinel: 'amp', type: 'embed-size', height: 99 },
        { sentinel: 'amp', type: 'embed-size', height: 10_001 },
        JSON.stringify({ src: href, context: 'iframe.resize', height: 99 }),
        JSON.stringify({ src: href, context: 'iframe.resize', height: 10_001 }),
        '{"context":"iframe.resize","height":',
      ];
      for (const message of messages) parent.postMessage(message, '*');
      return messages.length;
    });
    await expect.poll(async () => (await seenMessages(page)).length).toBe(before + sent);
    expect((await measureHeights(page, frame)).iframe).toBe(height);

    // The bounds themselves are taken.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'shell-count:height', height: 100 }, '*');
    });
    await expect(iframe).toHaveCSS('height', '100px');
    await frame.evaluate(() => {
      parent.postMessage({ type: 'shell-count:height', height: 10_000 }, '*');
    });
    await expect(iframe).toHaveCSS('height', '10000px');
  });
});

test('a sandboxed embed (allow-scripts only) still sizes itself and answers a set', async ({
  loopbackPage: page,
  openArticle,
}) => {
  const { frame } = await openArticle({ sandbox: true });
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  expect(await expectHeightFollowsContent(page, frame)).not.toBe(FALLBACK_HEIGHT);
  await expect(page.locator('#figure')).toHaveText(DEFAULT_TOTAL.toLocaleString('en-US'));

  await postToEmbed(page, { type: SET, params: { containers: '10000', perContainer: '480' } });
  await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    '4800000',
  );
  await expect(page.locator('#figure')).toHaveText('4,800,000');
  await expectHeightFollowsContent(page, frame);
});

test('no request leaves loopback, from the article or the calculator', async ({
  loopbackPage: page,
  openArticle,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const { frame } = await openArticle();
  await expectHeightFollowsContent(page, frame);
  await postToEmbed(page, { type: SET, params: { containers: '10000', theme: 'dark' } });
  await expect(page.locator('#figure')).toHaveText((10_000 * 448).toLocaleString('en-US'));
  await frame.getByText('The chart’s figures as a table').click();
  await expect(frame.getByRole('table').first()).toBeVisible();

  expect(requests.filter((url) => !isLoopback(url))).toEqual([]);
  // The record hears both documents: the article and embed.js on one side, the app's code on the
  // other.
  expect(requests).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/article\.html$/),
      expect.stringMatching(/^http:\/\/localhost:\d+\/embed\.js$/),
      expect.stringMatching(/^http:\/\/localhost:\d+\/\?v=1&embed=1$/),
      expect.stringMatching(/^http:\/\/localhost:\d+\/assets\/[\w-]+\.js$/),
    ]),
  );
});
