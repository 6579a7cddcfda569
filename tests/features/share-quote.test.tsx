/**
 * "A sentence to quote" and "Cite this" in the Share section, with the real store: the sentence
 * follows the figures and the language, copies with a polite word, or is selected where the
 * clipboard refuses; with ranges it waits for the sampled interval; each citation copies.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharePanel } from '../../src/features/share/share-panel';
import { useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { withSampling } from '../services';

withSampling();

const ORIGIN = window.location.origin;

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  const mock = writeText === undefined ? undefined : vi.fn(writeText);
  Object.defineProperty(window.navigator, 'clipboard', {
    value: mock === undefined ? undefined : { writeText: mock },
    configurable: true,
    writable: true,
  });
  return mock;
}

function renderPanel() {
  const user = userEvent.setup({ delay: null });
  render(<SharePanel />);
  return user;
}

/** The group around a copy button: its field and its status line. */
function groupOf(button: string) {
  const group = screen.getByRole('button', { name: button }).closest('div.copy-field');
  if (!(group instanceof HTMLElement)) throw new Error(`no group for ${button}`);
  return group;
}

function valueOf(name: string): string {
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name }).value;
}

function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
  showOnScreen('en');
});

describe('a sentence to quote', () => {
  it('shows the figures with their sources and the link, and copies it', async () => {
    useStore.getState().actions.selectScenario('shin-2024-06');
    const user = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    const field = screen.getByRole('textbox', { name: 'Sentence' });
    const expected =
      'South Korea’s defence minister, June 2024: at least 10,000 containers could hold as many ' +
      'as 4.8 million shells (480 a container, our division). That is some 16 months of Russian ' +
      'fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their ' +
      `sources on December 5, 2026. Calculation: ${ORIGIN}/?v=3&scenario=shin-2024-06`;
    expect(field).toHaveValue(expected);
    expect(field).toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Copy sentence' }));
    await waitFor(() => {
      expect(within(groupOf('Copy sentence')).getByRole('status')).toHaveTextContent(
        'Sentence copied',
      );
    });
    expect(writeText).toHaveBeenCalledWith(expected);
  });

  it('follows a change, marking the figure as the reader’s', () => {
    renderPanel();
    act(() => {
      useStore.getState().actions.setInput('perContainer', 510);
    });
    // 6,700 × 510 = 3,417,000 → "3.4 million"; ÷ 10,000 = 341.7 days = 11.2 months.
    expect(valueOf('Sentence')).toContain(
      'At 510 shells a container (your assumption), about 6,700 containers (South Korea’s defence minister, February 2024) would hold about 3.4 million shells (our calculation): some 11 months',
    );
    // 500 a container is what another statement's figures imply (1 million ÷ 2,000): it says so.
    act(() => {
      useStore.getState().actions.setInput('perContainer', 500);
    });
    expect(valueOf('Sentence')).toContain(
      'At 500 shells a container (our division of the figures of South Korean military officials, November 2023),',
    );
  });

  it('where the clipboard refuses, selects the sentence and says how to copy it', async () => {
    const user = renderPanel();
    setClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy sentence' }));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Sentence' });
    await waitFor(() => {
      expect(within(groupOf('Copy sentence')).getByRole('status')).toHaveTextContent(
        'The sentence is selected. Press Ctrl+C (⌘C) to copy.',
      );
    });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('with ranges, gives the sampled 90% interval', async () => {
    useStore.getState().actions.loadQuery('?containers=6700..13000');
    renderPanel();
    // 6,700..13,000 × 448: the sampled 90% interval is 3.0–5.8 million, 10–19 months.
    await waitFor(
      () => {
        expect(valueOf('Sentence')).toContain(
          '6,700–13,000 containers (your assumption) would hold between 3.0 million and 5.8 million shells (our calculation): some 10 to 19 months',
        );
      },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('button', { name: 'Copy sentence' })).toBeEnabled();
  });

  it('speaks Korean', () => {
    showOnScreen('ko');
    renderPanel();
    expect(screen.getByRole('region', { name: '공유' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: '문장' })).toHaveValue(
      '신원식 국방부 장관, 2024년 2월: 컨테이너 약 6,700개에 152 mm 포탄 300만 발 이상을 ' +
        '담을 수 있음(컨테이너당 448발, 자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, ' +
        '2024년 초)을 쏜다면 약 10개월 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 ' +
        `출처와 대조했습니다. 계산: ${ORIGIN}/`,
    );
    expect(screen.getByRole('button', { name: '문장 복사' })).toBeVisible();
    expect(screen.getByRole('button', { name: '링크 복사' })).toBeVisible();
    expect(screen.getByRole('button', { name: '삽입 코드 복사' })).toBeVisible();
  });
});

describe('cite this', () => {
  it('offers plain text, APA 7 and BibTeX with the link and today’s date, each copied', async () => {
    const user = renderPanel();
    const writeText = setClipboard(() => Promise.resolve());
    const today = todayIso();
    const [year] = today.split('-');
    const accessed = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${today}T00:00:00Z`),
    );
    expect(valueOf('Plain text')).toBe(
      `Shell Count. “North Korean shells sent to Russia, in months of Russian fire.” Interactive calculator, ${String(year)}. Figures of South Korea’s defence minister, February 2024; facts reviewed December 5, 2026. ${ORIGIN}/ (accessed ${accessed}).`,
    );
    expect(valueOf('APA 7')).toBe(
      `Shell Count. (${String(year)}). North Korean shells sent to Russia, in months of Russian fire [Interactive calculator; Figures of South Korea’s defence minister, February 2024; facts reviewed December 5, 2026]. Retrieved ${accessed}, from ${ORIGIN}/`,
    );
    const bibtex = valueOf('BibTeX');
    expect(bibtex).toContain(`@misc{shellcount${String(year)},`);
    expect(bibtex).toContain(`  urldate = {${today}}`);
    expect(bibtex).toContain(`  url = {${ORIGIN}/},`);

    for (const [button, field, message] of [
      ['Copy plain text', 'Plain text', 'Plain text citation copied'],
      ['Copy APA 7', 'APA 7', 'APA 7 citation copied'],
      ['Copy BibTeX', 'BibTeX', 'BibTeX entry copied'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: button }));
      await waitFor(() => {
        expect(within(groupOf(button)).getByRole('status')).toHaveTextContent(message);
      });
      expect(writeText).toHaveBeenLastCalledWith(valueOf(field));
    }
  });
});
