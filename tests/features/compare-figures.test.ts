/**
 * The comparison's words, worked by hand: B − A and B ÷ A for the totals, signed and honestly
 * rounded; months and days with each language's plural; dates as days apart; a statement named by
 * its label, its count with the hedge it was given with (FACTS.md: the hedge is part of the figure).
 */
import { describe, expect, it } from 'vitest';
import {
  COMPARED_INPUTS,
  COMPARED_RESULTS,
  comparedFigures,
  inputText,
  differenceText,
  scenarioName,
  type Figure,
} from '../../src/features/compare/compare-figures';
import { compare as en } from '../../src/i18n/messages/en/compare';
import { facts as enFacts } from '../../src/i18n/messages/en/facts';
import { compare as ko } from '../../src/i18n/messages/ko/compare';
import { facts as koFacts } from '../../src/i18n/messages/ko/facts';
import { compare as uk } from '../../src/i18n/messages/uk/compare';
import { facts as ukFacts } from '../../src/i18n/messages/uk/facts';
import { exactEvaluation } from '../../src/model/evaluate';
import { scenarioPreset } from '../../src/url/migrations';

const number = (value: number): Figure => ({ kind: 'number', value });
const date = (value: string): Figure => ({ kind: 'date', value });

describe(differenceText, () => {
  it('gives the totals’ difference and ratio: 4.8 million against 3.0016 million', () => {
    // 4,800,000 − 3,001,600 = 1,798,400; 4,800,000 ÷ 3,001,600 = 1.599
    expect(differenceText('totalShells', number(3_001_600), number(4_800_000), en, 'en')).toBe(
      '+1.8 million · ×1.6',
    );
    expect(differenceText('totalShells', number(3_001_600), number(4_800_000), ko, 'ko')).toBe(
      '+180만 · ×1.6',
    );
    expect(differenceText('totalShells', number(4_800_000), number(3_001_600), uk, 'uk')).toBe(
      '−1,8\u00a0млн · ×0,63',
    );
  });

  it('leaves out the ratio when A is zero, and says “same” when equal', () => {
    expect(differenceText('totalShells', number(0), number(1_000), en, 'en')).toBe('+1,000');
    expect(differenceText('totalShells', number(5), number(5), en, 'en')).toBe('same as A');
  });

  it('words months and days with plurals', () => {
    // 15.770 − 9.862 = 5.908 months
    expect(differenceText('monthsOfFire', number(9.862), number(15.77), uk, 'uk')).toBe(
      '+5,9 місяця',
    );
    expect(differenceText('daysOfFire', number(300), number(301), en, 'en')).toBe('+1 day');
    expect(differenceText('daysOfFire', number(300), number(305), uk, 'uk')).toBe('+5 днів');
    // 2024-07-09 → 2025-01-05: 22 + 31 + 30 + 31 + 30 + 31 + 5 = 180 days
    expect(differenceText('lastsUntil', date('2024-07-09'), date('2025-01-05'), ko, 'ko')).toBe(
      '+180일',
    );
  });

  it('says nothing when a side cannot be computed', () => {
    expect(differenceText('lastsUntil', { kind: 'none' }, date('2025-01-05'), en, 'en')).toBeNull();
    expect(differenceText('totalShells', { kind: 'pending' }, number(1), en, 'en')).toBeNull();
  });
});

describe(scenarioName, () => {
  const june = scenarioPreset('shin-2024-06');
  const scenario = { scenarioId: june.id, inputs: { ...june.inputs }, ranges: {} };

  it('names a statement by its month, who made it and its count, with its hedge', () => {
    // Shin, June 2024: "at least 10,000 shipping containers".
    expect(scenarioName(scenario, en, enFacts, 'en')).toBe(
      'Jun 2024 · Shin Won-sik · at least 10,000 containers',
    );
    expect(scenarioName(scenario, ko, koFacts, 'ko')).toBe(
      '2024년 6월 · 신원식 · 컨테이너 최소 10,000개',
    );
    expect(scenarioName(scenario, uk, ukFacts, 'uk')).toMatch(
      /^черв\. 2024 р\. · Шін Вон Сік · щонайменше 10\s000 контейнерів$/,
    );
  });

  it('says when the figures were changed, and dates the Open Source Centre by its statement', () => {
    const changed = { ...scenario, inputs: { ...scenario.inputs, daily: 20_000 } };
    expect(scenarioName(changed, en, enFacts, 'en')).toBe('Jun 2024 · Shin Won-sik, with changes');
    // Counted to March 2025, told on 15 April 2025: 15,809 containers, a figure without a hedge.
    const osc = scenarioPreset('osc-2025-04');
    expect(
      scenarioName(
        { scenarioId: osc.id, inputs: osc.inputs, ranges: osc.ranges ?? {} },
        en,
        enFacts,
        'en',
      ),
    ).toBe('Apr 2025 · Open Source Centre · 15,809 containers');
  });

  it('credits the NIS of November 2023, which gave no container count, only with its shells', () => {
    // Kept for links of versions 1 and 2: FACTS.md credits the NIS with "more than a million" only.
    const nis = scenarioPreset('nis-2023-11');
    const old = { scenarioId: nis.id, inputs: { ...nis.inputs }, ranges: {} };
    expect(scenarioName(old, en, enFacts, 'en')).toBe('Nov 2023 · NIS · more than 1 million');
  });
});

describe('the rows compared', () => {
  it('are every assumption but the weight check’s, the mix among them, each with its words in every language', () => {
    expect(COMPARED_INPUTS).toStrictEqual([
      'containers',
      'perContainer',
      'share',
      'usable',
      'rocketShare',
      'perContainerRockets',
      'daily',
      'start',
      'end',
    ]);
    for (const words of [en, ko, uk]) {
      for (const key of [...COMPARED_INPUTS, ...COMPARED_RESULTS]) {
        expect(words.rows[key]).toMatch(/\S/);
      }
    }
  });

  it('write the mix as the page does: "50%" of containers, 75 rockets each', () => {
    const { inputs } = scenarioPreset('shin-2024-02');
    const scenario = {
      scenarioId: 'shin-2024-02',
      inputs: { ...inputs, rocketShare: 50 },
      ranges: {},
    };
    expect(inputText('rocketShare', scenario, 'en')).toBe('50%');
    expect(inputText('perContainerRockets', scenario, 'en')).toBe('75');
  });

  it('give the rockets beside the shells: Feb 2024 half and half, 1,500,800 shells and 251,250 rockets', () => {
    const { inputs } = scenarioPreset('shin-2024-02');
    const figures = comparedFigures({
      evaluation: exactEvaluation({ ...inputs, rocketShare: 50 }),
      final: true,
      ranged: false,
    });
    expect(figures.totalShells).toStrictEqual({ kind: 'number', value: 1_500_800 });
    expect(figures.totalRockets).toStrictEqual({ kind: 'number', value: 251_250 });
    expect(figures.lastsUntil).toMatchObject({ kind: 'date' });
  });
});
