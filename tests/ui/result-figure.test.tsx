/**
 * ResultFigure marks one result as CONTRACT §4 says: `data-result` always, `data-value` only when
 * there is a value; with a detail, the exact value is one focus away.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { explainResultReason } from '../../src/i18n/explain-result';
import { headline } from '../../src/i18n/messages/en/headline';
import type { Reason } from '../../src/model/reason';
import { OutcomeFigure } from '../../src/ui/outcome-figure';
import { ResultFigure } from '../../src/ui/result-figure';

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

  it('with a detail, takes focus and is described by the exact value', async () => {
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
      </>,
    );
    const figure = figureOf(container, 'totalShells');
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(figure).toHaveFocus();
    expect(figure).toHaveAccessibleDescription('Exactly 3,001,600 shells');
    // The detail is the description and hidden from the content, so it is heard once.
    expect(within(figure).getByText('Exactly 3,001,600 shells')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('keeps the detail even when the value cannot be computed', () => {
    const { container } = render(
      <ResultFigure resultKey="x" exact={null} display="—" detail="No count date yet" />,
    );
    const figure = figureOf(container, 'x');
    expect(figure).not.toHaveAttribute('data-value');
    expect(figure).toHaveAccessibleDescription('No count date yet');
  });

  it('gives each figure its own description', () => {
    const { container } = render(
      <>
        <ResultFigure resultKey="a" exact={1} display="1" detail="one exactly" />
        <ResultFigure resultKey="b" exact={2} display="2" detail="two exactly" />
      </>,
    );
    expect(figureOf(container, 'a')).toHaveAccessibleDescription('one exactly');
    expect(figureOf(container, 'b')).toHaveAccessibleDescription('two exactly');
  });

  it('keeps its class names beside the focus marker', () => {
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

describe('the exact value shown on focus', () => {
  it('closes with Escape and opens again on the next focus (WCAG 1.4.13)', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <ResultFigure
          resultKey="x"
          exact={3_001_600}
          display="3.0 million"
          detail="Exactly 3,001,600"
        />
        <button type="button">next</button>
      </>,
    );
    const figure = figureOf(container, 'x');
    await user.tab();
    expect(figure).toHaveFocus();
    expect(figure).not.toHaveClass('detail-dismissed');
    await user.keyboard('{Escape}');
    expect(figure).toHaveClass('detail-dismissed');
    // Still described by the exact value for screen readers; only the visible box closed.
    expect(figure).toHaveAccessibleDescription('Exactly 3,001,600');
    await user.tab();
    await user.tab({ shift: true });
    expect(figure).toHaveFocus();
    expect(figure).not.toHaveClass('detail-dismissed');
  });
});
