/**
 * The results as the contract marks them (CONTRACT §4) and as a reader sees them: rounded on the
 * page, exact in `data-value` and under each figure with "Show exact values", and never `NaN`, `Infinity` or `undefined`.
 */
import { screen, within } from '@testing-library/react';
import {
  field,
  renderApp,
  renderCalculator,
  RESULT_KEYS,
  resultFigure,
  resultValue,
} from './render-app';

// Read-only checks of one page share one render (each render of the whole page costs about half
// a second): the figures, their exact values and their words.
describe('the default page (Shin, Feb 2024)', () => {
  it('marks every result exactly once with its exact value: the worked example of CONTRACT §1, in words', async () => {
    await renderApp();
    for (const key of RESULT_KEYS) {
      expect(resultValue(key), `data-value of ${key}`).not.toBeNull();
    }

    const total = resultFigure('totalShells');
    expect(total).toHaveTextContent('3.0 million');
    expect(total).toHaveAttribute('data-value', '3001600');

    expect(resultValue('daysOfFire')).toBe('300.16');
    expect(Number(resultValue('monthsOfFire'))).toBeCloseTo(300.16 / (365.2425 / 12), 12);
    expect(resultValue('deliveryDays')).toBe('166');
    expect(Number(resultValue('deliveredPerDay'))).toBeCloseTo(3_001_600 / 166, 9);
    expect(Number(resultValue('dailyCoverage'))).toBeCloseTo((3_001_600 / 166 / 10_000) * 100, 9);
    expect(resultValue('lastsUntil')).toBe('2024-07-09');
    expect(Number(resultValue('massPerContainerKg'))).toBeCloseTo(19_514.88, 9);
    expect(resultValue('plausible')).toBe('true');
    expect(resultValue('euMultiple')).toBe('3.0016');

    expect(resultFigure('monthsOfFire')).toHaveTextContent('9.9');
    expect(resultFigure('daysOfFire')).toHaveTextContent('300 days');
    expect(resultFigure('lastsUntil')).toHaveTextContent('July 9, 2024');
    expect(resultFigure('deliveryDays')).toHaveTextContent('166 days');
    expect(resultFigure('plausible')).toHaveTextContent('Fits');
  });
});

describe('the exact value behind a rounded figure', () => {
  it('is written under each figure with "Show exact values" on, and taken away again', async () => {
    const { user } = await renderApp();
    const total = resultFigure('totalShells');
    const exact = () => within(total).getByText('Exactly 3,001,600 shells');
    expect(exact()).toHaveAttribute('aria-hidden', 'true');
    const toggle = screen.getByRole('button', { name: 'Show exact values' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(exact()).not.toHaveAttribute('aria-hidden');
    expect(within(resultFigure('deliveredPerDay')).getByText(/18,081\.9/)).toBeVisible();
    await user.click(toggle);
    expect(exact()).toHaveAttribute('aria-hidden', 'true');
  });

  it('is reached with the keyboard in one stop, the switch, not a stop for each figure', async () => {
    const { user } = await renderApp();
    screen.getByRole('combobox', { name: /All published statements/ }).focus();
    const toggle = screen.getByRole('button', { name: 'Show exact values' });
    const stops: Element[] = [];
    for (let presses = 0; presses < 30 && document.activeElement !== toggle; presses += 1) {
      await user.tab();
      if (document.activeElement) stops.push(document.activeElement);
    }
    expect(toggle).toHaveFocus();
    expect(stops.filter((stop) => stop.matches('[data-result]'))).toEqual([]);
  });
});

describe('nothing on screen is NaN, Infinity or undefined', () => {
  const FORBIDDEN = /NaN|Infinity|undefined/;

  function expectCleanPage() {
    expect(document.body.textContent).not.toMatch(FORBIDDEN);
    for (const figure of document.querySelectorAll('[data-value]')) {
      expect(figure.getAttribute('data-value')).not.toMatch(FORBIDDEN);
    }
  }

  it.each([
    'Containers shipped',
    'Shells per container',
    'Containers holding shells',
    'Shells that work',
    'Russian fire per day',
    'Mass of one shell',
    'Payload limit of a container',
  ])('after hostile text pasted into "%s"', async (label) => {
    const { user } = renderCalculator();
    for (const text of ['abc', '1e400', '-', '.', '-1e400', '0x10', '']) {
      await user.clear(field(label));
      if (text !== '') await user.paste(text);
      await user.tab();
      expectCleanPage();
    }
    // Pasted whole, none of these is a number in range, so the results never moved.
    expect(resultValue('totalShells')).toBe('3001600');
    expect(resultValue('daysOfFire')).toBe('300.16');
  });

  it('after hostile text pasted into each date field', async () => {
    const { user } = renderCalculator();
    for (const label of ['First delivery', 'Date of the count']) {
      for (const text of ['abc', '2024-02-30', '0000-01-01', '99999-01-01', '-', '']) {
        await user.clear(field(label));
        if (text !== '') await user.paste(text);
        await user.tab();
        expectCleanPage();
      }
      expect(resultValue('deliveryDays'), label).toBe('166');
    }
  });

  it('at the extremes of every range', async () => {
    const { user } = await renderApp();
    const extremes: [string, string][] = [
      ['Containers shipped', '1000000'],
      ['Shells per container', '5000'],
      ['Russian fire per day', '1'],
      ['First delivery', '0001-01-01'],
      ['Date of the count', '9999-12-31'],
    ];
    for (const [label, text] of extremes) {
      await user.clear(field(label));
      await user.type(field(label), text);
      await user.tab();
      expectCleanPage();
    }
    expect(resultValue('totalShells')).toBe('5000000000');
    // Five billion days from year 1 is far past 9999: a reason, and no value.
    expect(resultValue('lastsUntil')).toBeNull();
    expect(resultFigure('lastsUntil')).toHaveTextContent(/\w/);

    for (const [label, text] of [
      ['Containers holding shells', '0'],
      ['Shells per container', '0'],
    ] as const) {
      await user.clear(field(label));
      await user.type(field(label), text);
      await user.tab();
      expectCleanPage();
    }
    expect(resultValue('totalShells')).toBe('0');
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).queryByText(/NaN|Infinity|undefined/)).not.toBeInTheDocument();
  });
});
