import { Lagged } from '../../store/lagged';
import { createContext, useContext } from 'react';
import { formatDate, formatExact } from '../../i18n/format';
import { formatInputRange } from '../../i18n/format-range';
import {
  groupKeys,
  groupSpec,
  INPUT_GROUPS,
  isDateInputKey,
  numberSpec,
  type InputGroup,
  type InputKey,
} from '../../model/inputs';
import { isRangeKey } from '../../model/ranges';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { CitationLink, OutletName } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import { scenarioPreset } from '../../url/migrations';
import { FieldChoices, useGroupPrinted } from './choices';
import { DateField } from './date-field';
import { defaultWhy } from './default-why';
import { NumberField } from './number-field';
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

/**
 * The embedded view folds each group to one line: its title and its current values. The full page
 * folds the groups that only some results turn on (`groupSpec(group).folded`: the mix, the dates,
 * the weight check).
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

/** An input's field: a date's, or a number's with the descriptor's slider and its choices. */
function Field({ inputKey }: { inputKey: InputKey }) {
  const why = <Why inputKey={inputKey} />;
  if (isDateInputKey(inputKey)) return <DateField inputKey={inputKey} why={why} />;
  return (
    <NumberField
      inputKey={inputKey}
      slider={numberSpec(inputKey).slider}
      choices={<FieldChoices inputKey={inputKey} />}
      why={why}
    />
  );
}

/**
 * A group's fields under its title, in the page's order: `<Group group="when" />` → the first
 * delivery and the date of the count, folded to "When September 13, 2023 · February 26, 2024"
 * until opened.
 */
function Group({ group }: { group: InputGroup }) {
  const compact = useContext(CompactContext);
  const title = useLaterMessages().assumptions.groups[group];
  const printed = useGroupPrinted(group);
  const keys = groupKeys(group);
  const fields = (
    <fieldset className={printed ? 'group' : 'group not-printed'}>
      <legend className={compact ? 'visually-hidden' : 'group-title'}>{title}</legend>
      {keys.map((key) => (
        <Field key={key} inputKey={key} />
      ))}
    </fieldset>
  );
  if (!compact && !groupSpec(group).folded) return fields;
  return (
    <details className="group-fold">
      <summary>
        <span className="group-title">{title}</span>{' '}
        <Lagged>
          <GroupValues keys={keys} />
        </Lagged>
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
  const { title } = useLaterMessages().assumptions;
  return (
    <section
      className={compact ? 'assumptions assumptions-compact' : 'assumptions'}
      aria-labelledby="assumptions-heading"
    >
      <h2 id="assumptions-heading" className="section-title">
        {title}
      </h2>
      {INPUT_GROUPS.map((group) => (
        <Group key={group} group={group} />
      ))}
    </section>
  );
}
