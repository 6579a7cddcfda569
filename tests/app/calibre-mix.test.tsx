/**
 * CONTRACT §6, the calibre mix, as a reader meets it: Shin's February 2024 preset offers its two
 * fillings and the half-and-half reading in one click each, and the worked example holds on the
 * page: 50% rockets → 1,500,800 shells and 251,250 rockets, in the figures and in the working.
 */
import { render, screen, within } from '@testing-library/react';
import { WorkingLine } from '../../src/features/working/working-line';
import { resetStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { field, renderCalculator, resultValue } from './render-app';

beforeEach(() => {
  resetStore();
  showOnScreen('en');
});

/** The field's frame: its label, entry, published values and source. */
function frameOf(input: HTMLElement): HTMLElement {
  const frame = input.closest<HTMLElement>('.field');
  if (!frame) throw new Error('no .field around the input');
  return frame;
}

function mixButtons() {
  return within(screen.getByRole('group', { name: 'Fillings of the containers' }));
}

describe('the calibre mix', () => {
  it('is all 152 mm by default: no rockets, and the working is section 1’s', () => {
    renderCalculator();
    render(<WorkingLine />);
    expect(resultValue('totalRockets')).toBe('0');
    expect(mixButtons().getByRole('button', { name: 'All 152 mm shells' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.queryByText(/of which/)).toBeNull();
  });

  it('half and half in one click: 1,500,800 shells and 251,250 rockets, worked out in words', async () => {
    const { user } = renderCalculator();
    render(<WorkingLine />);
    await user.click(mixButtons().getByRole('button', { name: 'Half and half' }));
    expect(field('Filled with 122 mm rockets instead')).toHaveValue('50');
    expect(resultValue('totalShells')).toBe('1500800');
    expect(resultValue('totalRockets')).toBe('251250');
    const rockets = document.querySelector('.working-rockets');
    expect(rockets).toHaveTextContent(
      'of which 50% rockets: 6,700 containers × 75 rockets each × 100% hold shells × 100% work × 50% = 251,250 122 mm rockets',
    );
    expect(document.querySelector('.working-line')).toHaveTextContent(
      '6,700 containers × 448 shells each × 100% hold shells × 100% work × 50% 152 mm, not rockets = 1,500,800 shells',
    );
    expect(screen.getByText('plus about 250,000 122 mm rockets')).toBeVisible();
  });

  it('all 122 mm: no shells, 502,500 rockets', async () => {
    const { user } = renderCalculator();
    await user.click(mixButtons().getByRole('button', { name: 'All 122 mm rockets' }));
    expect(resultValue('totalShells')).toBe('0');
    expect(resultValue('totalRockets')).toBe('502500');
  });
});

describe('published values on a field', () => {
  it('offer 50% working shells from Ukrainian military intelligence, and choosing it credits them', async () => {
    const { user } = renderCalculator();
    const usable = field('Shells that work');
    const frame = frameOf(usable);
    await user.click(within(frame).getByText(/^Published values/));
    const fifty = within(frame).getByRole('button', { name: /^50 · / });
    expect(fifty.textContent).toMatch(/Ukrainian military intelligence/);
    await user.click(fifty);
    expect(usable).toHaveValue('50');
    expect(fifty).toHaveAttribute('aria-pressed', 'true');
    expect(resultValue('totalShells')).toBe('1500800');
  });

  it('offer the rockets per container of each statement that gave a 122 mm figure: 75, 80, 100', async () => {
    const { user } = renderCalculator();
    const rockets = field('122 mm rockets per container');
    const frame = frameOf(rockets);
    await user.click(within(frame).getByText(/^Published values/));
    const values = within(frame)
      .getAllByRole('button')
      .map((button) => /^[\d,]+/.exec(button.textContent)?.[0])
      .filter((value) => value !== undefined)
      .sort();
    expect(values).toEqual(['100', '75', '80']);
  });
});
