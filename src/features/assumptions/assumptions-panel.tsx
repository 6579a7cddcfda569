import { createContext, useContext, type ReactNode } from 'react';
import { formatDate, formatExact } from '../../i18n/format';
import { formatInputRange } from '../../i18n/format-range';
import { groupKeys, isDateInputKey, type InputKey } from '../../model/inputs';
import { isRangeKey } from '../../model/ranges';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { CitationLink, OutletName } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import { scenarioPreset } from '../../url/migrations';
import {
  Choices,
  ChoicesFold,
  dailyChoices,
  payloadChoices,
  Published,
  publishedChoices,
  shellChoices,
} from './choices';
import { DateField } from './date-field';
import { defaultWhy } from './default-why';
import { NumberField } from './number-field';
import { SeriesShareLine } from './series-share-line';
import './assumptions.css';

function Why({ inputKey }: { inputKey: InputKey }) {
  const preset = useStore((state) => scenarioPreset(state.scenarioId));
  const words = useLaterMessages();
  const { facts } = words;
  const lang = useLang();
  const why = defaultWhy(inputKey, preset, words, facts, lang);
  return (
    <>
      <span className="why-label">{words.assumptions.whyLabel}</span>{' '}
      {/* The statement's figures may quote an outlet by its Latin name ("Reuters"). */}
      <OutletName name={why.text} lang={lang} />{' '}
      {why.citation ? <CitationLink citation={why.citation} lang={lang} /> : null}
      {why.reference ? (
        <SourceRef source={why.reference.source} url={why.reference.url} lang={lang} />
      ) : null}
    </>
  );
}

const SHIPPED = groupKeys('shipped');
const MIX = groupKeys('mix');
const FIRE = groupKeys('fire');
const WHEN = groupKeys('when');
const WEIGHT = groupKeys('weight');

/**
 * The embedded view folds each group to one line: its title and its current values. The full page
 * folds the groups that only some results turn on (the dates, the weight check).
 */
const CompactContext = createContext(false);

/** A group's values on one line, for its folded form: "6,700 containers · 448 shells · 100% · 100%". */
function GroupValues({ keys }: { keys: readonly InputKey[] }) {
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const { quantity } = useLaterMessages().assumptions;
  const lang = useLang();
  return (
    <span className="group-values">
      {keys
        .map((key) => {
          if (isDateInputKey(key)) return formatDate(inputs[key], lang);
          const value = inputs[key];
          const range = isRangeKey(key) ? ranges[key] : undefined;
          return range
            ? quantity(key, range.high, formatInputRange(range.low, range.high, lang))
            : quantity(key, value, formatExact(value, lang));
        })
        .join(' · ')}
    </span>
  );
}

function Group({
  title,
  keys,
  folded = false,
  printed = true,
  children,
}: {
  title: string;
  keys: readonly InputKey[];
  /** Folded to its line on the full page too: a group the main answer does not turn on. */
  folded?: boolean;
  /** Whether the printed sheet lists it (the mix, only when some containers held rockets). */
  printed?: boolean;
  children: ReactNode;
}) {
  const compact = useContext(CompactContext);
  const fields = (
    <fieldset className={printed ? 'group' : 'group not-printed'}>
      <legend className={compact ? 'visually-hidden' : 'group-title'}>{title}</legend>
      {children}
    </fieldset>
  );
  if (!compact && !folded) return fields;
  return (
    <details className="group-fold">
      <summary>
        <span className="group-title">{title}</span> <GroupValues keys={keys} />
      </summary>
      {fields}
    </details>
  );
}

/** The assumptions of the embedded view: every group folded to one line until opened. */
export function CompactAssumptionsPanel() {
  return (
    <CompactContext value={true}>
      <AssumptionsPanel />
    </CompactContext>
  );
}

/** Every assumption of the model, grouped as a reader thinks of them. */
export function AssumptionsPanel() {
  const compact = useContext(CompactContext);
  const words = useLaterMessages();
  const lang = useLang();
  const { title, groups, publishedRates, kindsOfRound, containerRatings } = words.assumptions;
  // All 152 mm: the results' rockets line says so on paper; the mix's fields are not printed.
  const rocketShare = useStore((state) => state.inputs.rocketShare);
  return (
    <section
      className={compact ? 'assumptions assumptions-compact' : 'assumptions'}
      aria-labelledby="assumptions-heading"
    >
      <h2 id="assumptions-heading" className="section-title">
        {title}
      </h2>
      <Group title={groups.shipped} keys={SHIPPED}>
        <NumberField
          inputKey="containers"
          slider={{ min: 0, max: 30_000, step: 100 }}
          choices={<Published inputKey="containers" />}
          why={<Why inputKey="containers" />}
        />
        <NumberField
          inputKey="perContainer"
          slider={{ min: 0, max: 1_000, step: 1 }}
          choices={<Published inputKey="perContainer" />}
          why={<Why inputKey="perContainer" />}
        />
        <NumberField
          inputKey="share"
          slider={{ min: 0, max: 100, step: 1 }}
          why={<Why inputKey="share" />}
        />
        <NumberField
          inputKey="usable"
          slider={{ min: 0, max: 100, step: 1 }}
          choices={<Published inputKey="usable" />}
          why={<Why inputKey="usable" />}
        />
      </Group>
      <Group title={groups.mix} keys={MIX} folded printed={rocketShare > 0}>
        <NumberField
          inputKey="rocketShare"
          slider={{ min: 0, max: 100, step: 5 }}
          choices={
            <Choices
              inputKey="rocketShare"
              label={words.assumptions.mixLabel}
              choices={publishedChoices('rocketShare', words, lang)}
            />
          }
          why={<Why inputKey="rocketShare" />}
        />
        <NumberField
          inputKey="perContainerRockets"
          choices={<Published inputKey="perContainerRockets" />}
          why={<Why inputKey="perContainerRockets" />}
        />
      </Group>
      <Group title={groups.fire} keys={FIRE}>
        <NumberField
          inputKey="daily"
          slider={{ min: 1_000, max: 50_000, step: 500 }}
          choices={
            <>
              <ChoicesFold inputKey="daily" label={publishedRates} choices={dailyChoices(lang)} />
              <SeriesShareLine />
              <p className="field-caveat">{words.sources.fireCaveat}</p>
            </>
          }
          why={<Why inputKey="daily" />}
        />
      </Group>
      <Group title={groups.when} keys={WHEN} folded>
        <DateField inputKey="start" why={<Why inputKey="start" />} />
        <DateField inputKey="end" why={<Why inputKey="end" />} />
      </Group>
      <Group title={groups.weight} keys={WEIGHT} folded>
        <NumberField
          inputKey="shellKg"
          choices={
            <Choices
              inputKey="shellKg"
              label={kindsOfRound}
              choices={shellChoices(words.assumptions, lang)}
            />
          }
          why={<Why inputKey="shellKg" />}
        />
        <NumberField
          inputKey="payloadKg"
          choices={
            <Choices
              inputKey="payloadKg"
              label={containerRatings}
              choices={payloadChoices(words.assumptions, lang)}
            />
          }
          why={<Why inputKey="payloadKg" />}
        />
        <NumberField
          inputKey="packaging"
          slider={{ min: 0, max: 100, step: 1 }}
          why={<Why inputKey="packaging" />}
        />
      </Group>
    </section>
  );
}
