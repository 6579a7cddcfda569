/**
 * "What would have to be true" as a reader uses it, with the real store. Defaults: 6,700
 * containers × 448 shells = 3,001,600 shells, 10,000 a day, first delivery 2023-09-13, count
 * 2024-02-26. Twelve months are 12 × 30.436875 = 365.2425 days, so they need 3,652,425 shells:
 * 545.138 a container, or 8,152.7 containers, or Russia firing 3,001,600 ÷ 365.2425 = 8,218.1 a day.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SolverPanel } from '../../src/features/solver/solver-panel';
import { useStore } from '../../src/store/store';

function renderPanel() {
  const user = userEvent.setup({ delay: null });
  render(<SolverPanel />);
  return user;
}

function targetField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Target value' });
}

async function typeTarget(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(targetField());
  if (text !== '') await user.type(targetField(), text);
}

/** The verdict on the answer: its lead in bold, then the reasons. */
function verdict(lead: string): HTMLElement | null {
  return screen.getByText(lead, { selector: 'strong' }).parentElement;
}

const inputs = () => useStore.getState().inputs;

describe(SolverPanel, () => {
  it('answers the default question: 12 months, shells per container', () => {
    renderPanel();
    expect(screen.getByRole('region', { name: 'What would have to be true' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Target' })).toHaveDisplayValue('Months of fire');
    expect(targetField()).toHaveValue('12');
    expect(screen.getByRole('combobox', { name: 'Solve for' })).toHaveDisplayValue(
      'Shells per container',
    );
    expect(
      screen.getByText('To last 12 months, each container would need about 545 shells (545.14).'),
    ).toBeVisible();
  });

  it('judges the answer in plain words', () => {
    renderPanel();
    // 545.1 × 43.56 kg = 23,744.6 kg: under the 28,180 kg payload, and within the published
    // 253–615 (4 million ÷ 15,809 = 253, the satellite count's low end; 8 million ÷ 13,000 = 615,
    // the NIS's of October 2024, mixed calibres)
    expect(verdict('Plausible.')).toHaveTextContent(
      'Plausible. They would weigh 23.7 t, within the 28.2 t a container can carry. That is within the published figures (253 to 615 shells a container).',
    );
  });

  it('says when the answer is beyond the published figures', async () => {
    const user = renderPanel();
    // 14 months: 14 × 30.436875 = 426.11625 days × 10,000 = 4,261,162.5 shells ÷ 6,700 = 635.99
    // a container; 636 × 43.56 kg = 27,704.16 kg: under the 28,180 kg payload, above 615
    await typeTarget(user, '14');
    expect(
      screen.getByText('To last 14 months, each container would need about 636 shells (635.99).'),
    ).toBeVisible();
    expect(verdict('Beyond the published figures.')).toHaveTextContent(
      'Beyond the published figures. They would weigh 27.7 t, within the 28.2 t a container can carry. That is more than any published figure (253 to 615 shells a container).',
    );
  });

  it('applies the rounded answer in one click', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Use 545.1 shells a container' }));
    expect(inputs().perContainer).toBe(545.1);
    expect(screen.getByText('Shells per container is now 545.1.')).toHaveRole('status');
  });

  it('replaces a range with the answer', async () => {
    act(() => {
      useStore.getState().actions.setRange('perContainer', { low: 266, high: 367 });
    });
    const user = renderPanel();
    expect(screen.getByText('This replaces your range with one number.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Use 545.1 shells a container' }));
    expect(inputs().perContainer).toBe(545.1);
    expect(useStore.getState().ranges.perContainer).toBeUndefined();
  });

  it.each([
    // 3,652,425 ÷ 448 = 8,152.73; rounded 8,153
    [
      'Containers',
      'North Korea would have to have sent about 8,153 containers (8,152.73).',
      'Use 8,153 containers',
      'containers',
      8_153,
    ],
    // 3,001,600 ÷ 365.2425 = 8,218.10; rounded 8,218
    [
      'Shells fired a day',
      'Russia would have to fire about 8,218 shells a day (8,218.10).',
      'Use 8,218 shells a day',
      'daily',
      8_218,
    ],
  ] as const)('solves for %s', async (option, answer, button, key, value) => {
    const user = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Solve for' }), option);
    expect(screen.getByText(`To last 12 months, ${answer}`)).toBeVisible();
    await user.click(screen.getByRole('button', { name: button }));
    expect(inputs()[key]).toBe(value);
  });

  it('solves for a last day of fire', async () => {
    const user = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'Last day of fire');
    // 2023-09-13 to 2024-09-13 is 366 days; 366.5 × 10,000 ÷ 6,700 = 547.01 a container
    await typeTarget(user, '2024-09-13');
    expect(
      screen.getByText(
        'To last until September 13, 2024, each container would need about 547 shells (547.01).',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Use 547 shells a container' }));
    expect(inputs().perContainer).toBe(547);
  });

  it('solves for a total of shells', async () => {
    const user = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'Total shells');
    // 5,000,000 ÷ 6,700 = 746.27 a container
    await typeTarget(user, '5,000,000');
    expect(
      screen.getByText(
        'To deliver 5,000,000 working shells, each container would need about 746 shells (746.27).',
      ),
    ).toBeVisible();
  });

  it.each([
    ['abc', 'Not a number'],
    ['0', 'Enter a number above 0'],
    ['-2', 'Enter a number above 0'],
    ['', 'Enter a number'],
  ])('refuses the target "%s" with a clear message', async (text, message) => {
    const user = renderPanel();
    await typeTarget(user, text);
    expect(targetField()).toHaveAttribute('aria-invalid', 'true');
    expect(targetField()).toHaveAccessibleDescription(`months ${message}`);
    expect(screen.queryByRole('button', { name: /^Use / })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/NaN|Infinity|undefined/);
  });

  it.each([
    ['2024-02-30', 'Not a real date (use YYYY-MM-DD)'],
    [
      '2024-02-26',
      'The shells last at least until the count date, February 26, 2024: pick a later day',
    ],
  ])('refuses the last day %s', async (text, message) => {
    const user = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'Last day of fire');
    await typeTarget(user, text);
    expect(targetField()).toHaveAttribute('aria-invalid', 'true');
    expect(targetField()).toHaveAccessibleDescription(`YYYY-MM-DD ${message}`);
  });

  it('explains that daily fire cannot change a total', async () => {
    const user = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'Total shells');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Solve for' }),
      'Shells fired a day',
    );
    expect(screen.getByText(/does not change how many shells were delivered/)).toBeVisible();
    expect(targetField()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('button', { name: /^Use / })).not.toBeInTheDocument();
  });

  it('offers no button for a value the calculator cannot take', async () => {
    const user = renderPanel();
    // 1,000 months need 45,428 shells a container; at most 5,000 are allowed
    await typeTarget(user, '1000');
    expect(verdict('Not plausible.')).toHaveTextContent(
      'The calculator cannot use it: Shells per container must be 5,000 or less.',
    );
    expect(screen.queryByRole('button', { name: /^Use / })).not.toBeInTheDocument();
  });

  it('calls a container too heavy to carry not plausible', async () => {
    const user = renderPanel();
    // 100 months: 100 × 30.436875 × 10,000 ÷ 6,700 = 4,542.8 shells × 43.56 kg = 197.9 t
    await typeTarget(user, '100');
    expect(verdict('Not plausible.')).toHaveTextContent(
      'They would weigh 197.9 t, more than the 28.2 t a container can carry.',
    );
  });
});
