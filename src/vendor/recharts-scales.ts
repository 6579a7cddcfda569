/**
 * The d3 scales recharts picks by name, d3's own: vite.config.ts gives recharts this module for
 * `victory-vendor/d3-scale`. recharts imports the whole module (`import * as d3Scales`) to look
 * scales up by name, which keeps every d3 scale (time, log, quantize…, with d3-time and
 * d3-time-format) in the chart's chunk although its automatic scales are these three: `linear` for
 * number axes, `band` and `point` for category axes. Measured on 2026-12-05: 8.2 kB gzip less in
 * the chart's chunk (95.6 → 87.4 kB). An axis given another `scale` name would fall back to
 * `point`, so add that scale here before using it.
 */
export { scaleBand, scaleLinear, scalePoint } from 'victory-vendor/d3-scale';
