import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/facts/presets';
import {
  inputsCsvRows,
  resultFigures,
  resultsCsvRows,
} from '../../../src/features/downloads/csv-rows';
import type { Provenance } from '../../../src/facts/provenance';
import { downloads as en } from '../../../src/i18n/messages/en/downloads';
import { downloads as ko } from '../../../src/i18n/messages/ko/downloads';
import { provenanceText } from '../../../src/i18n/provenance-text';
import { sampleResults } from '../../../src/model/sampling';
import { exactEvaluation } from '../../../src/model/evaluate';
import { toCsv } from '../../../src/ui/csv';
import { MESSAGES } from '../../language-on-screen';

/** Where a value comes from, in English, as the page words it. */
const credit = (provenance: Provenance) =>
  provenanceText(provenance, MESSAGES.en.later.statements, MESSAGES.en.later.facts, 'en');
const CLASSES = MESSAGES.en.later.facts.provenance.classes;

const byKey = (rows: unknown[][]) => new Map(rows.map((row) => [row[0], row]));

describe(resultsCsvRows, () => {
  it('holds the exact results of the defaults, as data-value does (CONTRACT §1 worked example)', () => {
    const rows = resultsCsvRows(
      resultFigures(DEFAULT_INPUTS, {}, exactEvaluation(DEFAULT_INPUTS)),
      false,
      en,
    );
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
    expect(results.get('totalRockets')?.[2]).toBe(0);
    expect(rows).toHaveLength(15);
  });

  it('is written without floating-point noise: 12 significant digits at most', () => {
    const text = toCsv(
      resultsCsvRows(resultFigures(DEFAULT_INPUTS, {}, exactEvaluation(DEFAULT_INPUTS)), false, en),
    );
    // Binary arithmetic gives up to 17 digits (300.16 / 30.436875 = 9.861722006612046).
    expect(text).toContain('massPerContainerKg,Weight of one container’s shells,19514.88,kg');
    expect(text).toContain('monthsOfFire,Months of Russian fire,9.86172200661,');
    expect(text).not.toMatch(/\d{13}/);
  });

  it('leaves the value empty where a result cannot be computed', () => {
    const inputs = { ...DEFAULT_INPUTS, end: '2023-01-01' };
    const results = byKey(
      resultsCsvRows(resultFigures(inputs, {}, exactEvaluation(inputs)), false, en),
    );
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
    const rows = resultsCsvRows(
      resultFigures(DEFAULT_INPUTS, {}, exactEvaluation(DEFAULT_INPUTS)),
      false,
      ko,
    );
    expect(rows[0]).toEqual(['key', '항목', '값', '단위']);
    expect(rows[1]?.slice(0, 2)).toEqual(['totalShells', '전달된 작동 포탄']);
  });
});

describe(inputsCsvRows, () => {
  it('says where each value comes from: the statement, our division, a published figure, ours, yours', () => {
    const state = {
      scenarioId: 'shin-2024-02',
      inputs: { ...DEFAULT_INPUTS, daily: 20_000, usable: 50, share: 80 },
      ranges: {},
    };
    const rows = inputsCsvRows(state, MESSAGES.en.later, credit, CLASSES);
    expect(rows[0]).toEqual([
      'key',
      'Name',
      'Value',
      'Unit',
      'Status',
      'Credited to',
      'Source',
      'Our reading',
    ]);
    const inputs = byKey(rows);
    expect(inputs.get('containers')?.slice(2, 6)).toEqual([
      '6700',
      'containers',
      'statement',
      'South Korea’s defence minister, February 2024',
    ]);
    expect(inputs.get('containers')?.[6]).toMatch(/^https:\/\/thestar\.com\.my\//);
    // 3 million ÷ 6,700 = 447.8 → 448: ours, never the minister's.
    expect(inputs.get('perContainer')?.slice(4, 6)).toEqual([
      'our division',
      'our division of the figures of South Korea’s defence minister, February 2024',
    ]);
    // 20,000 a day is a published rate: the US officials' 2022 peak.
    expect(inputs.get('daily')?.slice(2, 6)).toEqual([
      '20000',
      'shells a day',
      'published figure',
      'US officials, 2022 peak',
    ]);
    // Half working is Ukrainian military intelligence's figure, not "your assumption".
    expect(inputs.get('usable')?.slice(4, 6)).toEqual([
      'published figure',
      'Ukrainian military intelligence, February 2024',
    ]);
    expect(inputs.get('share')?.slice(4, 7)).toEqual(['your value', 'your assumption', null]);
    expect(inputs.get('shellKg')?.[4]).toBe('published figure');
    // All 152 mm is our assumption, as the conversions; 500,000 ÷ 6,700 = 74.6 → 75 rockets, ours.
    expect(inputs.get('rocketShare')?.slice(2, 6)).toEqual([
      '0',
      '%',
      'our assumption',
      'our assumption',
    ]);
    expect(inputs.get('perContainerRockets')?.slice(2, 6)).toEqual([
      '75',
      'rockets',
      'our division',
      'our division of the figures of South Korea’s defence minister, February 2024',
    ]);
    expect(inputs.get('end')?.slice(2, 6)).toEqual([
      '2024-02-26',
      'YYYY-MM-DD',
      'statement',
      'South Korea’s defence minister, February 2024',
    ]);
    // The summit as the first delivery is our reading of the outlets' periods, said in words.
    expect(inputs.get('start')?.slice(4, 5)).toEqual(['our reading']);
    expect(inputs.get('start')?.[7]).toMatch(/^The summit of 13 September 2023/);
  });

  it('credits the White House with the count Seoul confirmed (October 2023)', () => {
    const rows = inputsCsvRows(
      {
        scenarioId: 'mnd-2023-10',
        inputs: {
          ...DEFAULT_INPUTS,
          containers: 1_000,
          perContainer: 285,
          start: '2023-09-07',
          end: '2023-10-16',
        },
        ranges: {},
      },
      MESSAGES.en.later,
      credit,
      CLASSES,
    );
    expect(byKey(rows).get('containers')?.slice(4, 6)).toEqual([
      'statement (another’s count)',
      'the White House, October 2023, confirmed by South Korea’s defence ministry, October 2023',
    ]);
    expect(byKey(rows).get('perContainer')?.[4]).toBe('our reading');
  });

  it('with a range writes its ends beside the centre', () => {
    const ranges = { containers: { low: 6700, high: 13000 } };
    const state = {
      scenarioId: 'shin-2024-02',
      inputs: { ...DEFAULT_INPUTS, containers: 9333 },
      ranges,
    };
    const rows = inputsCsvRows(state, MESSAGES.en.later, credit, CLASSES);
    expect(rows[0]).toContain('5th percentile');
    expect(byKey(rows).get('containers')?.slice(2, 5)).toEqual(['9333', '6700', '13000']);
    expect(byKey(rows).get('containers')?.[6]).toBe('your value');
    expect(byKey(rows).get('daily')?.slice(2, 5)).toEqual(['10000', null, null]);
  });
});
