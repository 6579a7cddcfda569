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
    expect(resultsSentence(results, 'en')).toBe(
      'About 3.0 million working shells, 9.9 months of Russian fire, lasting until July 9, 2024.',
    );
  });

  it('leaves out the date when there is none', () => {
    const inputs = { ...CONTRACT_DEFAULTS, end: '2023-01-01' };
    const sentence = resultsSentence(computeResults(inputs), 'en');
    expect(sentence).toBe('About 3.0 million working shells, 9.9 months of Russian fire.');
    expect(sentence).not.toMatch(/NaN|undefined|Infinity/);
  });
});
