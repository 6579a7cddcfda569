/**
 * The d3 scales recharts may pick by itself; vite.config.ts gives recharts this module for
 * `victory-vendor/d3-scale`. recharts looks scales up by name in the whole module
 * (`import * as d3Scales`), which would keep every d3 scale (time, log, quantize…, with d3-time and
 * d3-time-format) in the chart's chunk. Its automatic scales are these three: `linear` for number
 * axes, `band` and `point` for category axes. An axis given any other `scale` name would fall
 * back to `point`, so add that scale here before using it.
 *
 * `scaleLinear` is d3's for what recharts asks of it (call, domain, range, ticks, copy): d3's own
 * interpolates any value (colours, strings, dates) and formats ticks, which brings d3-interpolate,
 * d3-color and d3-format with it. Numbers in, numbers out, as d3's: `NaN` and null map to
 * undefined, an empty domain (`[a, a]`) maps to the middle of the range.
 */
import { ticks } from 'victory-vendor/d3-array';

export { scaleBand, scalePoint } from 'victory-vendor/d3-scale';

export interface LinearScale {
  (value: unknown): number | undefined;
  domain(): number[];
  domain(domain: Iterable<unknown>): LinearScale;
  range(): number[];
  range(range: Iterable<unknown>): LinearScale;
  ticks(count?: number): number[];
  copy(): LinearScale;
}

function linear(domain: number[], range: number[]): LinearScale {
  const scale = (value: unknown): number | undefined => {
    if (value === null || value === undefined) return undefined;
    const x = Number(value);
    if (Number.isNaN(x)) return undefined;
    let d0 = domain[0] ?? 0;
    let d1 = domain[domain.length - 1] ?? 1;
    let r0 = range[0] ?? 0;
    let r1 = range[range.length - 1] ?? 1;
    // As d3 (normalize, then interpolateNumber), to the last bit: a falling domain is turned.
    if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
    const span = d1 - d0;
    const t = span ? (x - d0) / span : Number.isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  function domainOf(): number[];
  function domainOf(next: Iterable<unknown>): LinearScale;
  function domainOf(next?: Iterable<unknown>): number[] | LinearScale {
    if (next === undefined) return domain.slice();
    domain = Array.from(next, Number);
    return api;
  }
  function rangeOf(): number[];
  function rangeOf(next: Iterable<unknown>): LinearScale;
  function rangeOf(next?: Iterable<unknown>): number[] | LinearScale {
    if (next === undefined) return range.slice();
    range = Array.from(next, Number);
    return api;
  }
  const api: LinearScale = Object.assign(scale, {
    domain: domainOf,
    range: rangeOf,
    ticks: (count = 10) => ticks(domain[0] ?? 0, domain[domain.length - 1] ?? 1, count),
    copy: () => linear(domain.slice(), range.slice()),
  });
  return api;
}

/** A linear scale from [0, 1] to [0, 1], as d3's `scaleLinear()`. */
export function scaleLinear(): LinearScale {
  return linear([0, 1], [0, 1]);
}
