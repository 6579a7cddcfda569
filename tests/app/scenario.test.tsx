/**
 * Choosing a published statement: the two founding ones as buttons, all of them in a list, and a
 * "Modified" line with a way back once the reader has changed any of its inputs.
 */
import { screen } from '@testing-library/react';
import { field, renderApp, resultFigure, resultValue } from './render-app';
import { FACTS_SCENARIO_IDS } from '../contract-defaults';

// jsdom applies no CSS, so the button's two stacked lines have no space between them here.
const FEB_2024 = /Feb 2024\s*6,700 containers/;
const JUN_2024 = /Jun 2024\s*10,000 containers/;

function statementList(): HTMLSelectElement {
  const select = screen.getByRole('combobox', { name: /All published statements/ });
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a <select>');
  return select;
}

describe('the founding statements', () => {
  // Read-only, so one render: the buttons' start and the list's statements.
  it('start on February 2024, pressed, beside a list of every statement, oldest first', async () => {
    await renderApp();
    expect(screen.getByRole('button', { name: FEB_2024 })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: JUN_2024 })).toHaveAttribute('aria-pressed', 'false');
    const options = Array.from(statementList().options, (option) => option.value);
    expect(options).toEqual(FACTS_SCENARIO_IDS);
  });

  it('June 2024 shows 4.8 million and is pressed', async () => {
    const { user } = await renderApp();
    const june = screen.getByRole('button', { name: JUN_2024 });
    await user.click(june);
    expect(resultFigure('totalShells')).toHaveTextContent('4.8 million');
    expect(resultValue('totalShells')).toBe('4800000');
    expect(june).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: FEB_2024 })).toHaveAttribute('aria-pressed', 'false');
    expect(field('Containers shipped')).toHaveValue('10,000');
    expect(field('Shells per container')).toHaveValue('480');
    expect(field('Date of the count')).toHaveValue('2024-06-14');
    expect(statementList()).toHaveValue('shin-2024-06');
  });
});

describe('the list of all published statements', () => {
  it('changes the results to the chosen statement', async () => {
    const { user } = await renderApp();
    await user.selectOptions(
      statementList(),
      'Jul 2024 · Shin Won-sik · at least 11,000 containers',
    );
    expect(resultValue('totalShells')).toBe(String(11_000 * 473));
    expect(resultFigure('totalShells')).toHaveTextContent('5.2 million');
    expect(resultValue('deliveryDays')).toBe('306');
    expect(screen.getByRole('button', { name: FEB_2024 })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/could hold some 5\.2 million artillery shells/)).toBeInTheDocument();
  });
});

describe('a modified statement', () => {
  it('names the changed field, and "Reset to this statement" restores it', async () => {
    const { user } = await renderApp();
    expect(screen.queryByText(/Modified/)).not.toBeInTheDocument();

    await user.clear(field('Containers shipped'));
    await user.type(field('Containers shipped'), '10000');
    expect(resultValue('totalShells')).toBe('4480000');
    const modified = screen.getByText('Modified.').closest('p');
    expect(modified).toHaveTextContent(/You changed: Containers shipped\./);

    await user.click(screen.getByRole('button', { name: 'Reset to this statement' }));
    expect(resultValue('totalShells')).toBe('3001600');
    expect(field('Containers shipped')).toHaveValue('6,700');
    expect(screen.queryByText(/Modified/)).not.toBeInTheDocument();
  });

  it('names every changed field, in the order of the page', async () => {
    const { user } = await renderApp();
    await user.clear(field('Russian fire per day'));
    await user.type(field('Russian fire per day'), '12000');
    await user.clear(field('Containers shipped'));
    await user.type(field('Containers shipped'), '7000');
    // Labels are lower-cased to run on in the sentence; a proper adjective keeps its capital.
    expect(screen.getByText('Modified.').closest('p')).toHaveTextContent(
      /You changed: Containers shipped, Russian fire per day\./,
    );
  });

  it('is not claimed when the reader types the value back', async () => {
    const { user } = await renderApp();
    await user.clear(field('Containers shipped'));
    await user.type(field('Containers shipped'), '6700');
    expect(screen.queryByText(/Modified/)).not.toBeInTheDocument();
  });

  it('resets to the statement chosen, not to the default', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: JUN_2024 }));
    await user.clear(field('Shells per container'));
    await user.type(field('Shells per container'), '400');
    expect(resultValue('totalShells')).toBe('4000000');
    await user.click(screen.getByRole('button', { name: 'Reset to this statement' }));
    expect(resultValue('totalShells')).toBe('4800000');
  });

  it('drops a refused draft when another statement is chosen', async () => {
    const { user } = await renderApp();
    await user.clear(field('Shells per container'));
    await user.type(field('Shells per container'), 'abc');
    await user.click(screen.getByRole('button', { name: JUN_2024 }));
    expect(field('Shells per container')).toHaveValue('480');
    expect(field('Shells per container')).not.toHaveAttribute('aria-invalid');
  });
});
