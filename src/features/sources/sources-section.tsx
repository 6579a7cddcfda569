import { CONFLICTS } from '../../facts/conflicts';
import { CONTEXT_FIGURES, OTHER_STATEMENTS } from '../../facts/context';
import {
  DAILY_FIRE_ALSO_REPORTED,
  DAILY_FIRE_CAVEAT,
  DAILY_FIRE_PRESETS,
} from '../../facts/daily-fire';
import { PACKAGING_NOTE, PHYSICAL_FIGURES } from '../../facts/physical';
import { formatExact } from '../../i18n/format';
import { CitationLink } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import { EstimatesTable } from './estimates-table';
import './sources.css';

/** How the numbers are made, where they come from, and where the sources disagree. */
export function SourcesSection() {
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-title">
        Sources and method
      </h2>

      <h3>How the numbers are computed</h3>
      <ul className="method">
        <li>
          <strong>Shells</strong> = containers × shells per container × share of containers holding
          shells × share that work.
        </li>
        <li>
          <strong>Days of fire</strong> = shells ÷ Russian shells fired a day;{' '}
          <strong>months</strong> = days ÷ 30.436875 (the average calendar month).
        </li>
        <li>
          <strong>Delivered per day</strong> = shells ÷ days from the first delivery to the count.
        </li>
        <li>
          <strong>Lasts until</strong> = first delivery + the longer of the delivery period and the
          days of fire: the last day these shells alone could keep up the rate.
        </li>
        <li>
          <strong>Weight check</strong> = shells per container × mass of one round, against the
          container’s payload limit. Projectiles only: charges, fuzes and crates would add weight.
          The fuller check below the chart adds a packaging allowance you set (0% unless you change
          it; no published figure) and compares all three container ratings.
        </li>
        <li>
          <strong>Ranges</strong>: containers, shells per container and daily fire can each be a 90%
          range, read as a lognormal distribution whose 5th and 95th percentiles are its ends. The
          results then come from 10,000 samples drawn from a fixed seed (a randomly shifted Halton
          sequence, so the same link always gives the same numbers) and are shown as a median with a
          90% range.
        </li>
        <li>
          Figures on screen are rounded to two significant digits, as the inputs are themselves
          approximate; hover over or focus a figure for its exact value.
        </li>
      </ul>

      <h3>Where the sources disagree</h3>
      <dl className="conflicts">
        {CONFLICTS.map((conflict) => (
          <div key={conflict.title}>
            <dt>{conflict.title}</dt>
            <dd>{conflict.body}</dd>
          </div>
        ))}
      </dl>

      <h3>Container and shell counts</h3>
      <EstimatesTable />
      <h4>Other statements, without a container count</h4>
      <ul className="plain-list">
        {OTHER_STATEMENTS.map((statement) => (
          <li key={`${statement.who}-${statement.date}`}>
            <strong>{statement.who}</strong>, {statement.date}: {statement.text}
          </li>
        ))}
      </ul>

      <h3>How fast Russia fires</h3>
      <p>{DAILY_FIRE_CAVEAT}</p>
      <ul className="plain-list">
        {DAILY_FIRE_PRESETS.map((preset) => (
          <li key={preset.id}>
            <strong>
              {formatExact(preset.shellsPerDay, 'en')} a day, {preset.label}
            </strong>
            : {preset.note} <CitationLink citation={preset.citation} />
            {DAILY_FIRE_ALSO_REPORTED[preset.id]?.map((also) => (
              <span key={also.url}>
                {' '}
                · also <CitationLink citation={also} />
              </span>
            ))}
          </li>
        ))}
      </ul>

      <h3>Weights and containers</h3>
      <ul className="plain-list">
        {PHYSICAL_FIGURES.map((figure) => (
          <li key={figure.label}>
            <strong>{figure.label}</strong>: {figure.valueText} ·{' '}
            <SourceRef source={figure.source} url={figure.url} />
          </li>
        ))}
      </ul>
      <p>{PACKAGING_NOTE}</p>

      <h3>Context</h3>
      <ul className="plain-list">
        {CONTEXT_FIGURES.map((figure) => (
          <li key={figure.id}>
            {figure.text}{' '}
            {figure.sources.map((source) => (
              <CitationLink key={source.url} citation={source} withSpeaker={false} />
            ))}
            {figure.sourceNote ? <span className="muted"> {figure.sourceNote}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
