/**
 * The number fields with the keyboard: ArrowUp/ArrowDown step the value by a sensible amount for
 * each input (Shift, PageUp and PageDown ten times as far), within the input's bounds, through the
 * same action as the slider, and only while the text is a number; Escape drops refused text,
 * Enter tidies accepted text as leaving the field does.
 */
import { fireEvent, screen } from '@testing-library/react';
import { stepped } from '../../src/features/assumptions/number-field';
import { numberSpec, NUMERIC_INPUT_KEYS } from '../../src/model/inputs';
import { useStore } from '../../src/store/store';
import { field, renderCalculator, resultValue } from './render-app';

describe('stepped', () => {
  it('adds one step up and takes one away down', () => {
    expect(stepped('containers', 6_700, { key: 'ArrowUp', shiftKey: false })).toBe(6_800);
    expect(stepped('containers', 6_700, { key: 'ArrowDown', shiftKey: false })).toBe(6_600);
    expect(stepped('daily', 10_000, { key: 'ArrowUp', shiftKey: false })).toBe(11_000);
    expect(stepped('payloadKg', 28_180, { key: 'ArrowDown', shiftKey: false })).toBe(28_170);
  });

  it('moves ten steps with Shift, PageUp or PageDown', () => {
    expect(stepped('containers', 6_700, { key: 'ArrowUp', shiftKey: true })).toBe(7_700);
    expect(stepped('containers', 6_700, { key: 'PageUp', shiftKey: false })).toBe(7_700);
    expect(stepped('perContainer', 448, { key: 'PageDown', shiftKey: false })).toBe(438);
  });

  it('keeps decimals clean', () => {
    expect(stepped('shellKg', 43.56, { key: 'ArrowUp', shiftKey: false })).toBe(43.57);
    expect(stepped('shellKg', 0.1 + 0.2 + 43, { key: 'ArrowDown', shiftKey: false })).toBe(43.29);
    expect(stepped('shellKg', 43.56, { key: 'ArrowDown', shiftKey: true })).toBe(43.46);
    expect(stepped('share', 12.5, { key: 'ArrowUp', shiftKey: false })).toBe(13.5);
  });

  it.each(NUMERIC_INPUT_KEYS)('stays within the bounds of %s', (key) => {
    const { min, max } = numberSpec(key);
    expect(stepped(key, max, { key: 'PageUp', shiftKey: true })).toBe(max);
    expect(stepped(key, min, { key: 'PageDown', shiftKey: true })).toBe(min);
    expect(stepped(key, max - numberSpec(key).step / 2, { key: 'ArrowUp', shiftKey: false })).toBe(
      max,
    );
  });

  it('ignores other keys', () => {
    expect(stepped('containers', 6_700, { key: 'ArrowLeft', shiftKey: false })).toBeNull();
    expect(stepped('containers', 6_700, { key: 'Home', shiftKey: false })).toBeNull();
  });
});

describe('arrow keys in a number field', () => {
  it('step the containers by 100 and change the results', async () => {
    const { user } = renderCalculator();
    const containers = field('Containers shipped');
    await user.click(containers);
    await user.keyboard('{ArrowUp}');
    expect(containers).toHaveValue('6,800');
    expect(resultValue('totalShells')).toBe(String(6_800 * 448));
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(containers).toHaveValue('7,800');
    await user.keyboard('{PageDown}{ArrowDown}{ArrowDown}');
    expect(containers).toHaveValue('6,600');
    expect(useStore.getState().inputs.containers).toBe(6_600);
  });

  it.each([
    ['Shells per container', '448', '449'],
    ['Containers holding shells', '100', '100'],
    ['Shells that work', '100', '100'],
    ['Russian fire per day', '10,000', '11,000'],
    ['Mass of one shell', '43.56', '43.57'],
    ['Payload limit of a container', '28,180', '28,190'],
  ])('%s: %s → %s', async (label, shown, after) => {
    const { user } = renderCalculator();
    const input = field(label);
    expect(input).toHaveValue(shown);
    await user.click(input);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveValue(after);
  });

  it('keep the caret where it is: the default of the key is prevented', () => {
    renderCalculator();
    const input = field('Shells per container');
    expect(fireEvent.keyDown(input, { key: 'ArrowUp' })).toBe(false);
    expect(fireEvent.keyDown(input, { key: 'ArrowLeft' })).toBe(true);
  });

  it('step from a number just typed, not yet tidied', async () => {
    const { user } = renderCalculator();
    const input = field('Containers shipped');
    await user.clear(input);
    await user.type(input, '10000{ArrowDown}');
    expect(input).toHaveValue('9,900');
    expect(resultValue('totalShells')).toBe(String(9_900 * 448));
  });

  it('do nothing while the text is refused', async () => {
    const { user } = renderCalculator();
    const input = field('Shells per container');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(fireEvent.keyDown(input, { key: 'ArrowUp' })).toBe(true);
    expect(input).toHaveValue('abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(resultValue('totalShells')).toBe('3001600');
  });

  it('are announced in the field description', () => {
    renderCalculator();
    expect(field('Containers shipped')).toHaveAccessibleDescription(
      /arrow keys change it by 100, with Shift by 1,000/,
    );
    expect(field('Mass of one shell')).toHaveAccessibleDescription(/change it by 0.01/);
  });
});

describe('Escape and Enter in a field', () => {
  it('Escape drops refused text and shows the value the results use', async () => {
    const { user } = renderCalculator();
    const input = field('Shells per container');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('448');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Not a number/)).not.toBeInTheDocument();
  });

  it('Escape goes back from a date typed out of order', async () => {
    const { user } = renderCalculator();
    const start = field('First delivery');
    await user.clear(start);
    await user.type(start, '2025-01-01');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(start).toHaveValue('2023-09-13');
    expect(start).not.toHaveAttribute('aria-invalid');
  });

  it('Enter tidies a number typed and keeps the focus', async () => {
    const { user } = renderCalculator();
    const input = field('Russian fire per day');
    await user.clear(input);
    await user.type(input, '12000{Enter}');
    expect(input).toHaveValue('12,000');
    expect(input).toHaveFocus();
    expect(resultValue('daysOfFire')).toBe(String(3_001_600 / 12_000));
  });

  it('Enter keeps refused text to correct', async () => {
    const { user } = renderCalculator();
    const input = field('Russian fire per day');
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(input).toHaveValue('abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('Enter takes a number beyond the bounds as the bound, and says so', async () => {
    const { user } = renderCalculator();
    const input = field('Russian fire per day');
    await user.clear(input);
    await user.type(input, '0');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('1');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(
      /“Russian fire per day” is below the lowest allowed value; using 1\./,
    );
  });
});
