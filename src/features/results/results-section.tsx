import { useLayoutEffect, useState, type ComponentProps } from 'react';
import type { ResultPart } from '../../store/state';
import { useSettled } from '../../store/settled';

/**
 * Whether the element is taller than the window, kept up to date as either changes: a column that
 * stays in view beside the assumptions (sticky) only does so while all of it fits on screen;
 * taller, it scrolls with the page so that nothing in it is out of reach.
 */
function useTallerThanWindow(element: HTMLElement | null): boolean {
  const [tall, setTall] = useState(false);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      setTall(element.offsetHeight > window.innerHeight - 32);
    };
    const observer = new ResizeObserver(check);
    observer.observe(element);
    window.addEventListener('resize', check);
    check();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', check);
    };
  }, [element]);
  return tall;
}

/**
 * The section that holds the headline results (CONTRACT §6 "Settled"): `data-results`, and
 * `aria-busy` true until every result of the view's `parts` (and of any other part on the page)
 * is final for the inputs on screen, false from then on. `data-tall` while it is taller than the
 * window.
 */
export function ResultsSection({
  parts,
  ...section
}: ComponentProps<'section'> & { parts: readonly ResultPart[] }) {
  const settled = useSettled(parts);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const tall = useTallerThanWindow(element);
  return (
    <section
      {...section}
      ref={setElement}
      data-results=""
      data-tall={tall ? '' : undefined}
      aria-busy={!settled}
    />
  );
}
