import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { histogramOf, spreadOfSorted } from './percentiles';
import { evaluationOf, type Evaluation, type FigureSpreads } from './evaluate';
import type { Inputs } from './inputs';
import { lognormalFromInterval, normalQuantile } from './lognormal';
import { RANGE_KEYS, type RangeKey, type Ranges } from './ranges';
import {
  deliveryDays,
  figuresOf,
  FIGURE_KEYS,
  monthsOf,
  type FigureInputs,
  type FigureKey,
} from './results';

/** Samples drawn when any input is a range (CONTRACT §2 asks for at least 10,000). */
export const SAMPLE_COUNT = 10_000;

/** The fixed seed: the same link gives the same numbers, every time and everywhere. */
const SAMPLE_SEED = 20_230_913;

/** Bins of the two histograms (total shells, months of fire). */
const HISTOGRAM_BINS = 36;

export interface SampleOptions {
  count?: number;
  seed?: number;
}

/** Values of one input, one per sample: the exact value repeated, or draws from its range. */
export type InputSamples = Record<RangeKey, Float64Array>;

/** Prime bases of the Halton sequence, one per input that may be a range. */
const HALTON_BASES: Record<RangeKey, number> = { containers: 2, perContainer: 3, daily: 5 };

/** The radical inverse of `index` in `base`: its digits mirrored behind the point. `radicalInverse(6, 2)` → 0.375. */
export function radicalInverse(index: number, base: number): number {
  let result = 0;
  let scale = 1 / base;
  for (let rest = index; rest > 0; rest = Math.floor(rest / base)) {
    result += (rest % base) * scale;
    scale /= base;
  }
  return result;
}

/**
 * Standard normal scores of a randomly shifted Halton sequence, one per sample: a quasi-random
 * draw whose points fill the space far more evenly than independent random draws, so that the
 * percentiles of a product of ranges are within a fraction of a percent at 10,000 samples where
 * plain random draws are off by a percent or more. The scores depend only on the input, the count
 * and the seed, so they are kept: later draws only scale them.
 */
const scoreCache = new Map<string, Float64Array>();

function standardScores(key: RangeKey, shift: number, count: number): Float64Array {
  const cacheKey = `${key}:${String(shift)}:${String(count)}`;
  const cached = scoreCache.get(cacheKey);
  if (cached) return cached;
  const scores = new Float64Array(count);
  const base = HALTON_BASES[key];
  for (let index = 0; index < count; index += 1) {
    let p = radicalInverse(index + 1, base) + shift;
    if (p >= 1) p -= 1;
    // A point at exactly 0 would be the −∞ quantile; half a sample's width is as good.
    scores[index] = normalQuantile(p > 0 ? p : 0.5 / count);
  }
  if (scoreCache.size > 16) scoreCache.clear();
  scoreCache.set(cacheKey, scores);
  return scores;
}

/**
 * The samples of the three inputs that may be ranges. Each input has its own stream (the seed's
 * generator jumped once per input), so that making one input a range leaves the draws of the
 * others unchanged. `sampleInputs(inputs, {}, …).containers` → 6,700 in every sample.
 */
export function sampleInputs(
  inputs: Inputs,
  ranges: Ranges,
  { count = SAMPLE_COUNT, seed = SAMPLE_SEED }: SampleOptions = {},
): InputSamples {
  const root = xoroshiro128plus(seed);
  const draw = (key: RangeKey, index: number): Float64Array => {
    const interval = ranges[key];
    if (!interval) return new Float64Array(count).fill(inputs[key]);
    const rng = root.clone();
    for (let jump = 0; jump <= index; jump += 1) rng.jump();
    const { mu, sigma } = lognormalFromInterval(interval);
    const scores = standardScores(key, uniformFloat64(rng), count);
    return scores.map((score) => Math.exp(mu + sigma * score));
  };
  const [containers, perContainer, daily] = RANGE_KEYS.map(draw);
  const empty = new Float64Array(0);
  return {
    containers: containers ?? empty,
    perContainer: perContainer ?? empty,
    daily: daily ?? empty,
  };
}

/**
 * The results of CONTRACT §1 and §6 over a seeded Monte Carlo of the ranges: each numeric result
 * as its median and 5th–95th percentiles. Every sample is worked out by `figuresOf`, the function
 * the exact results use, so that without ranges every spread is the exact result to the last bit
 * (tests/model/evaluate.property.test.ts). Results that are an increasing function of a figure
 * (months of days, shells a day of the total) take its percentiles through that function:
 * percentiles commute with it. With containers 6,700..13,000 and everything else at the defaults,
 * the median total is about 6,700 × 448 × √(13,000 ÷ 6,700) ≈ 4.18 million.
 */
export function sampleResults(
  inputs: Inputs,
  ranges: Ranges,
  options: SampleOptions = {},
): Evaluation {
  const samples = sampleInputs(inputs, ranges, options);
  const count = samples.containers.length;
  const delivery = deliveryDays(inputs);
  const period = delivery.ok ? delivery.value : Number.NaN;
  const columns = Object.fromEntries(
    FIGURE_KEYS.map((key) => [key, new Float64Array(count)]),
  ) as Record<FigureKey, Float64Array>;
  // One object whose ranged inputs each sample overwrites: no allocation per sample but its figures.
  const sample: FigureInputs = { ...inputs };
  let fits = 0;
  for (let index = 0; index < count; index += 1) {
    for (const key of RANGE_KEYS) sample[key] = samples[key][index] ?? 0;
    const figures = figuresOf(sample, period);
    for (const key of FIGURE_KEYS) columns[key][index] = figures[key];
    if (figures.massPerContainerKg <= inputs.payloadKg) fits += 1;
  }
  // Each column is this sampling's own: sorted in place.
  for (const key of FIGURE_KEYS) columns[key].sort();
  const spreads = Object.fromEntries(
    FIGURE_KEYS.map((key) => [key, spreadOfSorted(columns[key])]),
  ) as FigureSpreads;
  return evaluationOf(inputs, {
    count,
    figures: spreads,
    fitShare: fits / count,
    histograms: {
      totalShells: histogramOf(columns.totalShells, HISTOGRAM_BINS),
      monthsOfFire: histogramOf(columns.daysOfFire.map(monthsOf), HISTOGRAM_BINS),
    },
  });
}
