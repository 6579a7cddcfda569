/**
 * What the page does with the link it was opened with (CONTRACT §3, §5): every parameter it could
 * not take is named in a notice the reader can dismiss, and `embed=1` is the compact view with a
 * way out to the full calculator.
 */
import { screen, within } from '@testing-library/react';
import { useStore } from '../../src/store/store';
import { renderApp, resultValue } from './render-app';

function openWith(search: string) {
  useStore.getState().actions.loadQuery(search);
}

function notice(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-notice]');
}

describe('a link with parameters the page cannot take', () => {
  it('names each of them in a notice, announced as a status with a heading, and uses the defaults', async () => {
    openWith('?daily=abc&foo=1');
    await renderApp();
    const shown = notice();
    expect(shown).not.toBeNull();
    expect(shown).toHaveTextContent(/\bdaily\b.*not a number.*10,000/);
    expect(shown).toHaveTextContent(/\bfoo\b/);
    expect(resultValue('daysOfFire')).toBe('300.16');
    const status = screen.getByRole('status', { name: 'Some settings in this link were changed' });
    expect(within(status).getAllByRole('listitem')).toHaveLength(2);
  });

  it('goes away with "Dismiss"', async () => {
    openWith('?daily=abc&foo=1');
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice()).toBeNull();
    expect(screen.queryByText(/\bfoo\b/)).not.toBeInTheDocument();
  });

  it('names a clamped number and the value used', async () => {
    openWith('?share=120');
    await renderApp();
    expect(notice()).toHaveTextContent(/\bshare\b.*above the highest.*100/);
    expect(resultValue('totalShells')).toBe('3001600');
  });

  it('refuses a count date before the first delivery and keeps the statement’s', async () => {
    openWith('?end=2023-01-01');
    await renderApp();
    expect(notice()).toHaveTextContent(/\bend\b.*not after the first delivery/);
    expect(resultValue('deliveryDays')).toBe('166');
  });

  it('shows no notice for a clean link', async () => {
    openWith('?v=1&scenario=shin-2024-06');
    await renderApp();
    expect(notice()).toBeNull();
    expect(resultValue('totalShells')).toBe('4800000');
  });

  it('shows no NaN, Infinity or undefined for a hostile link', async () => {
    openWith(
      '?containers=1e400&perContainer=NaN&daily=Infinity&start=undefined&end=&share=-0&foo=%3Cb%3E&v=9',
    );
    await renderApp();
    expect(notice()).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('the embedded view (embed=1)', () => {
  it('has no site masthead, only a title for screen readers, and links to the full calculator with the reader’s state but without embed', async () => {
    openWith('?embed=1&scenario=shin-2024-06&containers=12000');
    await renderApp();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveClass('visually-hidden');
    const href = screen.getByRole('link', { name: 'Open full calculator' }).getAttribute('href');
    expect(href).not.toMatch(/embed/);
    const params = new URLSearchParams(href?.split('?')[1] ?? '');
    expect(params.get('scenario')).toBe('shin-2024-06');
    expect(params.get('containers')).toBe('12000');
    expect(params.has('embed')).toBe(false);
    expect(resultValue('totalShells')).toBe(String(12_000 * 480));
  });

  it('still has the inputs, and they still work', async () => {
    openWith('?embed=1');
    const { user } = await renderApp();
    const containers = screen.getByRole('textbox', { name: 'Containers shipped' });
    await user.clear(containers);
    await user.type(containers, '10000');
    expect(resultValue('totalShells')).toBe('4480000');
  });

  it('shows the full page with its heading without embed', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/How many shells/);
    expect(screen.queryByRole('link', { name: 'Open full calculator' })).not.toBeInTheDocument();
  });
});

describe('the chart’s figures as a table', () => {
  it('shows the count and the last day of supply with their cumulative totals', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByText('The chart’s figures as a table'));
    const table = screen.getByRole('table', { name: 'Cumulative shells, your assumptions' });
    const count = within(table).getByRole('row', { name: /February 26, 2024/ });
    expect(count).toHaveTextContent(/date of the count/);
    expect(count).toHaveTextContent('3,001,600');
    expect(count).toHaveTextContent('1,660,000');
    const stockOut = within(table).getByRole('row', { name: /July 9, 2024/ });
    expect(stockOut).toHaveTextContent(/last day of supply/);
    expect(stockOut).toHaveTextContent('3,000,000');
  });
});
