import type { ReactNode } from 'react';
import { useActions, useFirstMessages } from '../store/store';
import { ErrorBoundary } from '../ui/error-boundary';

/** A part of the page, by its grid area or role: "chart", "inputs"… (named in the console). */
export type PagePart =
  | 'calculator'
  | 'language'
  | 'dek'
  | 'notices'
  | 'picker'
  | 'source'
  | 'results'
  | 'working'
  | 'details'
  | 'inputs'
  | 'chart'
  | 'spread'
  | 'matters'
  | 'solve'
  | 'weight'
  | 'compare'
  | 'share'
  | 'downloads'
  | 'sources'
  | 'credit'
  | 'footer';

/** One part of the page: if it fails, the rest keeps working and it offers a reset. */
export function FeatureBoundary({ part, children }: { part: PagePart; children: ReactNode }) {
  const { resetToDefaults } = useActions();
  const { page } = useFirstMessages();
  return (
    <ErrorBoundary
      what={part}
      message={page.failed}
      resetLabel={page.reset}
      onReset={resetToDefaults}
    >
      {children}
    </ErrorBoundary>
  );
}
