/**
 * Invariant: for what recharts' nice ticks compute (sums, differences, products and quotients of
 * axis bounds and steps, powers and logarithms of ten, floors and ceilings), the vendored Decimal
 * gives the number decimal.js-light gives, to 12 significant digits (ticks are nice numbers of a
 * few digits; doubles made from short decimals can differ from base-10 arithmetic in the 15th).
 */
import fc from 'fast-check';
import RealDecimal from 'decimal.js-light';
import Decimal from '../../src/vendor/decimal-light';

/** Axis bounds and steps as charts meet them: integers and short decimals, large and small. */
const axisNumber = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100),
  fc
    .integer({ min: 1, max: 9 })
    .chain((d) => fc.integer({ min: -6, max: 9 }).map((e) => Number(`${String(d)}e${String(e)}`))),
);
const nonZero = axisNumber.filter((n) => n !== 0);

/** 12 significant digits: `digits12(3000000000.000002)` → 3000000000. */
const digits12 = (x: number) => Number(x.toPrecision(12));

describe('the vendored Decimal (src/vendor/decimal-light.ts)', () => {
  type Pair = readonly [Decimal, RealDecimal];
  it.each([
    ['add', (a: number, b: number): Pair => [new Decimal(a).add(b), new RealDecimal(a).add(b)]],
    ['sub', (a: number, b: number): Pair => [new Decimal(a).sub(b), new RealDecimal(a).sub(b)]],
    ['mul', (a: number, b: number): Pair => [new Decimal(a).mul(b), new RealDecimal(a).mul(b)]],
  ] as const)('%s gives decimal.js-light’s number', (_, run) => {
    fc.assert(
      fc.property(axisNumber, axisNumber, (a, b) => {
        const [ours, theirs] = run(a, b);
        expect(digits12(ours.toNumber())).toBe(digits12(theirs.toNumber()));
      }),
    );
  });

  it('div and mod give decimal.js-light’s number', () => {
    fc.assert(
      fc.property(axisNumber, nonZero, (a, b) => {
        const div = [new Decimal(a).div(b), new RealDecimal(a).div(b)] as const;
        const mod = [new Decimal(a).mod(b), new RealDecimal(a).mod(b)] as const;
        expect(digits12(div[0].toNumber())).toBe(digits12(div[1].toNumber()));
        expect(digits12(mod[0].toNumber())).toBe(digits12(mod[1].toNumber()));
      }),
    );
  });

  it('powers and logarithms of ten, comparisons', () => {
    for (let exponent = -8; exponent <= 12; exponent += 1) {
      expect(new Decimal(10).pow(exponent).toNumber()).toBe(
        new RealDecimal(10).pow(exponent).toNumber(),
      );
      expect(new Decimal(10 ** exponent).log(10).toNumber()).toBe(exponent);
    }
    fc.assert(
      fc.property(axisNumber, axisNumber, (a, b) => {
        const ours = new Decimal(a);
        const theirs = new RealDecimal(a);
        expect(ours.abs().toNumber()).toBe(theirs.abs().toNumber());
        expect(ours.isint()).toBe(theirs.isint());
        expect(ours.lt(b)).toBe(theirs.lt(b));
        expect(ours.lte(b)).toBe(theirs.lte(b));
      }),
    );
  });

  it('adds up steps of 0.1 exactly, as decimal.js does and doubles do not', () => {
    let sum = new Decimal(0);
    for (let i = 0; i < 3; i += 1) sum = sum.add(0.1);
    expect(sum.toNumber()).toBe(0.3);
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3);
  });
});
