/**
 * An exported chart has one size whatever its words: the layout keeps two lines of title, two of
 * legend and four of notes, used or not, and cuts longer text with "…"; only the chart's own
 * shape (its stage) decides the height.
 */
import { EXPORT_WIDTH, exportLayout, type ChartFrame } from '../../src/ui/chart-export';

const SHORT: ChartFrame = {
  title: 'Deliveries',
  legend: [{ label: 'Delivered', mark: 'line', colour: '--accent' }],
  source: 'Source: Shell Count',
  reviewed: 'Figures reviewed December 5, 2026',
  permalink: 'https://example.org/?v=2',
};

const LONG: ChartFrame = {
  title: 'Постачання проти російського вогню '.repeat(8),
  legend: Array.from({ length: 9 }, (_, index) => ({
    label: `Поставлено Північною Кореєю ${String(index)}`,
    mark: 'dashed' as const,
    colour: '--fire' as const,
  })),
  source: 'Джерело: '.repeat(40),
  reviewed: 'Числа перевірено 5 грудня 2026 р.',
  permalink: `https://example.org/?v=2&${'containers=6700..13000&'.repeat(20)}`,
};

const STAGE = { width: 1136, height: 520 };

describe(exportLayout, () => {
  it('is as wide and as tall for short words as for long ones', () => {
    const short = exportLayout(SHORT, STAGE, 'sans-serif');
    const long = exportLayout(LONG, STAGE, 'sans-serif');
    expect(short.width).toBe(EXPORT_WIDTH);
    expect(long.width).toBe(EXPORT_WIDTH);
    expect(long.height).toBe(short.height);
    expect(long.chart).toEqual(short.chart);
  });

  it('keeps every line inside the file, cutting what does not fit with "…"', () => {
    const long = exportLayout(LONG, STAGE, 'sans-serif');
    for (const line of long.lines) {
      expect(line.y).toBeLessThan(long.height);
      expect(line.x).toBeGreaterThanOrEqual(0);
    }
    expect(long.lines.some((line) => line.text.endsWith('…'))).toBe(true);
    // The legend's words are in the file.
    expect(long.lines.map((line) => line.text)).toContain('Поставлено Північною Кореєю 0');
  });

  it('scales the chart to the width inside the margins, keeping its shape', () => {
    const layout = exportLayout(SHORT, { width: 568, height: 128 }, 'sans-serif');
    expect(layout.chart.width / layout.chart.height).toBeCloseTo(568 / 128, 1);
    expect(layout.chart.x + layout.chart.width).toBeLessThan(EXPORT_WIDTH);
  });
});
