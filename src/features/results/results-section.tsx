import type { ComponentProps } from 'react';
import type { ResultPart } from '../../store/state';
import { useSettled } from '../../store/settled';

/**
 * The section that holds the headline results (CONTRACT §6 "Settled"): `data-results`, and
 * `aria-busy` true until every result of the view's `parts` (and of any other part on the page)
 * is final for the inputs on screen, false from then on.
 */
export function ResultsSection({
  parts,
  ...section
}: ComponentProps<'section'> & { parts: readonly ResultPart[] }) {
  const settled = useSettled(parts);
  return <section {...section} data-results="" aria-busy={!settled} />;
}
