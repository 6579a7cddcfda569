/**
 * The Share section on its own, with the real store: the link follows the state and copies, or
 * where the clipboard refuses, is selected with a word on how to copy it; "Share…" only where the
 * device has a share sheet; the embed code follows its options and the state, keeps the last good
 * height, copies the same way, and previews as the same iframe.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EMBED_TITLE, embedSnippet } from '../../src/features/share/embed-code';
import { embedViewHeight } from '../../src/features/share/embed-heights';
import { SharePanel } from '../../src/features/share/share-panel';
import { useStore } from '../../src/store/store';

const ORIGIN = window.location.origin;
const SENTENCE = 'About 3.0 million shells: 9.9 months of Russian fire.';

const actions = () => useStore.getState().actions;

/** A change from elsewhere on the page (a field, the statement picker). */
function change(apply: (store: ReturnType<typeof actions>) => void) {
  act(() => {
    apply(actions());
  });
}

type WriteText = (text: string) => Promise<void>;

/** Replaces the clipboard (after userEvent.setup(), which puts in its own); undefined removes it. */
function setClipboard(writeText: WriteText | undefined) {
  const mock = writeText === undefined ? undefined : vi.fn(writeText);
  Object.defineProperty(window.navigator, 'clipboard', {
    value: mock === undefined ? undefined : { writeText: mock },
    configurable: true,
    writable: true,
  });
  return mock;
}

/** Gives the browser a share sheet (and, when given, `canShare`); returns `navigator.share`. */
function setShare(share: (data: ShareData) => Promise<void>, canShare?: () => boolean) {
  const mock = vi.fn(share);
  Object.defineProperty(window.navigator, 'share', { value: mock, configurable: true });
  if (canShare) {
    Object.defineProperty(window.navigator, 'canShare', {
      value: vi.fn(canShare),
      configurable: true,
    });
  }
  return mock;
}

function renderPanel() {
  const user = userEvent.setup({ delay: null });
  const view = render(<SharePanel />);
  return { user, ...view };
}

function linkField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Link to this view' });
}

function codeField(): HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: 'Embed code' });
}

function isWhollySelected(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  return (
    document.activeElement === field &&
    field.selectionStart === 0 &&
    field.selectionEnd === field.value.length &&
    field.value.length > 0
  );
}

function linkStatus(): HTMLElement {
  const block = screen.getByRole('button', { name: 'Copy link' }).closest('div.share-link');
  if (!(block instanceof HTMLElement)) throw new Error('no .share-link');
  return within(block).getByRole('status');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
  Reflect.deleteProperty(window.navigator, 'share');
  Reflect.deleteProperty(window.navigator, 'canShare');
});

describe('the link', () => {
  it('is the page’s address with the state’s query, shown read-only', () => {
    actions().loadQuery('?scenario=shin-2024-06&daily=20000');
    renderPanel();
    expect(linkField()).toHaveValue(`${ORIGIN}/?v=3&scenario=shin-2024-06&daily=20000`);
    expect(linkField()).toHaveAttribute('readonly');
  });

  it('is the bare address for the default state, and drops the hash', () => {
    window.history.replaceState(null, '', '/graphics/shell-count/?daily=5#method');
    renderPanel();
    expect(linkField()).toHaveValue(`${ORIGIN}/graphics/shell-count/`);
  });

  it('follows every change to the state', () => {
    renderPanel();
    change((store) => {
      store.selectScenario('shin-2024-06');
    });
    expect(linkField()).toHaveValue(`${ORIGIN}/?v=3&scenario=shin-2024-06`);
    change((store) => {
      store.setInput('containers', 12000);
    });
    expect(linkField()).toHaveValue(`${ORIGIN}/?v=3&scenario=shin-2024-06&containers=12000`);
  });

  it('"Copy link" writes it to the clipboard and says so politely', async () => {
    const { user } = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    change((store) => {
      store.setInput('daily', 20000);
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(linkStatus()).toHaveTextContent('Link copied');
    });
    expect(writeText).toHaveBeenCalledWith(`${ORIGIN}/?v=3&daily=20000`);
    expect(linkStatus()).toHaveAttribute('aria-live', 'polite');
    // The focus stays on the button.
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  });

  it('forgets "Link copied" once the link changes', async () => {
    const { user } = renderPanel();
    setClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(linkStatus()).toHaveTextContent('Link copied');
    });
    change((store) => {
      store.setInput('daily', 20000);
    });
    expect(linkStatus()).toHaveTextContent('');
  });

  it.each<[string, WriteText]>([
    ['refuses', () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))],
    [
      'throws',
      () => {
        throw new TypeError('no');
      },
    ],
  ])('where the clipboard %s, selects the link and says how to copy it', async (_, fails) => {
    const { user } = renderPanel();
    setClipboard(fails);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(linkStatus()).toHaveTextContent('Press Ctrl+C (⌘C) to copy');
    });
    expect(isWhollySelected(linkField())).toBe(true);
    expect(linkStatus()).not.toHaveTextContent('Link copied');
  });

  it('where there is no clipboard at all, selects the link and says how to copy it', async () => {
    const { user } = renderPanel();
    setClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(linkStatus()).toHaveTextContent('Press Ctrl+C (⌘C) to copy');
    });
    expect(isWhollySelected(linkField())).toBe(true);
  });
});

describe('"Share…"', () => {
  it('is not offered without a share sheet', () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
  });

  it('is not offered where the share sheet would not take a link', () => {
    setShare(
      () => Promise.resolve(),
      () => false,
    );
    renderPanel();
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
  });

  it('shares the title, the headline in a sentence and the link', async () => {
    const share = setShare(
      () => Promise.resolve(),
      () => true,
    );
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Shell Count',
      text: SENTENCE,
      url: `${ORIGIN}/`,
    });
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const share = setShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user } = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    // Time for a fallback that should not come.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(share).toHaveBeenCalledTimes(1);
    expect(writeText).not.toHaveBeenCalled();
    expect(linkStatus()).toHaveTextContent('');
  });

  it('falls back to copying when sharing fails', async () => {
    setShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user } = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    change((store) => {
      store.selectScenario('shin-2024-06');
    });
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    await waitFor(() => {
      expect(linkStatus()).toHaveTextContent('Link copied');
    });
    expect(writeText).toHaveBeenCalledWith(`${ORIGIN}/?v=3&scenario=shin-2024-06`);
  });
});

describe('the embed code', () => {
  /** The builder's first height: the embedded view's, measured in English without ranges. */
  const MEASURED = embedViewHeight('en', false);
  const snippet = (search: string, height: number = MEASURED, appBase = `${ORIGIN}/`) =>
    embedSnippet({ appBase, search, height });

  it('is the contract’s snippet for the current state, embedded', () => {
    renderPanel();
    expect(codeField()).toHaveValue(snippet('?v=3&embed=1'));
    expect(codeField()).toHaveAttribute('name', 'embed-code');
    expect(codeField()).toHaveAttribute('readonly');
  });

  it('follows the state', () => {
    actions().loadQuery('?scenario=shin-2024-06&theme=dark&lang=ko');
    renderPanel();
    // The reader's own theme and language are not the embed's: those are the builder's options.
    expect(codeField()).toHaveValue(snippet('?v=3&scenario=shin-2024-06&embed=1'));
    change((store) => {
      store.setInput('daily', 20000);
    });
    expect(codeField()).toHaveValue(snippet('?v=3&scenario=shin-2024-06&daily=20000&embed=1'));
  });

  it('offers each language by its own name, and "Follow the article" leaves lang out', async () => {
    const { user } = renderPanel();
    const language = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Follow the article', 'English', '한국어', 'Українська']);
    expect(language).toHaveValue('');
    await user.selectOptions(language, '한국어');
    // The box's name in the embed's language, its first height the Korean view's.
    await waitFor(() => {
      expect(codeField()).toHaveValue(
        embedSnippet({
          appBase: `${ORIGIN}/`,
          search: '?v=3&lang=ko&embed=1',
          height: embedViewHeight('ko', false),
          title: '셸 카운트: 북한이 러시아에 보낸 포탄을 러시아군 포격 개월 수로',
        }),
      );
    });
    await user.selectOptions(language, 'Follow the article');
    expect(codeField()).toHaveValue(snippet('?v=3&embed=1'));
  });

  it('writes the theme chosen, and nothing for auto', async () => {
    const { user } = renderPanel();
    const theme = screen.getByRole('combobox', { name: 'Colours' });
    expect(theme).toHaveValue('auto');
    expect(within(theme).getByRole('option', { selected: true })).toHaveTextContent(
      'Follow the reader’s device',
    );
    await user.selectOptions(theme, 'dark');
    expect(codeField()).toHaveValue(snippet('?v=3&theme=dark&embed=1'));
    await user.selectOptions(theme, 'light');
    expect(codeField()).toHaveValue(snippet('?v=3&theme=light&embed=1'));
    await user.selectOptions(theme, 'auto');
    expect(codeField()).toHaveValue(snippet('?v=3&embed=1'));
  });

  it('takes a height from 300 to 3,000 px', async () => {
    const { user } = renderPanel();
    const height = screen.getByRole('spinbutton', { name: 'Initial height' });
    expect(height).toHaveValue(MEASURED);
    await user.clear(height);
    await user.type(height, '1400');
    expect(codeField()).toHaveValue(snippet('?v=3&embed=1', 1400));
    expect(height).not.toHaveAttribute('aria-invalid');
  });

  it.each(['20', '3001', '', '1200.5'])(
    'refuses the height "%s" with a message, and keeps the last good code',
    async (typed) => {
      const { user } = renderPanel();
      const height = screen.getByRole('spinbutton', { name: 'Initial height' });
      await user.clear(height);
      await user.type(height, '1200');
      await user.clear(height);
      // Pasted at once: typed key by key, "300" on the way to "3001" would be a good height.
      if (typed !== '') await user.paste(typed);
      expect(height).toHaveAttribute('aria-invalid', 'true');
      expect(height).toHaveAccessibleDescription(
        /Enter a whole number of pixels from 300 to 3,000\. The code keeps 1,200 px\./,
      );
      expect(codeField()).toHaveValue(snippet('?v=3&embed=1', 1200));
      await user.clear(height);
      await user.type(height, '900');
      expect(height).not.toHaveAttribute('aria-invalid');
      expect(screen.queryByText(/Enter a whole number/)).not.toBeInTheDocument();
      expect(codeField()).toHaveValue(snippet('?v=3&embed=1', 900));
    },
  );

  it('points to the app’s folder when the app lives in a subfolder', () => {
    window.history.replaceState(null, '', '/graphics/shell-count/index.html?daily=5#x');
    renderPanel();
    expect(codeField()).toHaveValue(
      snippet('?v=3&embed=1', MEASURED, `${ORIGIN}/graphics/shell-count/`),
    );
    expect(codeField().value).toContain(
      `<script src="${ORIGIN}/graphics/shell-count/embed.js" async>`,
    );
  });

  it('"Copy embed code" copies it and says so', async () => {
    const { user } = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText('Embed code copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(snippet('?v=3&embed=1'));
  });

  it('where the clipboard refuses, selects the code and says how to copy it', async () => {
    const { user } = renderPanel();
    setClipboard(() => Promise.reject(new Error('Document is not focused')));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(
      await screen.findByText(/The code is selected\. Press Ctrl\+C \(⌘C\) to copy/),
    ).toBeInTheDocument();
    expect(isWhollySelected(codeField())).toBe(true);
  });
});

describe('the three kinds of code', () => {
  it('AMP: a resizable amp-iframe with the statement’s image and an overflow button', async () => {
    const { user } = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of code' }), 'amp');
    const code = codeField().value;
    expect(code).toMatch(/^<amp-iframe src="http:\/\/[^"]+\/\?v=3&amp;embed=1" /);
    expect(code).toContain(' resizable>');
    expect(code).toContain(
      `<amp-img placeholder layout="fill" object-fit="contain" src="${ORIGIN}/preview/en/shin-2024-02.png" alt="Shell Count: North Korean shells sent to Russia, in months of Russian fire. About 3.0 million working shells, 9.9 months of Russian fire, lasting until July 9, 2024.`,
    );
    expect(code).toContain('<div overflow tabindex="0" role="button"');
  });

  it('static image: the statement’s card in words, linked to its figures', async () => {
    actions().loadQuery('?scenario=shin-2024-06');
    const { user } = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of code' }), 'image');
    expect(codeField().value).toMatch(
      new RegExp(
        `^<a href="${ORIGIN}/\\?v=3&amp;scenario=shin-2024-06&amp;lang=en"><img src="${ORIGIN}/preview/en/shin-2024-06\\.png" width="600" height="315" alt="Shell Count: [^"]+ About 4\\.8 million working shells[^"]+Jun 2024 · Shin Won-sik · at least 10,000 containers\\. Figures as of December 5, 2026\\."></a>$`,
      ),
    );
    expect(
      screen.getByText(/The image and its text show the figures of Jun 2024/),
    ).toBeInTheDocument();
    // No theme or height for a picture.
    expect(screen.queryByRole('spinbutton', { name: 'Initial height' })).toBeNull();
    change((store) => {
      store.setInput('daily', 20000);
    });
    expect(screen.getByText(/Your figures differ from Jun 2024/)).toBeInTheDocument();
  });
});

describe('the preview', () => {
  function frame(): HTMLIFrameElement | null {
    return document.querySelector('iframe');
  }

  it('draws nothing until opened, then the same iframe as the code', async () => {
    const { user } = renderPanel();
    const summary = screen.getByText('Preview the embed');
    expect(summary.tagName).toBe('SUMMARY');
    expect(frame()).toBeNull();
    await user.click(summary);
    const shown = await screen.findByTitle(EMBED_TITLE);
    expect(shown.tagName).toBe('IFRAME');
    expect(shown).toHaveAttribute('src', `${ORIGIN}/?v=3&embed=1`);
    expect(shown).toHaveAttribute('loading', 'lazy');
    expect(shown).toHaveAttribute('data-shell-count');
    expect(shown).toHaveAttribute('height', String(embedViewHeight('en', false)));
    expect(shown).toHaveAttribute('width', '100%');
  });

  it('follows the options and the height', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByText('Preview the embed'));
    await screen.findByTitle(EMBED_TITLE);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colours' }), 'dark');
    const height = screen.getByRole('spinbutton', { name: 'Initial height' });
    await user.clear(height);
    await user.type(height, '700');
    expect(frame()).toHaveAttribute('src', `${ORIGIN}/?v=3&theme=dark&embed=1`);
    expect(frame()).toHaveAttribute('height', '700');
  });
});
