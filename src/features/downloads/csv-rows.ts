import type { ScenarioId } from '../../facts/presets';
import { provenanceOf, type Provenance } from '../../facts/provenance';
import type { ProvenanceClass, ProvenanceText } from '../../i18n/provenance-text';
import type { LaterMessages } from '../../i18n/catalogue';
import type { Spread } from '../../model/distribution';
import { INPUT_KEYS, type Inputs } from '../../model/inputs';
import { hasRanges, isRangeKey, type Ranges } from '../../model/ranges';
import type { Outcome } from '../../model/reason';
import { spreadResults, type DateSpread, type Evaluation } from '../../model/evaluate';
import { weightCheck } from '../../model/weight-check';
import type { CsvCell } from '../../ui/csv';
import { scenarioPreset } from '../../url/migrations';

type Words = LaterMessages['downloads'];
export type CsvResultKey = keyof Words['resultLabels'];

/** A result's exact value, and with ranges its 5th and 95th percentiles; null when not computable. */
interface Figure {
  value: number | string | boolean;
  low?: number | string;
  high?: number | string;
}

const ofSpread = ({ median, low, high }: Spread | DateSpread): Figure => ({
  value: median,
  low,
  high,
});

const ofOutcome = <T>(outcome: Outcome<T>, figure: (value: T) => Figure): Figure | null =>
  outcome.ok ? figure(outcome.value) : null;

/**
 * Every result the page marks with `data-result`, with the value of its `data-value` (and
 * `data-low`/`data-high` with ranges): each result of the evaluation on screen, exact or sampled,
 * at its median and ends. The weight check's two figures follow `src/model/weight-check.ts`.
 */
export function resultFigures(
  inputs: Inputs,
  ranges: Ranges,
  evaluation: Evaluation,
): Record<CsvResultKey, Figure | null> {
  const check = weightCheck(inputs, [], ranges.perContainer);
  const packed = ranges.perContainer
    ? {
        low: ranges.perContainer.low * check.packedKgPerRound,
        high: ranges.perContainer.high * check.packedKgPerRound,
      }
    : {};
  const figures: Record<string, Figure | null> = {
    plausible: { value: evaluation.plausible },
    maxPerContainer: { value: check.maxPerContainer },
    packedMassKg: { value: check.packedMassKg, ...packed },
  };
  for (const [key, result] of spreadResults(evaluation)) {
    figures[key] =
      'ok' in result ? ofOutcome<Spread | DateSpread>(result, ofSpread) : ofSpread(result);
  }
  return figures;
}

/**
 * The results as CSV rows: a header in the language, then one row per result, its key in English
 * and its value: a number as a number (the CSV writes it to 12 significant digits, `csvNumber`),
 * anything else as `data-value` writes it (`2024-07-09`, `true`). With ranges, two more columns:
 * the 5th and 95th percentiles.
 */
export function resultsCsvRows(
  figures: Record<CsvResultKey, Figure | null>,
  ranged: boolean,
  words: Words,
): CsvCell[][] {
  const { columns } = words;
  const header = ranged
    ? ['key', columns.label, columns.value, columns.low, columns.high, columns.unit]
    : ['key', columns.label, columns.value, columns.unit];
  const keys = Object.keys(words.resultLabels) as CsvResultKey[];
  const rows = keys.map((key) => {
    const figure = figures[key];
    const cell = (value: Figure[keyof Figure]) =>
      value === undefined ? null : typeof value === 'number' ? value : String(value);
    const values = ranged
      ? [cell(figure?.value), cell(figure?.low), cell(figure?.high)]
      : [cell(figure?.value)];
    return [key, words.resultLabels[key], ...values, words.resultUnits[key]];
  });
  return [header, ...rows];
}

/**
 * The assumptions as CSV rows: key, name, value (with ranges, the range's centre and its ends),
 * unit, and where the value comes from: its kind (the statement's own, our division or reading, a
 * published figure, our assumption, the reader's), whom it credits, the source's address, and our
 * reading in words where the value is one.
 */
export function inputsCsvRows(
  state: { scenarioId: ScenarioId; inputs: Inputs; ranges: Ranges },
  words: Pick<LaterMessages, 'downloads' | 'assumptions'>,
  credit: (provenance: Provenance) => ProvenanceText,
  classes: Record<ProvenanceClass, string>,
): CsvCell[][] {
  const { columns } = words.downloads;
  const { labels, units } = words.assumptions;
  const { inputs, ranges } = state;
  const ranged = hasRanges(ranges);
  const preset = scenarioPreset(state.scenarioId);
  const header = [
    'key',
    columns.label,
    columns.value,
    ...(ranged ? [columns.low, columns.high] : []),
    columns.unit,
    columns.status,
    columns.credit,
    columns.source,
    columns.note,
  ];
  const rows = INPUT_KEYS.map((key) => {
    const range = isRangeKey(key) ? ranges[key] : undefined;
    const from = credit(provenanceOf(key, state, preset));
    return [
      key,
      labels[key],
      String(inputs[key]),
      ...(ranged ? [range ? String(range.low) : null, range ? String(range.high) : null] : []),
      units[key],
      classes[from.class],
      from.text,
      from.url ?? null,
      from.note ?? null,
    ];
  });
  return [header, ...rows];
}
