/**
 * What recharts asks of `decimal.js-light` (its nice y-axis ticks, `getNiceTickValues`), on plain
 * numbers: about 0.4 kB instead of 4.6 kB gzip. decimal.js works in base 10 so that steps like 0.1
 * add up exactly; here every result is rounded to 15 significant digits, which every double holds
 * exactly, so 0.1 + 0.2 is 0.3 here too. `tests/vendor/decimal-light.test.ts` checks each
 * operation against decimal.js-light. vite.config.ts gives this file to recharts only.
 */

/** A number rounded to the 15 significant digits a double always holds: 0.1 + 0.2 → 0.3. */
const clean = (value: number): number =>
  Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(15)) : value;

type Operand = Decimal | number | string;

const valueOf = (operand: Operand): number =>
  operand instanceof Decimal ? operand.value : Number(operand);

/**
 * A sum or difference rounded at the 15th significant digit of the larger operand, as base-10
 * arithmetic on 15-digit operands would give it: 8192.1 − 8191.61 → 0.49, not 0.4900000000000091.
 */
function cleanSum(sum: number, a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const places = 14 - Math.floor(Math.log10(scale));
  return places >= 0 && places <= 100 ? Number(sum.toFixed(places)) : sum;
}

/** `new Decimal(0.1).add(0.2).toNumber()` → 0.3 */
export default class Decimal {
  readonly value: number;

  constructor(operand: Operand) {
    this.value = clean(valueOf(operand));
  }

  abs(): Decimal {
    return new Decimal(Math.abs(this.value));
  }

  add(other: Operand): Decimal {
    const b = valueOf(other);
    return new Decimal(cleanSum(this.value + b, this.value, b));
  }

  sub(other: Operand): Decimal {
    const b = valueOf(other);
    return new Decimal(cleanSum(this.value - b, this.value, b));
  }

  mul(other: Operand): Decimal {
    return new Decimal(this.value * valueOf(other));
  }

  div(other: Operand): Decimal {
    return new Decimal(this.value / valueOf(other));
  }

  /** The remainder with the sign of the dividend, as decimal.js's default modulo mode. */
  mod(other: Operand): Decimal {
    const divisor = valueOf(other);
    const whole = Math.trunc(clean(this.value / divisor)) * divisor;
    return new Decimal(cleanSum(this.value - whole, this.value, whole));
  }

  pow(exponent: Operand): Decimal {
    return new Decimal(this.value ** valueOf(exponent));
  }

  /** The logarithm in `base` (decimal.js-light's default is 10): exact for powers of ten. */
  log(base: Operand = 10): Decimal {
    const b = valueOf(base);
    return new Decimal(b === 10 ? Math.log10(this.value) : Math.log(this.value) / Math.log(b));
  }

  isint(): boolean {
    return Number.isInteger(this.value);
  }

  lt(other: Operand): boolean {
    return this.value < valueOf(other);
  }

  lte(other: Operand): boolean {
    return this.value <= valueOf(other);
  }

  toNumber(): number {
    return this.value;
  }
}
