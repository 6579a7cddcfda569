import { MEAN_MONTH_DAYS } from '../../model/constants';
import { formatExact, formatFixed } from '../../i18n/format';
import { memo, useMemo } from 'react';
import type { Inputs } from '../../model/inputs';
import { computeResults } from '../../model/results';
import { useDeferredInputs } from '../../store/use-results';
import './working.css';

const LOCALE = 'en';

/** The arithmetic from containers to months, with the reader's own numbers, in one line. */
export function WorkingLine() {
  return <Working inputs={useDeferredInputs()} />;
}

const Working = memo(function Working({ inputs }: { inputs: Inputs }) {
  const results = useMemo(() => computeResults(inputs), [inputs]);
  const steps: { term: string; unit: string }[] = [
    { term: formatExact(inputs.containers, LOCALE), unit: 'containers' },
    { term: `× ${formatExact(inputs.perContainer, LOCALE)}`, unit: 'shells each' },
    { term: `× ${formatExact(inputs.share, LOCALE)}%`, unit: 'hold shells' },
    { term: `× ${formatExact(inputs.usable, LOCALE)}%`, unit: 'work' },
    { term: `= ${formatExact(results.totalShells, LOCALE)}`, unit: 'shells' },
    { term: `÷ ${formatExact(inputs.daily, LOCALE)}`, unit: 'a day' },
    { term: `= ${formatFixed(results.daysOfFire, LOCALE, 2)}`, unit: 'days' },
    { term: `÷ ${formatFixed(MEAN_MONTH_DAYS, LOCALE, 2)}`, unit: 'days a month' },
    { term: `= ${formatFixed(results.monthsOfFire, LOCALE, 2)}`, unit: 'months' },
  ];
  return (
    <figure className="working">
      <figcaption className="eyebrow">The working</figcaption>
      <p className="working-line">
        {steps.map((step) => (
          <span className="working-step" key={step.unit}>
            <span className="working-term">{step.term}</span>{' '}
            <span className="working-unit">{step.unit}</span>
          </span>
        ))}
      </p>
    </figure>
  );
});
