/**
 * ResultFigure marks one result as CONTRACT §4 says: `data-result` always, `data-value` only when
 * there is a value; with a detail, the exact value shows on hover and, with the page's exact
 * values on, as text under the figure. A figure is never a Tab stop: it does nothing on focus.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { explainResultReason } from '../../src/i18n/explain-result';
import { headline } from '../../src/i18n/messages/en/headline';
import type { Reason } from '../../src/model/reason';
import { OutcomeFigure } from '../../src/ui/outcome-figure';
import { ExactValues, ResultFigure } from '../../src/ui/result-figure';

const explain = (reason: Reason) => explainResultReason(reason, headline.reasons, 'en');

function figureOf(container: HTMLElement, key: string): HTMLElement {
  const figure = container.querySelector<HTMLElement>(`[data-result="${key}"]`);
  if (figure === null) throw new Error(`no data-result="${key}"`);
  return figure;
}

describe(ResultFigure, () => {
  it.each([
    [3_001_600, '3001600'],
    [9.861722006612046, '9.861722006612046'],
    [0, '0'],
    ['2024-07-09', '2024-07-09'],
    [true, 'true'],
    [false, 'false'],
  ])('writes data-value %s as "%s"', (exact, written) => {
    const { container } = render(<ResultFigure resultKey="x" exact={exact} display="shown" />);
    expect(figureOf(container, 'x')).toHaveAttribute('data-value', written);
  });

  it('writes no data-value, and shows the reason, when there is no value', () => {
    const { container } = render(
      <ResultFigure
        resultKey="deliveryDays"
        exact={null}
        display="Must be after the first delivery"
      />,
    );
    const figure = figureOf(container, 'deliveryDays');
    expect(figure).not.toHaveAttribute('data-value');
    expect(figure).toHaveTextContent('Must be after the first delivery');
  });

  it('is plain text without a detail: not focusable, not described', () => {
    const { container } = render(
      <ResultFigure resultKey="plausible" exact={true} display="Fits" />,
    );
    const figure = figureOf(container, 'plausible');
    expect(figure).not.toHaveAttribute('tabindex');
    expect(figure).not.toHaveAttribute('aria-describedby');
    expect(figure).toHaveTextContent(/^Fits$/);
  });

  it('with a detail, is no Tab stop; the exact value waits, hidden, for hover', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <button type="button">Before</button>
        <ResultFigure
          resultKey="totalShells"
          exact={3_001_600}
          display="3.0 million"
          detail="Exactly 3,001,600 shells"
        />
        <button type="button">After</button>
      </>,
    );
    const figure = figureOf(container, 'totalShells');
    expect(figure).not.toHaveAttribute('tabindex');
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    // A copy of what exact values on would show: not read out twice.
    expect(within(figure).getByText('Exactly 3,001,600 shells')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('with exact values on, writes the exact value under the figure, as text', () => {
    const { container } = render(
      <ExactValues value={true}>
        <ResultFigure resultKey="a" exact={1} display="1" detail="one exactly" />
        <ResultFigure resultKey="b" exact={2} display="2" detail="two exactly" />
      </ExactValues>,
    );
    for (const [key, words] of [
      ['a', 'one exactly'],
      ['b', 'two exactly'],
    ] as const) {
      const detail = within(figureOf(container, key)).getByText(words);
      expect(detail).not.toHaveAttribute('aria-hidden');
      expect(figureOf(container, key)).toHaveClass('shows-exact');
    }
  });

  it('keeps the detail even when the value cannot be computed', () => {
    const { container } = render(
      <ExactValues value={true}>
        <ResultFigure resultKey="x" exact={null} display="—" detail="No count date yet" />
      </ExactValues>,
    );
    const figure = figureOf(container, 'x');
    expect(figure).not.toHaveAttribute('data-value');
    expect(figure).toHaveTextContent('—No count date yet');
  });

  it('keeps its class names beside the detail marker', () => {
    const { container } = render(
      <ResultFigure resultKey="a" exact={1} display="1" detail="d" className="headline-figure" />,
    );
    expect(figureOf(container, 'a')).toHaveClass('headline-figure', 'has-detail');
  });
});

describe(OutcomeFigure, () => {
  it('formats a computed value and writes it to data-value', () => {
    const { container } = render(
      <OutcomeFigure
        resultKey="deliveryDays"
        outcome={{ ok: true, value: 166 }}
        format={(days) => `${String(days)} days`}
        explain={explain}
      />,
    );
    const figure = figureOf(container, 'deliveryDays');
    expect(figure).toHaveAttribute('data-value', '166');
    expect(figure).toHaveTextContent('166 days');
  });

  it('shows the reason instead of a number, with no data-value (CONTRACT §4)', () => {
    const { container } = render(
      <OutcomeFigure
        resultKey="deliveryDays"
        outcome={{ ok: false, reason: { kind: 'end-not-after-start', start: '2023-09-13' } }}
        format={(days: number) => `${String(days)} days`}
        explain={explain}
        detail={(days) => `${String(days)} exactly`}
      />,
    );
    const figure = figureOf(container, 'deliveryDays');
    expect(figure).not.toHaveAttribute('data-value');
    expect(figure).toHaveTextContent('Must be after the first delivery (September 13, 2023)');
    expect(figure).not.toHaveAttribute('tabindex');
  });
});

describe('the exact value shown on hover', () => {
  it('closes with Escape and opens again on the next hover (WCAG 1.4.13)', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ResultFigure
        resultKey="x"
        exact={3_001_600}
        display="3.0 million"
        detail="Exactly 3,001,600"
      />,
    );
    const figure = figureOf(container, 'x');
    await user.hover(figure);
    expect(figure).not.toHaveClass('detail-dismissed');
    await user.keyboard('{Escape}');
    expect(figure).toHaveClass('detail-dismissed');
    await user.unhover(figure);
    await user.hover(figure);
    expect(figure).not.toHaveClass('detail-dismissed');
  });

  it('does not close what exact values on show', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ExactValues value={true}>
        <ResultFigure resultKey="x" exact={1} display="1" detail="one exactly" />
      </ExactValues>,
    );
    const figure = figureOf(container, 'x');
    await user.hover(figure);
    await user.keyboard('{Escape}');
    expect(figure).not.toHaveClass('detail-dismissed');
    expect(figure).toHaveClass('shows-exact');
  });
});
