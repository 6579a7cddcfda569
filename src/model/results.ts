import { addDays, daysBetween, type IsoDate } from './calendar';
import { EU_PLEDGE_SHELLS, MEAN_MONTH_DAYS, RETURN_CONTAINER_RATIO } from './constants';
import type { Inputs } from './inputs';
import { fail, ok, type Outcome } from './reason';

/** Every result of CONTRACT §1, plus the containers sent back north (FACTS §4). */
export interface Results {
  totalShells: number;
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
 * Shells that reached Russia and work: containers × perContainer × share/100 × usable/100.
 * `totalShells({ containers: 6700, perContainer: 448, share: 100, usable: 100 })` → 3,001,600.
 */
export function totalShells(
  inputs: Pick<Inputs, 'containers' | 'perContainer' | 'share' | 'usable'>,
) {
  return (((inputs.containers * inputs.perContainer * inputs.share) / 100) * inputs.usable) / 100;
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
  const daysOfFire = total / inputs.daily;
  const delivery = deliveryDays(inputs);
  const perDay = delivery.ok ? ok(total / delivery.value) : delivery;
  const massPerContainerKg = inputs.perContainer * inputs.shellKg;
  return {
    totalShells: total,
    daysOfFire,
    monthsOfFire: daysOfFire / MEAN_MONTH_DAYS,
    deliveryDays: delivery,
    deliveredPerDay: perDay,
    dailyCoverage: perDay.ok ? ok((perDay.value / inputs.daily) * 100) : perDay,
    lastsUntil: delivery.ok
      ? addDays(inputs.start, Math.floor(Math.max(delivery.value, daysOfFire)))
      : delivery,
    massPerContainerKg,
    plausible: massPerContainerKg <= inputs.payloadKg,
    euMultiple: total / EU_PLEDGE_SHELLS,
    containersReturned: inputs.containers * RETURN_CONTAINER_RATIO,
  };
}
