/**
 * The results as the contract marks them (CONTRACT §4) and as a reader sees them: rounded on the
 * page, exact in `data-value` and on focus, and never `NaN`, `Infinity` or `undefined`.
 */
import { screen, within } from '@testing-library/react';
import { resetCalculatorStore } from '../../src/store/calculator-store';
import { field, renderApp, RESULT_KEYS, resultFigure, resultValue } from './render-app';

beforeEach(() => {
  resetCalculatorStore();
});

describe('the default page (Shin, Feb 2024)', () => {
  it('shows about 3.0 million shells, exactly 3,001,600', async () => {
    await renderApp();
    const total = resultFigure('totalShells');
    expect(total).toHaveTextContent('3.0 million');
    expect(total).toHaveAttribute('data-value', '3001600');
  });

  it.each(RESULT_KEYS)('marks %s exactly once, with an exact value', async (key) => {
    await renderApp();
    expect(resultValue(key)).not.toBeNull();
  });

  it('writes the worked example of CONTRACT §1', async () => {
    await renderApp();
    expect(resultValue('daysOfFire')).toBe('300.16');
    expect(Number(resultValue('monthsOfFire'))).toBeCloseTo(300.16 / (365.2425 / 12), 12);
    expect(resultValue('deliveryDays')).toBe('166');
    expect(Number(resultValue('deliveredPerDay'))).toBeCloseTo(3_001_600 / 166, 9);
    expect(Number(resultValue('dailyCoverage'))).toBeCloseTo((3_001_600 / 166 / 10_000) * 100, 9);
    expect(resultValue('lastsUntil')).toBe('2024-07-09');
    expect(Number(resultValue('massPerContainerKg'))).toBeCloseTo(19_514.88, 9);
    expect(resultValue('plausible')).toBe('true');
    expect(resultValue('euMultiple')).toBe('3.0016');
  });

  it('says in words what the figures are', async () => {
    await renderApp();
    expect(resultFigure('monthsOfFire')).toHaveTextContent('9.9');
    expect(resultFigure('daysOfFire')).toHaveTextContent('300 days');
    expect(resultFigure('lastsUntil')).toHaveTextContent('July 9, 2024');
    expect(resultFigure('deliveryDays')).toHaveTextContent('166 days');
    expect(resultFigure('plausible')).toHaveTextContent('Fits');
  });
});

describe('the exact value behind a rounded figure', () => {
  it('is given on focus: the figure takes focus and is described by the exact number', async () => {
    const { user } = await renderApp();
    const total = resultFigure('totalShells');
    await user.click(total);
    expect(total).toHaveFocus();
    expect(total).toHaveAccessibleDescription(/3,001,600/);
  });

  it('is reachable with the keyboard alone, after the choice of statement', async () => {
    const { user } = await renderApp();
    const total = resultFigure('totalShells');
    screen.getByRole('combobox', { name: /All published statements/ }).focus();
    // Past the statement's citation links, the first stop in the results is the total.
    for (let presses = 0; presses < 5 && document.activeElement !== total; presses += 1) {
      await user.tab();
    }
    expect(total).toHaveFocus();
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
    const { user } = await renderApp();
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

  it.each(['First delivery', 'Date of the count'])(
    'after hostile text pasted into "%s"',
    async (label) => {
      const { user } = await renderApp();
      for (const text of ['abc', '2024-02-30', '0000-01-01', '99999-01-01', '-', '']) {
        await user.clear(field(label));
        if (text !== '') await user.paste(text);
        await user.tab();
        expectCleanPage();
      }
      expect(resultValue('deliveryDays')).toBe('166');
    },
  );

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
