import type { ReactNode } from 'react';
import { useCalculatorActions } from '../store/calculator-store';
import { ErrorBoundary } from '../ui/error-boundary';

/** One part of the page: if it fails, the rest keeps working and it offers a reset. */
export function FeatureBoundary({ what, children }: { what: string; children: ReactNode }) {
  const { resetToDefaults } = useCalculatorActions();
  return (
    <ErrorBoundary what={what} onReset={resetToDefaults}>
      {children}
    </ErrorBoundary>
  );
}
