/**
 * The headline results read out politely once they stop changing: nothing on load, nothing while a
 * value is still moving, nothing when the results come back to what was last heard.
 */
import { act, render, screen } from '@testing-library/react';
import {
  ANNOUNCE_DELAY_MS,
  ResultsAnnouncer,
  resultsSentence,
} from '../../src/features/results/results-announcer';
import { headline as enHeadline } from '../../src/i18n/messages/en/headline';
import { headline as koHeadline } from '../../src/i18n/messages/ko/headline';
import { headline as ukHeadline } from '../../src/i18n/messages/uk/headline';
import { computeResults } from '../../src/model/results';
import { CONTRACT_DEFAULTS } from '../contract-defaults';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function region(): HTMLElement {
  return screen.getByRole('status');
}

function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('ResultsAnnouncer', () => {
  it('is an empty polite live region on load, and stays empty', () => {
    render(<ResultsAnnouncer message="About 3.0 million" />);
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toHaveAttribute('aria-atomic', 'true');
    expect(region()).toHaveClass('visually-hidden');
    wait(5_000);
    expect(region()).toHaveTextContent('');
  });

  it('reads a change once it has been still for the delay', () => {
    const { rerender } = render(<ResultsAnnouncer message="A" />);
    rerender(<ResultsAnnouncer message="B" />);
    wait(ANNOUNCE_DELAY_MS - 1);
    expect(region()).toHaveTextContent('');
    wait(1);
    expect(region()).toHaveTextContent('B');
  });

  it('waits while the results keep changing, then reads only the last', () => {
    const { rerender } = render(<ResultsAnnouncer message="A" />);
    for (const message of ['B', 'C', 'D']) {
      rerender(<ResultsAnnouncer message={message} />);
      wait(ANNOUNCE_DELAY_MS / 2);
    }
    expect(region()).toHaveTextContent('');
    wait(ANNOUNCE_DELAY_MS / 2);
    expect(region()).toHaveTextContent('D');
  });

  it('says nothing when the results come back to what the reader already has', () => {
    const { rerender } = render(<ResultsAnnouncer message="A" />);
    rerender(<ResultsAnnouncer message="B" />);
    wait(ANNOUNCE_DELAY_MS / 2);
    rerender(<ResultsAnnouncer message="A" />);
    wait(ANNOUNCE_DELAY_MS * 2);
    expect(region()).toHaveTextContent('');

    rerender(<ResultsAnnouncer message="C" />);
    wait(ANNOUNCE_DELAY_MS);
    expect(region()).toHaveTextContent('C');
    rerender(<ResultsAnnouncer message="D" />);
    wait(ANNOUNCE_DELAY_MS / 2);
    rerender(<ResultsAnnouncer message="C" />);
    wait(ANNOUNCE_DELAY_MS * 2);
    expect(region()).toHaveTextContent('C');
  });

  it('reads a re-render with the same results as no change', () => {
    const { rerender } = render(<ResultsAnnouncer message="A" />);
    rerender(<ResultsAnnouncer message="A" />);
    wait(ANNOUNCE_DELAY_MS * 2);
    expect(region()).toHaveTextContent('');
  });
});

describe('resultsSentence', () => {
  it('puts the three headline figures in one sentence, rounded as on screen', () => {
    const results = computeResults(CONTRACT_DEFAULTS);
    expect(resultsSentence(results, enHeadline, 'en')).toBe(
      'About 3.0 million working shells, 9.9 months of Russian fire, lasting until July 9, 2024.',
    );
  });

  it('reads in Korean and Ukrainian with their own numbers and dates', () => {
    const results = computeResults({ ...CONTRACT_DEFAULTS, containers: 10_000, perContainer: 480 });
    // 4,800,000 shells ÷ 10,000 a day = 480 days = 15.77 months, from 2023-09-13 → 2025-01-05.
    expect(resultsSentence(results, koHeadline, 'ko').replace(/\s/g, ' ')).toBe(
      '작동 포탄 약 480만 발, 러시아군 포격 15.8개월분으로 2025년 1월 5일까지 쏠 수 있습니다.',
    );
    // Intl keeps "4,8 млн" and "2025 р." together with no-break spaces; compared as plain spaces.
    expect(resultsSentence(results, ukHeadline, 'uk').replace(/\s/g, ' ')).toBe(
      'Близько 4,8 млн справних снарядів, 15,8 місяця російського вогню; вистачить до 5 січня 2025 р.',
    );
  });

  it('leaves out the date when there is none', () => {
    const inputs = { ...CONTRACT_DEFAULTS, end: '2023-01-01' };
    const sentence = resultsSentence(computeResults(inputs), enHeadline, 'en');
    expect(sentence).toBe('About 3.0 million working shells, 9.9 months of Russian fire.');
    expect(sentence).not.toMatch(/NaN|undefined|Infinity/);
  });
});
