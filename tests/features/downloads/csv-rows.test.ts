import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/facts/presets';
import {
  inputsCsvRows,
  resultFigures,
  resultsCsvRows,
} from '../../../src/features/downloads/csv-rows';
import { downloads as en } from '../../../src/i18n/messages/en/downloads';
import { downloads as ko } from '../../../src/i18n/messages/ko/downloads';
import { sampleResults } from '../../../src/model/sampling';
import { toCsv } from '../../../src/ui/csv';

const byKey = (rows: unknown[][]) => new Map(rows.map((row) => [row[0], row]));

describe(resultsCsvRows, () => {
  it('holds the exact results of the defaults, as data-value does (CONTRACT §1 worked example)', () => {
    const rows = resultsCsvRows(resultFigures(DEFAULT_INPUTS, {}, null), false, en);
    expect(rows[0]).toEqual(['key', 'Name', 'Value', 'Unit']);
    const results = byKey(rows);
    expect(results.get('totalShells')).toEqual([
      'totalShells',
      'Working shells delivered',
      3001600,
      'shells',
    ]);
    expect(results.get('daysOfFire')?.[2]).toBe(300.16);
    expect(results.get('monthsOfFire')?.[2]).toBe(300.16 / 30.436875);
    expect(results.get('deliveryDays')?.[2]).toBe(166);
    expect(results.get('lastsUntil')?.[2]).toBe('2024-07-09');
    expect(results.get('massPerContainerKg')?.[2]).toBe(448 * 43.56);
    expect(results.get('plausible')?.[2]).toBe('true');
    expect(results.get('maxPerContainer')?.[2]).toBe(646);
    expect(rows).toHaveLength(14);
  });

  it('is written without floating-point noise: 12 significant digits at most', () => {
    const text = toCsv(resultsCsvRows(resultFigures(DEFAULT_INPUTS, {}, null), false, en));
    // Binary arithmetic gives up to 17 digits (300.16 / 30.436875 = 9.861722006612046).
    expect(text).toContain('massPerContainerKg,Weight of one container’s shells,19514.88,kg');
    expect(text).toContain('monthsOfFire,Months of Russian fire,9.86172200661,');
    expect(text).not.toMatch(/\d{13}/);
  });

  it('leaves the value empty where a result cannot be computed', () => {
    const inputs = { ...DEFAULT_INPUTS, end: '2023-01-01' };
    const results = byKey(resultsCsvRows(resultFigures(inputs, {}, null), false, en));
    expect(results.get('deliveryDays')?.[2]).toBeNull();
    expect(results.get('lastsUntil')?.[2]).toBeNull();
    expect(results.get('totalShells')?.[2]).toBe(3001600);
  });

  it('with ranges writes the medians and the 5th and 95th percentiles', () => {
    const ranges = { containers: { low: 6700, high: 13000 } };
    const inputs = { ...DEFAULT_INPUTS, containers: 9333 };
    const sampled = sampleResults(inputs, ranges);
    const rows = resultsCsvRows(resultFigures(inputs, ranges, sampled), true, en);
    expect(rows[0]).toEqual(['key', 'Name', 'Value', '5th percentile', '95th percentile', 'Unit']);
    const results = byKey(rows);
    expect(results.get('totalShells')?.slice(2, 5)).toEqual([
      sampled.totalShells.median,
      sampled.totalShells.low,
      sampled.totalShells.high,
    ]);
    // packedMassKg's range follows perContainer only; plausible has no range.
    expect(results.get('packedMassKg')?.slice(3, 5)).toEqual([null, null]);
    expect(results.get('plausible')?.slice(2, 5)).toEqual([String(sampled.plausible), null, null]);
  });

  it('names the columns and results in the language, keys in English', () => {
    const rows = resultsCsvRows(resultFigures(DEFAULT_INPUTS, {}, null), false, ko);
    expect(rows[0]).toEqual(['key', '항목', '값', '단위']);
    expect(rows[1]?.slice(0, 2)).toEqual(['totalShells', '전달된 작동 포탄']);
  });
});

describe(inputsCsvRows, () => {
  it('says where each default comes from, and marks a changed value as yours', () => {
    const rows = inputsCsvRows({ ...DEFAULT_INPUTS, daily: 20_000 }, {}, 'shin-2024-02', en);
    expect(rows[0]).toEqual(['key', 'Name', 'Value', 'Unit', 'Status', 'Source']);
    const inputs = byKey(rows);
    expect(inputs.get('containers')?.slice(2, 5)).toEqual([
      '6700',
      'containers',
      'From the statement',
    ]);
    expect(inputs.get('containers')?.[5]).toMatch(/^https:\/\//);
    expect(inputs.get('daily')?.slice(2, 6)).toEqual(['20000', 'shells a day', 'Your value', null]);
    expect(inputs.get('usable')?.[4]).toBe('Our assumption');
    expect(inputs.get('shellKg')?.[4]).toBe('Published figure');
    expect(inputs.get('end')?.[2]).toBe('2024-02-26');
  });

  it('with a range writes its ends beside the centre', () => {
    const ranges = { containers: { low: 6700, high: 13000 } };
    const rows = inputsCsvRows({ ...DEFAULT_INPUTS, containers: 9333 }, ranges, 'shin-2024-02', en);
    expect(rows[0]).toContain('5th percentile');
    expect(byKey(rows).get('containers')?.slice(2, 5)).toEqual(['9333', '6700', '13000']);
    expect(byKey(rows).get('daily')?.slice(2, 5)).toEqual(['10000', null, null]);
  });
});
