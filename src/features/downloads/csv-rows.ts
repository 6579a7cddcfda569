import { DAILY_FIRE_PRESETS } from '../../facts/daily-fire';
import { PHYSICAL_FIGURES } from '../../facts/physical';
import { presetById } from '../../facts/presets';
import { scenarioById } from '../../facts/scenarios';
import type { ScenarioId } from '../../facts/types';
import type { LaterMessages } from '../../i18n/catalogue';
import type { Spread } from '../../model/distribution';
import { INPUT_KEYS, type InputKey, type Inputs } from '../../model/inputs';
import { hasRanges, isRangeKey, sameInterval, type Ranges } from '../../model/ranges';
import type { Outcome } from '../../model/reason';
import { computeResults } from '../../model/results';
import type { DateSpread, SampledResults } from '../../model/sampling';
import { weightCheck } from '../../model/weight-check';
import type { CsvCell } from '../../ui/csv';

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
  sampled: SampledResults | null,
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

type Status = keyof Words['status'];

/** Where an input's value comes from, and the address of its source when it has one. */
function provenance(
  key: InputKey,
  inputs: Inputs,
  ranges: Ranges,
  scenarioId: ScenarioId,
): { status: Status; url: string | null } {
  const preset = presetById(scenarioId);
  const changed = isRangeKey(key)
    ? !sameInterval(ranges[key], preset.ranges?.[key]) ||
      (!ranges[key] && inputs[key] !== preset.inputs[key])
    : inputs[key] !== preset.inputs[key];
  if (changed) return { status: 'yours', url: null };
  const scenario = scenarioById(scenarioId);
  const statementUrl = scenario.citation.url;
  if (key === 'daily') {
    const rate = DAILY_FIRE_PRESETS.find(({ shellsPerDay }) => shellsPerDay === inputs.daily);
    return { status: 'reference', url: rate?.citation.url ?? null };
  }
  if (key === 'shellKg' || key === 'payloadKg') {
    const figure = PHYSICAL_FIGURES.find(({ value }) => value === inputs[key]);
    return { status: 'reference', url: figure?.url ?? null };
  }
  if (key === 'share' || key === 'usable' || key === 'packaging') {
    return { status: 'assumed', url: null };
  }
  return { status: scenario.assumed[key] ? 'assumed' : 'statement', url: statementUrl };
}

/**
 * The assumptions as CSV rows: key, name, value (with ranges, the range's centre and its ends),
 * unit, where the value comes from and the address of the source.
 */
export function inputsCsvRows(
  inputs: Inputs,
  ranges: Ranges,
  scenarioId: ScenarioId,
  words: Words,
): CsvCell[][] {
  const { columns } = words;
  const ranged = hasRanges(ranges);
  const header = [
    'key',
    columns.label,
    columns.value,
    ...(ranged ? [columns.low, columns.high] : []),
    columns.unit,
    columns.status,
    columns.source,
  ];
  const rows = INPUT_KEYS.map((key) => {
    const range = isRangeKey(key) ? ranges[key] : undefined;
    const { status, url } = provenance(key, inputs, ranges, scenarioId);
    return [
      key,
      words.inputLabels[key],
      String(inputs[key]),
      ...(ranged ? [range ? String(range.low) : null, range ? String(range.high) : null] : []),
      words.inputUnits[key],
      words.status[status],
      url,
    ];
  });
  return [header, ...rows];
}
