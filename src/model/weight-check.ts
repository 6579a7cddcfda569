import type { Inputs } from './inputs';
import type { Interval } from './ranges';

/** A container rating to check against, given as data (the figures and their sources live in src/facts). */
export interface ContainerRating {
  id: string;
  payloadKg: number;
}

/** How one rating takes the packed rounds of one container. */
interface RatingCheck extends ContainerRating {
  fits: boolean;
  /** Payload left over: positive is spare, negative is how far over the limit. */
  spareKg: number;
  /** The most whole rounds that fit by mass. */
  maxCount: number;
}

/** Plenty of room, fits only just (at least `JUST_FITS_SHARE` of the payload), or too heavy. */
type WeightVerdict = 'fits' | 'just-fits' | 'too-heavy';

/** From 95% of the payload up, a load "fits only just". */
const JUST_FITS_SHARE = 0.95;

export interface WeightCheck {
  /** One round with its packaging: shellKg × (1 + packaging/100). */
  packedKgPerRound: number;
  /** perContainer × packedKgPerRound. */
  packedMassKg: number;
  /** The most whole rounds that fit the chosen `payloadKg`. */
  maxPerContainer: number;
  /** Payload left over in the chosen container; negative when too heavy. */
  spareKg: number;
  verdict: WeightVerdict;
  /** Each rating in the order given. */
  ratings: RatingCheck[];
  /** With perContainer a range: its high end, its packed mass, and whether that still fits. */
  highEnd: { perContainer: number; packedMassKg: number; fits: boolean } | null;
}

/**
 * The most whole rounds of `packedKg` that fit `payloadKg`, agreeing with `count × packedKg ≤
 * payloadKg` despite rounding in the division: `maxCountByMass(28_180, 43.56)` → 646
 * (646 × 43.56 = 28,139.76; 647 would weigh 28,183.32).
 */
export function maxCountByMass(payloadKg: number, packedKg: number): number {
  const count = Math.floor(payloadKg / packedKg);
  if ((count + 1) * packedKg <= payloadKg) return count + 1;
  return count * packedKg > payloadKg ? count - 1 : count;
}

/**
 * The weight check of one container, packaging included, against the chosen payload and each
 * rating. Defaults: 448 × 43.56 kg = 19,514.88 kg, 8,665.12 kg under a 28,180 kg payload, which
 * takes at most 646 → verdict 'fits'. With 20% packaging a round counts as 52.272 kg: 23,417.856 kg,
 * at most 539 rounds. `perContainerRange` {266, 480}: the high end weighs 20,908.8 kg, still fits.
 */
export function weightCheck(
  inputs: Pick<Inputs, 'perContainer' | 'shellKg' | 'packaging' | 'payloadKg'>,
  ratings: readonly ContainerRating[],
  perContainerRange?: Interval,
): WeightCheck {
  const packedKgPerRound = inputs.shellKg * (1 + inputs.packaging / 100);
  const packedMassKg = inputs.perContainer * packedKgPerRound;
  const spareKg = inputs.payloadKg - packedMassKg;
  const fits = packedMassKg <= inputs.payloadKg;
  const highMassKg = perContainerRange ? perContainerRange.high * packedKgPerRound : 0;
  return {
    packedKgPerRound,
    packedMassKg,
    maxPerContainer: maxCountByMass(inputs.payloadKg, packedKgPerRound),
    spareKg,
    verdict: !fits
      ? 'too-heavy'
      : packedMassKg >= JUST_FITS_SHARE * inputs.payloadKg
        ? 'just-fits'
        : 'fits',
    ratings: ratings.map(({ id, payloadKg }) => ({
      id,
      payloadKg,
      fits: packedMassKg <= payloadKg,
      spareKg: payloadKg - packedMassKg,
      maxCount: maxCountByMass(payloadKg, packedKgPerRound),
    })),
    highEnd: perContainerRange
      ? {
          perContainer: perContainerRange.high,
          packedMassKg: highMassKg,
          fits: highMassKg <= inputs.payloadKg,
        }
      : null,
  };
}
