/**
 * The values a field offers in one click each, with where each comes from: the published values of
 * `src/facts/provenance.ts` under a fold, Shin's fillings of the containers, the published rates
 * of fire and the physical figures (kinds of round, container ratings). The one assumptions file
 * that names inputs: the panel draws every group and field from `src/model/inputs.ts` and asks
 * here what a field offers (`FieldChoices`) and whether a group is printed (`useGroupPrinted`).
 */
import { Lagged } from '../../store/lagged';
import { RUSSIAN_FIRE_RATES } from '../../facts/daily-fire';
import { physicalFigure, type PhysicalFigureId } from '../../facts/physical';
import { publishedValues } from '../../facts/provenance';
import type { LaterMessages } from '../../i18n/catalogue';
import { formatExact } from '../../i18n/format';
import { provenanceText } from '../../i18n/provenance-text';
import type { InputGroup, NumericInputKey } from '../../model/inputs';
import { useActions, useLang, useLaterMessages, useStore } from '../../store/store';
import type { Lang } from '../../url/view-options';
import { SeriesShareLine } from './series-share-line';

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
  const value = useStore((state) => state.inputs[inputKey]);
  const { setInput } = useActions();
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

function figureChoice(id: PhysicalFigureId, short: (kg: string) => string, lang: Lang): Choice {
  const figure = physicalFigure(id);
  const words: { label: string; detail?: string } = figure.words[lang];
  return {
    value: figure.value,
    label: short(formatExact(figure.value, lang)),
    title: words.detail === undefined ? words.label : `${words.label} (${words.detail})`,
  };
}

/** The published Russian rates given as one number (a span is offered as a range, elsewhere). */
function dailyChoices(lang: Lang): Choice[] {
  return RUSSIAN_FIRE_RATES.flatMap((rate) =>
    typeof rate.perDay === 'number'
      ? [
          {
            value: rate.perDay,
            label: `${formatExact(rate.perDay, lang)} · ${rate.words[lang].label}`,
            title: rate.words[lang].note,
          },
        ]
      : [],
  );
}

type AssumptionWords = ReturnType<typeof useLaterMessages>['assumptions'];

/**
 * The values published for a field, each once (the first source that gave it, as the credit of a
 * value reads), with where it comes from: `containers` → 6,700 (South Korea's defence minister,
 * February 2024), 10,000, …
 */
function publishedChoices(key: NumericInputKey, words: LaterMessages, lang: Lang): Choice[] {
  const seen = new Set<number>();
  return publishedValues(key).flatMap(({ value, from }) => {
    if (typeof value !== 'number' || seen.has(value)) return [];
    seen.add(value);
    const credit = provenanceText(from, words.statements, words.facts, lang).text;
    const mix = key === 'rocketShare' ? words.assumptions.mixChoices[value] : undefined;
    return [
      {
        value,
        label: mix ?? `${formatExact(value, lang)} · ${credit}`,
        title: mix === undefined ? credit : `${mix}: ${credit}`,
      },
    ];
  });
}

/** Choices under a fold that names them and says how many: "Published values (12)". */
function ChoicesFold({
  inputKey,
  label,
  choices,
}: {
  inputKey: NumericInputKey;
  label: string;
  choices: Choice[];
}) {
  const lang = useLang();
  if (choices.length === 0) return null;
  return (
    <details className="published-values disclosure">
      <summary>
        {label} ({formatExact(choices.length, lang)})
      </summary>
      <Choices inputKey={inputKey} label={label} choices={choices} />
    </details>
  );
}

/** A field's published values under a fold, one click each (the choice credits its source). */
function Published({ inputKey }: { inputKey: NumericInputKey }) {
  const words = useLaterMessages();
  const lang = useLang();
  return (
    <ChoicesFold
      inputKey={inputKey}
      label={words.assumptions.publishedValues}
      choices={publishedChoices(inputKey, words, lang)}
    />
  );
}

function shellChoices({ shell152, rocket122 }: AssumptionWords, lang: Lang): Choice[] {
  return [
    figureChoice('shell-152mm', shell152, lang),
    figureChoice('rocket-122mm', rocket122, lang),
  ];
}

function payloadChoices(
  { payload20, payload20Old, payload40 }: AssumptionWords,
  lang: Lang,
): Choice[] {
  return [
    figureChoice('payload-20ft', payload20, lang),
    figureChoice('payload-20ft-old', payload20Old, lang),
    figureChoice('payload-40ft', payload40, lang),
  ];
}

/**
 * What a field offers under its entry, or nothing: `containers` → its published values under a
 * fold; `rocketShare` → Shin's fillings (all 152 mm, half and half, all 122 mm); `daily` → the
 * published rates under a fold, the deliveries against Syrskyi's series and the caveat on rates
 * of fire; `share` and `packaging` → nothing (there is no published value to offer).
 */
export function FieldChoices({ inputKey }: { inputKey: NumericInputKey }) {
  const words = useLaterMessages();
  const lang = useLang();
  const { assumptions } = words;
  switch (inputKey) {
    case 'containers':
    case 'perContainer':
    case 'usable':
    case 'perContainerRockets':
      return <Published inputKey={inputKey} />;
    case 'rocketShare':
      return (
        <Choices
          inputKey={inputKey}
          label={assumptions.mixLabel}
          choices={publishedChoices(inputKey, words, lang)}
        />
      );
    case 'daily':
      return (
        <>
          <ChoicesFold
            inputKey={inputKey}
            label={assumptions.publishedRates}
            choices={dailyChoices(lang)}
          />
          <Lagged>
            <SeriesShareLine />
          </Lagged>
          <p className="field-caveat">{words.sources.fireCaveat}</p>
        </>
      );
    case 'shellKg':
      return (
        <Choices
          inputKey={inputKey}
          label={assumptions.kindsOfRound}
          choices={shellChoices(assumptions, lang)}
        />
      );
    case 'payloadKg':
      return (
        <Choices
          inputKey={inputKey}
          label={assumptions.containerRatings}
          choices={payloadChoices(assumptions, lang)}
        />
      );
    case 'share':
    case 'packaging':
      return null;
  }
}

/**
 * Whether the printed sheet lists a group's fields: every group but the mix, which only when some
 * containers held rockets; all 152 mm, the results' rockets line says so on paper.
 * `useGroupPrinted('mix')` → false at `rocketShare` 0, true at 50.
 */
export function useGroupPrinted(group: InputGroup): boolean {
  return useStore((state) => group !== 'mix' || state.inputs.rocketShare > 0);
}
