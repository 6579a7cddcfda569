/**
 * The embedded view (`embed=1`): results and chart first, the assumptions folded into one line per
 * group that still opens to every field.
 */
import { screen, within } from '@testing-library/react';
import { useStore } from '../../src/store/store';
import { field, renderApp, resultValue } from './render-app';

beforeEach(() => {
  useStore.getState().actions.loadQuery('?embed=1&containers=10000');
});

function fold(title: string): HTMLDetailsElement {
  const summary = screen.getByText(title, { selector: '.group-title' }).closest('summary');
  const details = summary?.parentElement;
  if (!summary || !(details instanceof HTMLDetailsElement)) throw new Error(`no fold ${title}`);
  return details;
}

describe('the embedded view', () => {
  it('shows the results before the assumptions', async () => {
    await renderApp();
    const total = document.querySelector('[data-result="totalShells"]');
    const assumptions = screen.getByRole('heading', { name: 'Your assumptions' });
    if (total === null) throw new Error('no total');
    expect(total.compareDocumentPosition(assumptions) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(resultValue('totalShells')).toBe(String(10_000 * 448));
  });

  it('folds each group to its title and current values', async () => {
    await renderApp();
    const shipped = fold('What was shipped');
    expect(shipped.open).toBe(false);
    expect(within(shipped).getByText('10,000 containers · 448 shells · 100% · 100%')).toBeVisible();
    expect(within(fold('When')).getByText('September 13, 2023 · February 26, 2024')).toBeVisible();
    expect(field('Containers shipped')).not.toBeVisible();
  });

  it('folds a range as its two ends, and a percentage allowance as a percentage', async () => {
    useStore.getState().actions.loadQuery('?embed=1&containers=6700..13000&packaging=20');
    await renderApp();
    expect(
      within(fold('What was shipped')).getByText(
        '6,700–13,000 containers · 448 shells · 100% · 100%',
      ),
    ).toBeVisible();
    expect(
      within(fold('Would it fit? (weight check)')).getByText('43.56 kg · 28,180 kg · 20%'),
    ).toBeVisible();
  });

  it('opens a group to fields that still work, and the folded line follows them', async () => {
    const { user } = await renderApp();
    const shipped = fold('What was shipped');
    await user.click(within(shipped).getByText('What was shipped', { selector: '.group-title' }));
    expect(shipped.open).toBe(true);
    const containers = field('Containers shipped');
    expect(containers).toBeVisible();
    await user.clear(containers);
    await user.type(containers, '12000');
    expect(resultValue('totalShells')).toBe(String(12_000 * 448));
    expect(within(shipped).getByText('12,000 containers · 448 shells · 100% · 100%')).toBeVisible();
  });
});
