import type { ReactNode } from 'react';
import type { FirstMessages } from '../i18n/catalogue';
import { useCalculatorActions } from '../store/calculator-store';
import { useFirstMessages } from '../store/language-store';
import { ErrorBoundary } from '../ui/error-boundary';

/** A part of the page, by its name in the messages (`page.parts`). */
export type PagePart = keyof FirstMessages['page']['parts'];

/** One part of the page: if it fails, the rest keeps working and it offers a reset. */
export function FeatureBoundary({ part, children }: { part: PagePart; children: ReactNode }) {
  const { resetToDefaults } = useCalculatorActions();
  const { page } = useFirstMessages();
  const what = page.parts[part];
  return (
    <ErrorBoundary
      what={what}
      message={page.failed(what)}
      resetLabel={page.reset}
      onReset={resetToDefaults}
    >
      {children}
    </ErrorBoundary>
  );
}
