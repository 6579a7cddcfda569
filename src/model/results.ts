import { addDays, daysBetween, type IsoDate } from './calendar';
import { EU_PLEDGE_SHELLS, MEAN_MONTH_DAYS, RETURN_CONTAINER_RATIO } from './constants';
import type { Inputs } from './inputs';
import { fail, ok, type Outcome } from './reason';

/**
 * Every result of CONTRACT §1 and §6, plus the containers sent back north (FACTS §4): the figures
 * each set of inputs gives (`Figures`), and those worked out from them.
 */
export interface Results extends Omit<Figures, 'dailyCoverage'> {
  monthsOfFire: number;
  deliveryDays: Outcome<number>;
  deliveredPerDay: Outcome<number>;
  dailyCoverage: Outcome<number>;
  lastsUntil: Outcome<IsoDate>;
  plausible: boolean;
  euMultiple: number;
}

/**
 * The formulas of CONTRACT §1 and §6, each written once: the exact results and every sample of
 * the Monte Carlo are worked out by these same functions, so that inputs without ranges give the
 * same numbers either way (tests/model/evaluate.property.test.ts).
 */

/**
 * 152 mm shells that reached Russia and work: containers × perContainer × share/100 × usable/100
 * × (1 − rocketShare/100). `shellsOf(6700, 448, 100, 100, 0)` → 3,001,600; with `rocketShare` 50
 * → 1,500,800.
 */
function shellsOf(
  containers: number,
  perContainer: number,
  share: number,
  usable: number,
  rocketShare: number,
): number {
  // × (1 − rocketShare/100) last, so that with no rockets (every older link) the number is
  // section 1's to the last bit: × 1 changes nothing.
  return ((((containers * perContainer * share) / 100) * usable) / 100) * (1 - rocketShare / 100);
}

/**
 * 122 mm rocket-launcher rounds, the other filling of the same containers: containers ×
 * perContainerRockets × share/100 × usable/100 × rocketShare/100. `rocketsOf(6700, 75, 100,
 * 100, 50)` → 251,250.
 */
function rocketsOf(
  containers: number,
  perContainerRockets: number,
  share: number,
  usable: number,
  rocketShare: number,
): number {
  return (
    ((((containers * perContainerRockets * share) / 100) * usable) / 100) * (rocketShare / 100)
  );
}

/** Rounds a day divided into a total: `daysOf(3_001_600, 10_000)` → 300.16. */
const daysOf = (shells: number, daily: number): number => shells / daily;

/** Days as months of the mean Gregorian month: `monthsOf(300.16)` → 9.862…. */
export const monthsOf = (days: number): number => days / MEAN_MONTH_DAYS;

/** Shells delivered a day over the delivery period: `perDayOf(3_001_600, 166)` → 18,082. */
export const perDayOf = (shells: number, deliveryDays: number): number => shells / deliveryDays;

/** Percent of Russia's daily fire the deliveries matched: `coverageOf(3_001_600, 166, 10_000)` → 180.8. */
const coverageOf = (shells: number, deliveryDays: number, daily: number): number =>
  (perDayOf(shells, deliveryDays) / daily) * 100;

/** The shells as multiples of the EU's million-shell pledge: `euMultipleOf(3_001_600)` → 3.0016. */
export const euMultipleOf = (shells: number): number => shells / EU_PLEDGE_SHELLS;

/** Containers Russia sent back north: `returnedOf(6_700)` → 8,710. */
const returnedOf = (containers: number): number => containers * RETURN_CONTAINER_RATIO;

/**
 * The last day these rounds alone could keep up the rate, firing from the first delivery:
 * start + floor(max(deliveryDays, daysOfFire)). `lastsUntilOf('2023-09-13', 166, 300.16)` →
 * 2024-07-09.
 */
export function lastsUntilOf(start: IsoDate, deliveryDays: number, days: number): Outcome<IsoDate> {
  return addDays(start, Math.floor(Math.max(deliveryDays, days)));
}

/**
 * 152 mm shells that reached Russia and work, of a set of inputs (`shellsOf`).
 * `totalShells({ containers: 6700, perContainer: 448, share: 100, usable: 100, rocketShare: 0 })` → 3,001,600.
 */
export function totalShells(
  inputs: Pick<Inputs, 'containers' | 'perContainer' | 'share' | 'usable' | 'rocketShare'>,
): number {
  return shellsOf(
    inputs.containers,
    inputs.perContainer,
    inputs.share,
    inputs.usable,
    inputs.rocketShare,
  );
}

/**
 * Whole days from first delivery to the count, or why there are none.
 * `deliveryDays({ start: '2023-09-13', end: '2024-02-26' })` → 166.
 */
export function deliveryDays(inputs: Pick<Inputs, 'start' | 'end'>): Outcome<number> {
  const days = daysBetween(inputs.start, inputs.end);
  if (!days.ok) return days;
  if (days.value <= 0) return fail({ kind: 'end-not-after-start', start: inputs.start });
  return days;
}

/**
 * The results that are one number for each set of inputs, as a sample of the Monte Carlo works
 * them out: every one of them is a spread with ranges. The rest (months, shells a day, EU pledges,
 * the last day) are increasing functions of these, and take their percentiles through them.
 */
export interface Figures {
  totalShells: number;
  totalRockets: number;
  daysOfFire: number;
  /** Percent of Russia's daily fire; NaN when the delivery period cannot be worked out. */
  dailyCoverage: number;
  massPerContainerKg: number;
  containersReturned: number;
}

export type FigureKey = keyof Figures;

/** The inputs a sample draws values of, and the ones it takes as they are. */
export type FigureInputs = Omit<Inputs, 'start' | 'end'>;

/**
 * The figures of one set of numeric inputs over a delivery period of `period` days (NaN when
 * there is none): the one place each formula is applied, for the exact results and every sample.
 * Defaults, 166 days → 3,001,600 shells, 0 rockets, 300.16 days, 180.8%, 19,514.88 kg, 8,710.
 */
export function figuresOf(inputs: FigureInputs, period: number): Figures {
  const total = shellsOf(
    inputs.containers,
    inputs.perContainer,
    inputs.share,
    inputs.usable,
    inputs.rocketShare,
  );
  return {
    totalShells: total,
    totalRockets: rocketsOf(
      inputs.containers,
      inputs.perContainerRockets,
      inputs.share,
      inputs.usable,
      inputs.rocketShare,
    ),
    daysOfFire: daysOf(total, inputs.daily),
    dailyCoverage: coverageOf(total, period, inputs.daily),
    massPerContainerKg: massOf(inputs.perContainer, inputs.shellKg),
    containersReturned: returnedOf(inputs.containers),
  };
}

/** The figures' keys, in the order of `Figures`: `FIGURE_KEYS[0]` → 'totalShells'. */
export const FIGURE_KEYS = Object.keys({
  totalShells: true,
  totalRockets: true,
  daysOfFire: true,
  dailyCoverage: true,
  massPerContainerKg: true,
  containersReturned: true,
} satisfies Record<FigureKey, true>) as FigureKey[];

/**
 * The results of CONTRACT §1 and §6 that the page marks with `data-result` (and the embed posts
 * to its host), in the contract's order.
 */
export const CONTRACT_RESULT_KEYS = [
  'totalShells',
  'daysOfFire',
  'monthsOfFire',
  'deliveryDays',
  'deliveredPerDay',
  'dailyCoverage',
  'lastsUntil',
  'massPerContainerKg',
  'plausible',
  'euMultiple',
  // CONTRACT §6.
  'totalRockets',
] as const satisfies readonly (keyof Results)[];

/** The headline results, in the order a reader meets them (the comparison's rows, too). */
export const HEADLINE_RESULT_KEYS = [
  'totalShells',
  'totalRockets',
  'monthsOfFire',
  'daysOfFire',
  'lastsUntil',
] as const satisfies readonly (keyof Results)[];

/**
 * Every result of the model, exact, for valid or invalid inputs alike; nothing throws, and a result
 * that cannot be computed carries its reason. Worked example (defaults): 3,001,600 shells, 300.16
 * days, 9.862 months, 166 delivery days, lasting until 2024-07-09, 19,514.88 kg a container.
 */
export function computeResults(inputs: Inputs): Results {
  const delivery = deliveryDays(inputs);
  const figures = figuresOf(inputs, delivery.ok ? delivery.value : Number.NaN);
  const total = figures.totalShells;
  return {
    ...figures,
    monthsOfFire: monthsOf(figures.daysOfFire),
    deliveryDays: delivery,
    deliveredPerDay: delivery.ok ? ok(perDayOf(total, delivery.value)) : delivery,
    dailyCoverage: delivery.ok ? ok(figures.dailyCoverage) : delivery,
    lastsUntil: delivery.ok
      ? lastsUntilOf(inputs.start, delivery.value, figures.daysOfFire)
      : delivery,
    plausible: figures.massPerContainerKg <= inputs.payloadKg,
    euMultiple: euMultipleOf(total),
  };
}

/** The rounds' mass in one container: `massOf(448, 43.56)` → 19,514.88 kg. */
const massOf = (perContainer: number, shellKg: number): number => perContainer * shellKg;
