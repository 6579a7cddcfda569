import { MEAN_MONTH_DAYS } from '../../model/constants';
import { formatExact, formatFixed } from '../../i18n/format';
import { Fragment, memo, useMemo } from 'react';
import type { Inputs } from '../../model/inputs';
import { computeResults } from '../../model/results';
import type { LaterMessages } from '../../i18n/catalogue';
import { useLang, useLaterMessages } from '../../store/store';
import { useDeferredInputs } from '../../store/use-deferred-inputs';
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

interface Step {
  id: string;
  term: string;
  unit: string;
}

/** The steps, apart by a space that reads and copies (the line's flex gap draws it). */
function Steps({ steps }: { steps: Step[] }) {
  return steps.map((step, index) => (
    <Fragment key={step.id}>
      {index > 0 ? ' ' : null}
      <span className="working-step">
        <span className="working-term">{step.term}</span>
        {step.unit ? (
          <>
            {' '}
            <span className="working-unit">{step.unit}</span>
          </>
        ) : null}
      </span>
    </Fragment>
  ));
}

const Working = memo(function Working({ inputs, lang, words }: WorkingProps) {
  const results = useMemo(() => computeResults(inputs), [inputs]);
  const mixed = inputs.rocketShare > 0;
  const rocketSteps: Step[] = [
    { id: 'containers', term: formatExact(inputs.containers, lang), unit: words.containers },
    {
      id: 'perContainerRockets',
      term: `× ${formatExact(inputs.perContainerRockets, lang)}`,
      unit: words.rocketsEach,
    },
    { id: 'share', term: `× ${formatExact(inputs.share, lang)}%`, unit: words.holdShells },
    { id: 'usable', term: `× ${formatExact(inputs.usable, lang)}%`, unit: words.work },
    { id: 'rocketShare', term: `× ${formatExact(inputs.rocketShare, lang)}%`, unit: '' },
    { id: 'rockets', term: `= ${formatExact(results.totalRockets, lang)}`, unit: words.rockets },
  ];
  const steps: Step[] = [
    { id: 'containers', term: formatExact(inputs.containers, lang), unit: words.containers },
    {
      id: 'perContainer',
      term: `× ${formatExact(inputs.perContainer, lang)}`,
      unit: words.shellsEach,
    },
    { id: 'share', term: `× ${formatExact(inputs.share, lang)}%`, unit: words.holdShells },
    { id: 'usable', term: `× ${formatExact(inputs.usable, lang)}%`, unit: words.work },
    ...(mixed
      ? [
          {
            id: 'notRockets',
            term: `× ${formatExact(100 - inputs.rocketShare, lang)}%`,
            unit: words.notRockets,
          },
        ]
      : []),
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
        <Steps steps={steps} />
      </p>
      {mixed ? (
        <p className="working-line working-rockets">
          <span className="working-step">
            {words.ofWhichRockets(`${formatExact(inputs.rocketShare, lang)}%`)}
          </span>{' '}
          <Steps steps={rocketSteps} />
        </p>
      ) : null}
    </figure>
  );
});
