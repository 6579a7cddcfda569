/**
 * A part of the page that fails shows a short message and "Reset to defaults" instead of a blank
 * box, and the rest of the page keeps working.
 */
import { act, screen, within } from '@testing-library/react';
import { useStore } from '../../src/store/store';
import { renderApp, resultValue } from './render-app';

const failure = vi.hoisted(() => ({ working: false }));

vi.mock('../../src/features/working/working-line', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/working/working-line')>();
  const { useStore } = await import('../../src/store/store');
  return {
    WorkingLine: function FailingWorkingLine() {
      // Renders again whenever an input changes, like the real one.
      useStore((state) => state.inputs);
      if (failure.working) throw new Error('the working broke');
      return <original.WorkingLine />;
    },
  };
});

beforeEach(() => {
  failure.working = false;
  // React reports the caught error, and the boundary says what failed: both expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a part of the page that fails', () => {
  it('is replaced by a message with "Reset to defaults"; the results stay', async () => {
    failure.working = true;
    await renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the page could not be shown.');
    expect(within(alert).getByRole('button', { name: 'Reset to defaults' })).toBeInTheDocument();
    expect(resultValue('totalShells')).toBe('3001600');
    expect(screen.getByRole('textbox', { name: /Containers shipped/ })).toBeInTheDocument();
  });

  it('comes back after "Reset to defaults", with the default figures', async () => {
    const { user } = await renderApp();
    act(() => {
      useStore.getState().actions.setInput('containers', 9_000);
      useStore.getState().actions.setTheme('dark');
    });
    expect(resultValue('totalShells')).toBe(String(9_000 * 448));

    failure.working = true;
    act(() => {
      useStore.getState().actions.setInput('perContainer', 300);
    });
    const reset = screen.getByRole('button', { name: 'Reset to defaults' });

    failure.working = false;
    await user.click(reset);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(resultValue('totalShells')).toBe('3001600');
    const working = screen.getByText('The working').closest('figure');
    expect(working).toHaveTextContent('× 448 shells each');
    expect(working).toHaveTextContent('6,700');
    // The reader's view settings survive the reset.
    expect(useStore.getState().theme).toBe('dark');
  });

  it('fails again, still contained, if the reset does not cure it', async () => {
    failure.working = true;
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This part of the page could not be shown.',
    );
    expect(resultValue('totalShells')).toBe('3001600');
  });
});
