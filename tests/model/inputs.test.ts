/**
 * Invariants: the valid range of every numeric input is the "valid" column of CONTRACT §1, copied
 * below by hand (not imported, so that a change to the code's bounds fails here); a value on a
 * bound is valid, a value past it is refused with that bound; NaN and ±Infinity are "not a number";
 * dates must be real and `end` after `start`; and validation never throws, whatever it is given.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import {
  groupKeys,
  INPUT_GROUPS,
  INPUT_KEYS,
  NUMERIC_INPUT_KEYS,
  numberProblem,
  numberSpec,
  validateInputs,
  type Inputs,
  type NumericInputKey,
} from '../../src/model/inputs';
import { MESSAGES } from '../language-on-screen';

/** CONTRACT §1, column "valid", then our addition to it. */
const CONTRACT_BOUNDS: { key: NumericInputKey; min: number; max: number }[] = [
  { key: 'containers', min: 0, max: 1_000_000 },
  { key: 'perContainer', min: 0, max: 5_000 },
  { key: 'share', min: 0, max: 100 },
  { key: 'usable', min: 0, max: 100 },
  // CONTRACT §6, the calibre mix.
  { key: 'rocketShare', min: 0, max: 100 },
  { key: 'perContainerRockets', min: 0, max: 1_000 },
  { key: 'daily', min: 1, max: 1_000_000 },
  { key: 'shellKg', min: 1, max: 1_000 },
  { key: 'payloadKg', min: 100, max: 100_000 },
  // Not in the contract: packaging as a percentage of the rounds' mass, for the weight check.
  { key: 'packaging', min: 0, max: 300 },
];

function withNumber(key: NumericInputKey, value: number): Inputs {
  const inputs = { ...DEFAULT_INPUTS };
  inputs[key] = value;
  return inputs;
}

describe(validateInputs, () => {
  it('finds nothing wrong with the defaults', () => {
    expect(validateInputs(DEFAULT_INPUTS)).toEqual([]);
  });

  describe.each(CONTRACT_BOUNDS)('$key ($min … $max)', ({ key, min, max }) => {
    it.each([min, max, (min + max) / 2])('accepts %d', (value) => {
      expect(validateInputs(withNumber(key, value))).toEqual([]);
    });

    it.each([min - 1, min - 0.001])('refuses %d as below the minimum', (value) => {
      expect(validateInputs(withNumber(key, value))).toEqual([
        { key, reason: { kind: 'below-min', min } },
      ]);
    });

    it.each([max + 1, max + 0.001])('refuses %d as above the maximum', (value) => {
      expect(validateInputs(withNumber(key, value))).toEqual([
        { key, reason: { kind: 'above-max', max } },
      ]);
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
      'refuses %d as not a number',
      (value) => {
        expect(validateInputs(withNumber(key, value))).toEqual([
          { key, reason: { kind: 'not-a-number' } },
        ]);
      },
    );
  });

  it.each([
    { key: 'start', value: '2023-02-29' },
    { key: 'start', value: '' },
    { key: 'end', value: '2024-13-01' },
    { key: 'end', value: 'tomorrow' },
  ] as const)('refuses $key "$value" as not a date', ({ key, value }) => {
    expect(validateInputs({ ...DEFAULT_INPUTS, [key]: value })).toEqual([
      { key, reason: { kind: 'not-a-date' } },
    ]);
  });

  it.each([
    { case: 'before', end: '2023-09-12' },
    { case: 'equal to', end: '2023-09-13' },
  ])('refuses an end $case the start', ({ end }) => {
    expect(validateInputs({ ...DEFAULT_INPUTS, end })).toEqual([
      { key: 'end', reason: { kind: 'end-not-after-start', start: '2023-09-13' } },
    ]);
  });

  it('accepts an end one day after the start', () => {
    expect(validateInputs({ ...DEFAULT_INPUTS, end: '2023-09-14' })).toEqual([]);
  });

  it('lists every problem at once, numbers first in field order, then dates', () => {
    const inputs: Inputs = {
      ...DEFAULT_INPUTS,
      daily: 0,
      containers: Number.NaN,
      share: 120,
      start: '',
      end: '',
    };
    expect(validateInputs(inputs)).toEqual([
      { key: 'containers', reason: { kind: 'not-a-number' } },
      { key: 'share', reason: { kind: 'above-max', max: 100 } },
      { key: 'daily', reason: { kind: 'below-min', min: 1 } },
      { key: 'start', reason: { kind: 'not-a-date' } },
      { key: 'end', reason: { kind: 'not-a-date' } },
    ]);
  });

  it('never throws, whatever it is given', () => {
    const nasty: Inputs = {
      containers: Number.NaN,
      perContainer: Number.POSITIVE_INFINITY,
      share: Number.NEGATIVE_INFINITY,
      usable: -0,
      rocketShare: 101,
      perContainerRockets: -1,
      daily: Number.MAX_VALUE,
      start: '',
      end: '\u0000',
      shellKg: Number.MIN_VALUE,
      payloadKg: Number.NaN,
      packaging: Number.NaN,
    };
    expect(() => validateInputs(nasty)).not.toThrow();
    expect(validateInputs(nasty).map((problem) => problem.key)).toEqual([
      'containers',
      'perContainer',
      'share',
      'rocketShare',
      'perContainerRockets',
      'daily',
      'shellKg',
      'payloadKg',
      'packaging',
      'start',
      'end',
    ]);
  });
});

describe(numberProblem, () => {
  it.each([
    { key: 'share', value: 120, reason: { kind: 'above-max', max: 100 } },
    { key: 'share', value: 100, reason: null },
    { key: 'daily', value: 0, reason: { kind: 'below-min', min: 1 } },
    { key: 'daily', value: 1, reason: null },
    { key: 'containers', value: -5, reason: { kind: 'below-min', min: 0 } },
    { key: 'containers', value: 0, reason: null },
    { key: 'payloadKg', value: 99.99, reason: { kind: 'below-min', min: 100 } },
    { key: 'shellKg', value: 1_000.5, reason: { kind: 'above-max', max: 1_000 } },
    { key: 'perContainer', value: Number.NaN, reason: { kind: 'not-a-number' } },
    { key: 'usable', value: Number.POSITIVE_INFINITY, reason: { kind: 'not-a-number' } },
  ] as const)('$key = $value → $reason', ({ key, value, reason }) => {
    expect(numberProblem(key, value)).toEqual(reason);
  });
});

describe(numberSpec, () => {
  it.each(['en', 'ko', 'uk'] as const)(
    'calls a percentage exactly the inputs whose unit %s writes with “%%”',
    (lang) => {
      const { units } = MESSAGES[lang].later.assumptions;
      for (const key of NUMERIC_INPUT_KEYS) {
        expect(numberSpec(key).unit === 'percent', key).toBe(units[key].startsWith('%'));
      }
    },
  );

  it('gives each of the ten numeric inputs its unit', () => {
    expect(
      Object.fromEntries(NUMERIC_INPUT_KEYS.map((key) => [key, numberSpec(key).unit])),
    ).toEqual({
      containers: 'count',
      perContainer: 'count',
      share: 'percent',
      usable: 'percent',
      rocketShare: 'percent',
      perContainerRockets: 'count',
      daily: 'per-day',
      shellKg: 'kg',
      payloadKg: 'kg',
      packaging: 'percent',
    });
  });
});

describe(groupKeys, () => {
  it('keeps each group’s inputs together, so that the groups in order give the page’s order', () => {
    expect(INPUT_GROUPS.flatMap(groupKeys)).toEqual(INPUT_KEYS);
  });

  it('leaves no group empty', () => {
    for (const group of INPUT_GROUPS) expect(groupKeys(group), group).not.toEqual([]);
  });
});
