/**
 * The assumption fields (CONTRACT §4): each a labelled `<input type="text" name="<key>">` with the
 * source of its default; what is typed there updates the results, and what cannot be used is
 * refused beside the field while the results keep the last good value.
 */
import { screen, within } from '@testing-library/react';
import { field, renderCalculator, resultValue } from './render-app';

/** CONTRACT §1's inputs, by the label a reader sees. */
const FIELDS = [
  ['containers', 'Containers shipped', '6,700'],
  ['perContainer', 'Shells per container', '448'],
  ['share', 'Containers holding shells', '100'],
  ['usable', 'Shells that work', '100'],
  ['daily', 'Russian fire per day', '10,000'],
  ['start', 'First delivery', '2023-09-13'],
  ['end', 'Date of the count', '2024-02-26'],
  ['shellKg', 'Mass of one shell', '43.56'],
  ['payloadKg', 'Payload limit of a container', '28,180'],
] as const;

describe('every input of CONTRACT §1', () => {
  // Read-only: one render for all nine fields.
  it('is one labelled text field per key, showing its default, with a line on why', () => {
    renderCalculator();
    for (const [key, label, shown] of FIELDS) {
      expect(document.querySelectorAll(`input[name="${key}"]`), key).toHaveLength(1);
      const input = field(label);
      expect(input).toHaveAttribute('name', key);
      expect(input).toHaveAttribute('type', 'text');
      expect(input).toHaveValue(shown);
      expect(input).toHaveAccessibleDescription(/Why this default:/);
    }
  });
});

describe('typing a value', () => {
  it('updates the results as the reader types', async () => {
    const { user } = renderCalculator();
    await user.clear(field('Containers shipped'));
    await user.type(field('Containers shipped'), '10000');
    expect(resultValue('totalShells')).toBe('4480000');
    await user.tab();
    expect(field('Containers shipped')).toHaveValue('10,000');
  });

  it('refuses letters beside the field and keeps the last good total', async () => {
    const { user } = renderCalculator();
    const input = field('Shells per container');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Not a number/);
    expect(input).toHaveAccessibleDescription(/still use 448 shells/);
    expect(resultValue('totalShells')).toBe('3001600');
    // Leaving the field keeps what was typed, so the reader can correct it.
    await user.tab();
    expect(input).toHaveValue('abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a negative share with its bound', async () => {
    const { user } = renderCalculator();
    const input = field('Containers holding shells');
    await user.clear(input);
    await user.type(input, '-5');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Must be 0 or more/);
    expect(resultValue('totalShells')).toBe('3001600');
  });

  it('refuses a share above 100 with its bound', async () => {
    const { user } = renderCalculator();
    const input = field('Containers holding shells');
    await user.clear(input);
    await user.paste('120');
    expect(input).toHaveAccessibleDescription(/Must be 100 or less/);
    expect(resultValue('totalShells')).toBe('3001600');
  });

  it('clears the refusal once the text is good again', async () => {
    const { user } = renderCalculator();
    const input = field('Shells per container');
    await user.clear(input);
    await user.type(input, '4x');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.type(input, '{Backspace}80');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAccessibleDescription(/Not a number/);
    expect(resultValue('totalShells')).toBe(String(6_700 * 480));
  });

  it('reads grouping commas as a reader writes them', async () => {
    const { user } = renderCalculator();
    await user.clear(field('Russian fire per day'));
    await user.type(field('Russian fire per day'), '20,000');
    expect(Number(resultValue('daysOfFire'))).toBeCloseTo(150.08, 9);
  });

  it('survives letters, 1e400, an empty field, "-" and "." typed one key at a time', async () => {
    const { user } = renderCalculator();
    const input = field('Russian fire per day');
    for (const text of ['abc', '1e400', '', '-', '.']) {
      await user.clear(input);
      if (text !== '') await user.type(input, text);
      expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('the dates', () => {
  it('refuses a count date before the first delivery and keeps 166 days', async () => {
    const { user } = renderCalculator();
    const input = field('Date of the count');
    await user.clear(input);
    await user.type(input, '2023-01-01');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Must be after the first delivery/);
    expect(resultValue('deliveryDays')).toBe('166');
  });

  it('refuses a date that is not on the calendar', async () => {
    const { user } = renderCalculator();
    const input = field('Date of the count');
    await user.clear(input);
    await user.type(input, '2024-02-30');
    expect(input).toHaveAccessibleDescription(/Not a real date/);
    expect(resultValue('deliveryDays')).toBe('166');
  });

  it('takes a later count date and says how it reads', async () => {
    const { user } = renderCalculator();
    const input = field('Date of the count');
    await user.clear(input);
    await user.type(input, '2024-06-14');
    expect(resultValue('deliveryDays')).toBe('275');
    expect(input).toHaveAccessibleDescription(/Reads as June 14, 2024/);
  });

  // A field that shows no refusal must be a value the results use. Here the first delivery is
  // typed after the old count date (refused), then the count date is moved past it: the refusal
  // disappears, so the results must now run from 2024-03-01.
  it('uses a first delivery that became valid when the count date moved', async () => {
    const { user } = renderCalculator();
    const start = field('First delivery');
    await user.clear(start);
    await user.type(start, '2024-03-01');
    expect(start).toHaveAccessibleDescription(/Must be before the count date/);

    const end = field('Date of the count');
    await user.clear(end);
    await user.type(end, '2024-06-01');
    await user.tab();

    expect(start).toHaveValue('2024-03-01');
    expect(start).not.toHaveAttribute('aria-invalid');
    // 2024-03-01 → 2024-06-01: 31 + 30 + 31 days.
    expect(resultValue('deliveryDays')).toBe('92');
  });
});

describe('published rates of fire', () => {
  it('sets the daily rate in one click and halves the months at 20,000 a day', async () => {
    const { user } = renderCalculator();
    const months = Number(resultValue('monthsOfFire'));
    const rates = screen.getByRole('group', { name: 'Published rates of fire' });
    // US officials' 2022 peak (Syrskyi's Aug–Sep 2023 is 20,000 a day too, FACTS §2).
    const us = within(rates).getByRole('button', { name: /^20,000 · US officials/ });
    await user.click(us);
    expect(field('Russian fire per day')).toHaveValue('20,000');
    expect(us).toHaveAttribute('aria-pressed', 'true');
    expect(within(rates).getByRole('button', { name: /^10,000/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(Number(resultValue('monthsOfFire'))).toBeCloseTo(months / 2, 12);
  });

  it('replaces a refused draft in the daily field', async () => {
    const { user } = renderCalculator();
    const input = field('Russian fire per day');
    await user.clear(input);
    await user.type(input, 'lots');
    const rates = screen.getByRole('group', { name: 'Published rates of fire' });
    await user.click(within(rates).getByRole('button', { name: /32,900/ }));
    expect(input).toHaveValue('32,900');
    expect(input).not.toHaveAttribute('aria-invalid');
  });
});
