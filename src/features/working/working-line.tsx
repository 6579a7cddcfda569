import { MEAN_MONTH_DAYS } from '../../model/constants';
import { formatExact, formatFixed } from '../../i18n/format';
import { memo, useMemo } from 'react';
import type { Inputs } from '../../model/inputs';
import { computeResults } from '../../model/results';
import type { LaterMessages } from '../../i18n/catalogue';
import { useLang, useLaterMessages } from '../../store/store';
import { useDeferredInputs } from '../../store/use-results';
import type { Lang } from '../../url/view-options';
import './working.css';

/**
 * The arithmetic from containers to months, with the reader's own numbers, in one line. It comes
 * with the later parts, a moment after the headline figures it explains.
 */
export function WorkingLine() {
  const { working } = useLaterMessages();
  return <Working inputs={useDeferredInputs()} lang={useLang()} words={working} />;
}

interface WorkingProps {
  inputs: Inputs;
  lang: Lang;
  words: LaterMessages['working'];
}

const Working = memo(function Working({ inputs, lang, words }: WorkingProps) {
  const results = useMemo(() => computeResults(inputs), [inputs]);
  const steps: { id: string; term: string; unit: string }[] = [
    { id: 'containers', term: formatExact(inputs.containers, lang), unit: words.containers },
    {
      id: 'perContainer',
      term: `× ${formatExact(inputs.perContainer, lang)}`,
      unit: words.shellsEach,
    },
    { id: 'share', term: `× ${formatExact(inputs.share, lang)}%`, unit: words.holdShells },
    { id: 'usable', term: `× ${formatExact(inputs.usable, lang)}%`, unit: words.work },
    { id: 'total', term: `= ${formatExact(results.totalShells, lang)}`, unit: words.shells },
    { id: 'daily', term: `÷ ${formatExact(inputs.daily, lang)}`, unit: words.aDay },
    { id: 'days', term: `= ${formatFixed(results.daysOfFire, lang, 2)}`, unit: words.days },
    { id: 'month', term: `÷ ${formatFixed(MEAN_MONTH_DAYS, lang, 2)}`, unit: words.daysAMonth },
    { id: 'months', term: `= ${formatFixed(results.monthsOfFire, lang, 2)}`, unit: words.months },
  ];
  return (
    <figure className="working">
      <figcaption className="eyebrow">{words.caption}</figcaption>
      <p className="working-line">
        {steps.map((step) => (
          <span className="working-step" key={step.id}>
            <span className="working-term">{step.term}</span>{' '}
            <span className="working-unit">{step.unit}</span>
          </span>
        ))}
      </p>
    </figure>
  );
});
