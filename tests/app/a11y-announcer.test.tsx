/**
 * The page reads the headline results out after a change (a polite live region, outside the
 * figures), not on load, and only once the figures have settled.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { ANNOUNCE_DELAY_MS } from '../../src/features/results/results-announcer';
import { field, renderApp, resultFigure } from './render-app';

afterEach(() => {
  vi.useRealTimers();
});

function announcer(): HTMLElement {
  const regions = screen
    .getAllByRole('status')
    .filter((region) => region.classList.contains('results-announcer'));
  expect(regions).toHaveLength(1);
  const [region] = regions;
  if (region === undefined) throw new Error('no results announcer');
  return region;
}

describe('the results read out', () => {
  it('is a polite region beside the figures, silent on load', async () => {
    await renderApp();
    const region = announcer();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    // Outside the <dl> of figures, so that it is not read as one of them.
    expect(region.closest('dl')).toBeNull();
    expect(resultFigure('totalShells').closest('dl')?.nextElementSibling).toBe(region);
  });
});

// Testing Library's user-event waits on real timers: with fake ones, the events are fired directly.
describe('the results read out, on the clock', () => {
  it('reads the new figures once typing stops', async () => {
    await renderApp();
    vi.useFakeTimers();
    const input = field('Containers shipped');
    for (const text of ['1', '10', '100', '1000', '10000']) {
      fireEvent.change(input, { target: { value: text } });
      act(() => {
        vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 3);
      });
    }
    expect(announcer()).toHaveTextContent('');
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    });
    // 10,000 × 448 = 4,480,000 shells = 448 days at 10,000 a day, from 13 September 2023.
    expect(announcer()).toHaveTextContent(
      'About 4.5 million working shells, 14.7 months of Russian fire, lasting until December 4, 2024.',
    );
  });

  it('says nothing when a change is undone before it settles', async () => {
    await renderApp();
    vi.useFakeTimers();
    const input = field('Shells per container');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveValue('449');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 3);
    });
    expect(announcer()).toHaveTextContent('');
  });
});
