import { createContext, useContext, type ReactNode } from 'react';
import { physicalFigure, type PhysicalFigureId } from '../../facts/physical';
import { DAILY_FIRE_CAVEAT, DAILY_FIRE_PRESETS } from '../../facts/daily-fire';
import { scenarioById } from '../../facts/scenarios';
import { formatDate, formatExact } from '../../i18n/format';
import { INPUT_UNITS } from '../../i18n/input-labels';
import { isDateInputKey } from '../../model/inputs';
import { isRangeKey } from '../../model/ranges';
import { formatInputRange } from '../../i18n/format-range';
import type { InputKey, NumericInputKey } from '../../model/inputs';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import { CitationLink } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import { DateField } from './date-field';
import { defaultWhy } from './default-why';
import { NumberField } from './number-field';
import './assumptions.css';

function Why({ inputKey }: { inputKey: InputKey }) {
  const scenario = useCalculatorStore((state) => scenarioById(state.scenarioId));
  const why = defaultWhy(inputKey, scenario);
  return (
    <>
      <span className="why-label">Why this default:</span> {why.text}{' '}
      {why.citation ? <CitationLink citation={why.citation} /> : null}
      {why.reference ? <SourceRef source={why.reference.source} url={why.reference.url} /> : null}
    </>
  );
}

interface Choice {
  value: number;
  label: string;
  title: string;
}

function Choices({
  inputKey,
  label,
  choices,
}: {
  inputKey: NumericInputKey;
  label: string;
  choices: Choice[];
}) {
  const value = useCalculatorStore((state) => state.inputs[inputKey]);
  const { setInput } = useCalculatorActions();
  return (
    <div className="choices" role="group" aria-label={label}>
      {choices.map((choice) => (
        <button
          key={choice.label}
          type="button"
          className="choice"
          aria-pressed={value === choice.value}
          title={choice.title}
          onClick={() => {
            setInput(inputKey, choice.value);
          }}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

function figureChoices(ids: PhysicalFigureId[], short: (id: PhysicalFigureId) => string): Choice[] {
  return ids.map((id) => {
    const figure = physicalFigure(id);
    return { value: figure.value, label: short(id), title: `${figure.label}: ${figure.valueText}` };
  });
}

const DAILY_CHOICES: Choice[] = DAILY_FIRE_PRESETS.map((preset) => ({
  value: preset.shellsPerDay,
  label: `${formatExact(preset.shellsPerDay, 'en')} · ${preset.label}`,
  title: preset.note,
}));

const SHELL_CHOICES = figureChoices(['shell-152mm', 'rocket-122mm'], (id) =>
  id === 'shell-152mm' ? '152 mm shell, 43.56 kg' : '122 mm Grad rocket, 66 kg',
);

const PAYLOAD_CHOICES = figureChoices(['payload-20ft', 'payload-20ft-old', 'payload-40ft'], (id) =>
  id === 'payload-20ft'
    ? '20-ft, 28,180 kg'
    : id === 'payload-20ft-old'
      ? '20-ft older rating, 21,920 kg'
      : '40-ft, 26,730 kg',
);

const SHIPPED: readonly InputKey[] = ['containers', 'perContainer', 'share', 'usable'];
const FIRE: readonly InputKey[] = ['daily'];
const WHEN: readonly InputKey[] = ['start', 'end'];
const WEIGHT: readonly InputKey[] = ['shellKg', 'payloadKg', 'packaging'];

/** The embedded view folds each group to one line: its title and its current values. */
const CompactContext = createContext(false);

/** A group's values on one line, for its folded form: "6,700 containers · 448 shells · 100% · 100%". */
function GroupValues({ keys }: { keys: readonly InputKey[] }) {
  const inputs = useCalculatorStore((state) => state.inputs);
  const ranges = useCalculatorStore((state) => state.ranges);
  return (
    <span className="group-values">
      {keys
        .map((key) => {
          const value = inputs[key];
          if (isDateInputKey(key)) return formatDate(String(value), 'en', 'medium');
          const unit = INPUT_UNITS[key];
          const range = isRangeKey(key) ? ranges[key] : undefined;
          const number = range
            ? formatInputRange(range.low, range.high, 'en')
            : formatExact(Number(value), 'en');
          return `${number}${unit.startsWith('%') ? '%' : ` ${unit}`}`;
        })
        .join(' · ')}
    </span>
  );
}

function Group({
  title,
  keys,
  children,
}: {
  title: string;
  keys: readonly InputKey[];
  children: ReactNode;
}) {
  const compact = useContext(CompactContext);
  const fields = (
    <fieldset className="group">
      <legend className={compact ? 'visually-hidden' : 'group-title'}>{title}</legend>
      {children}
    </fieldset>
  );
  if (!compact) return fields;
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
  return (
    <section
      className={compact ? 'assumptions assumptions-compact' : 'assumptions'}
      aria-labelledby="assumptions-heading"
    >
      <h2 id="assumptions-heading" className="section-title">
        Your assumptions
      </h2>
      <Group title="What was shipped" keys={SHIPPED}>
        <NumberField
          inputKey="containers"
          slider={{ min: 0, max: 30_000, step: 100 }}
          why={<Why inputKey="containers" />}
        />
        <NumberField
          inputKey="perContainer"
          slider={{ min: 0, max: 1_000, step: 1 }}
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
          why={<Why inputKey="usable" />}
        />
      </Group>
      <Group title="How fast Russia fires" keys={FIRE}>
        <NumberField
          inputKey="daily"
          slider={{ min: 1_000, max: 50_000, step: 500 }}
          choices={
            <>
              <Choices inputKey="daily" label="Published rates of fire" choices={DAILY_CHOICES} />
              <p className="field-caveat">{DAILY_FIRE_CAVEAT}</p>
            </>
          }
          why={<Why inputKey="daily" />}
        />
      </Group>
      <Group title="When" keys={WHEN}>
        <DateField inputKey="start" why={<Why inputKey="start" />} />
        <DateField inputKey="end" why={<Why inputKey="end" />} />
      </Group>
      <Group title="Would it fit? (weight check)" keys={WEIGHT}>
        <NumberField
          inputKey="shellKg"
          choices={<Choices inputKey="shellKg" label="Kinds of round" choices={SHELL_CHOICES} />}
          why={<Why inputKey="shellKg" />}
        />
        <NumberField
          inputKey="payloadKg"
          choices={
            <Choices inputKey="payloadKg" label="Container ratings" choices={PAYLOAD_CHOICES} />
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
