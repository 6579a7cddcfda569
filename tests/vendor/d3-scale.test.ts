import fc from 'fast-check';
import * as d3 from 'victory-vendor/d3-scale';
import { scaleLinear } from '../../src/vendor/d3-scale';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });

describe("the chart's linear scale (src/vendor/d3-scale.ts)", () => {
  it('maps numbers exactly as d3’s scaleLinear does', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (d0, d1, r0, r1, x) => {
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const theirs = d3.scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(ours(x)).toBe(theirs(x));
      }),
    );
  });

  it('gives d3’s ticks, domain and range, and copies', () => {
    const ours = scaleLinear().domain([0, 2_500_000]).range([300, 24]);
    const theirs = d3.scaleLinear().domain([0, 2_500_000]).range([300, 24]);
    expect(ours.ticks(5)).toEqual(theirs.ticks(5));
    expect(ours.ticks()).toEqual(theirs.ticks());
    expect(ours.domain()).toEqual(theirs.domain());
    expect(ours.range()).toEqual(theirs.range());
    const copy = ours.copy().range([0, 1]);
    expect(ours.range()).toEqual([300, 24]);
    expect(copy(1_250_000)).toBe(0.5);
  });

  it('maps what d3 maps to undefined (null, NaN) to undefined, and an empty domain to the middle', () => {
    const ours = scaleLinear().domain([5, 5]).range([0, 100]);
    const theirs = d3.scaleLinear().domain([5, 5]).range([0, 100]);
    for (const x of [null, undefined, Number.NaN, 'x', 5, 7]) {
      expect(ours(x)).toBe(theirs(x as number));
    }
  });
});
