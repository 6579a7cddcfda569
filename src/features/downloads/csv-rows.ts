import type { ScenarioId } from '../../facts/presets';
import { provenanceOf, type Provenance } from '../../facts/provenance';
import type { ProvenanceClass, ProvenanceText } from '../../i18n/provenance-text';
import type { LaterMessages } from '../../i18n/catalogue';
import type { Spread } from '../../model/distribution';
import { INPUT_KEYS, type Inputs } from '../../model/inputs';
import { hasRanges, isRangeKey, type Ranges } from '../../model/ranges';
import type { Outcome } from '../../model/reason';
import { computeResults } from '../../model/results';
import type { DateSpread, Evaluation } from '../../model/evaluate';
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
 * `data-low`/`data-high` with ranges): the exact results, or the sampled medians and percentiles.
 * The weight check's two figures follow `src/model/weight-check.ts`.
 */
export function resultFigures(
  inputs: Inputs,
  ranges: Ranges,
  sampled: Evaluation | null,
): Record<CsvResultKey, Figure | null> {
  const check = weightCheck(inputs, [], ranges.perContainer);
  const packed = ranges.perContainer
    ? {
        low: ranges.perContainer.low * check.packedKgPerRound,
        high: ranges.perContainer.high * check.packedKgPerRound,
      }
    : {};
  const weight = {
    maxPerContainer: { value: check.maxPerContainer },
    packedMassKg: { value: check.packedMassKg, ...packed },
  };
  if (sampled) {
    return {
      totalShells: ofSpread(sampled.totalShells),
      totalRockets: ofSpread(sampled.totalRockets),
      daysOfFire: ofSpread(sampled.daysOfFire),
      monthsOfFire: ofSpread(sampled.monthsOfFire),
      deliveryDays: ofOutcome(sampled.deliveryDays, ofSpread),
      deliveredPerDay: ofOutcome(sampled.deliveredPerDay, ofSpread),
      dailyCoverage: ofOutcome(sampled.dailyCoverage, ofSpread),
      lastsUntil: ofOutcome(sampled.lastsUntil, ofSpread),
      massPerContainerKg: ofSpread(sampled.massPerContainerKg),
      plausible: { value: sampled.plausible },
      euMultiple: ofSpread(sampled.euMultiple),
      containersReturned: ofSpread(sampled.containersReturned),
      ...weight,
    };
  }
  const results = computeResults(inputs);
  const exact = (value: number | string) => ({ value });
  return {
    totalShells: exact(results.totalShells),
    totalRockets: exact(results.totalRockets),
    daysOfFire: exact(results.daysOfFire),
    monthsOfFire: exact(results.monthsOfFire),
    deliveryDays: ofOutcome(results.deliveryDays, exact),
    deliveredPerDay: ofOutcome(results.deliveredPerDay, exact),
    dailyCoverage: ofOutcome(results.dailyCoverage, exact),
    lastsUntil: ofOutcome(results.lastsUntil, exact),
    massPerContainerKg: exact(results.massPerContainerKg),
    plausible: { value: results.plausible },
    euMultiple: exact(results.euMultiple),
    containersReturned: exact(results.containersReturned),
    ...weight,
  };
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
