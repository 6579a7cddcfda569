import { addDays, daysBetween, type IsoDate } from './calendar';
import { EU_PLEDGE_SHELLS, MEAN_MONTH_DAYS, RETURN_CONTAINER_RATIO } from './constants';
import type { Inputs } from './inputs';
import { fail, ok, type Outcome } from './reason';

/** Every result of CONTRACT §1 and §6, plus the containers sent back north (FACTS §4). */
export interface Results {
  totalShells: number;
  /** 122 mm rocket-launcher rounds, when some containers hold them (CONTRACT §6). */
  totalRockets: number;
  daysOfFire: number;
  monthsOfFire: number;
  deliveryDays: Outcome<number>;
  deliveredPerDay: Outcome<number>;
  dailyCoverage: Outcome<number>;
  lastsUntil: Outcome<IsoDate>;
  massPerContainerKg: number;
  plausible: boolean;
  euMultiple: number;
  containersReturned: number;
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
export function shellsOf(
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
export function rocketsOf(
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
export const daysOf = (shells: number, daily: number): number => shells / daily;

/** Days as months of the mean Gregorian month: `monthsOf(300.16)` → 9.862…. */
export const monthsOf = (days: number): number => days / MEAN_MONTH_DAYS;

/** Shells delivered a day over the delivery period: `perDayOf(3_001_600, 166)` → 18,082. */
export const perDayOf = (shells: number, deliveryDays: number): number => shells / deliveryDays;

/** Percent of Russia's daily fire the deliveries matched: `coverageOf(3_001_600, 166, 10_000)` → 180.8. */
export const coverageOf = (shells: number, deliveryDays: number, daily: number): number =>
  (perDayOf(shells, deliveryDays) / daily) * 100;

/** The shells as multiples of the EU's million-shell pledge: `euMultipleOf(3_001_600)` → 3.0016. */
export const euMultipleOf = (shells: number): number => shells / EU_PLEDGE_SHELLS;

/** Containers Russia sent back north: `returnedOf(6_700)` → 8,710. */
export const returnedOf = (containers: number): number => containers * RETURN_CONTAINER_RATIO;

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
 * Every result of the model, exact, for valid or invalid inputs alike; nothing throws, and a result
 * that cannot be computed carries its reason. Worked example (defaults): 3,001,600 shells, 300.16
 * days, 9.862 months, 166 delivery days, lasting until 2024-07-09, 19,514.88 kg a container.
 */
export function computeResults(inputs: Inputs): Results {
  const total = totalShells(inputs);
  const daysOfFire = daysOf(total, inputs.daily);
  const delivery = deliveryDays(inputs);
  const massPerContainerKg = massOf(inputs.perContainer, inputs.shellKg);
  return {
    totalShells: total,
    totalRockets: rocketsOf(
      inputs.containers,
      inputs.perContainerRockets,
      inputs.share,
      inputs.usable,
      inputs.rocketShare,
    ),
    daysOfFire,
    monthsOfFire: monthsOf(daysOfFire),
    deliveryDays: delivery,
    deliveredPerDay: delivery.ok ? ok(perDayOf(total, delivery.value)) : delivery,
    dailyCoverage: delivery.ok ? ok(coverageOf(total, delivery.value, inputs.daily)) : delivery,
    lastsUntil: delivery.ok ? lastsUntilOf(inputs.start, delivery.value, daysOfFire) : delivery,
    massPerContainerKg,
    plausible: massPerContainerKg <= inputs.payloadKg,
    euMultiple: euMultipleOf(total),
    containersReturned: returnedOf(inputs.containers),
  };
}

/** The rounds' mass in one container: `massOf(448, 43.56)` → 19,514.88 kg. */
export const massOf = (perContainer: number, shellKg: number): number => perContainer * shellKg;
