/**
 * Invariants (CONTRACT §2): `containers`, `perContainer` and `daily` may each be a 90% range, and
 * the store keeps a ranged input's value at the range's centre, √(low × high) (whole containers and
 * rounds a day, tenths of a round per container). A range comes from `setRange`, from text typed in
 * a ranged field or from a preset; `setRange(key, null)` makes the input exact at the centre and
 * `setInput` makes it exact at the value given. A ranged field reads text only as a range, an exact
 * field only as a number: anything else stays a draft beside the last good values, with its reason.
 * A range that differs from the preset's counts as a changed input, even when its centre does not.
 */
import { changedInputKeys, readDraft } from '../../src/store/calculator-slice';
import { resetStore, useStore } from '../../src/store/store';
import { CONTRACT_DEFAULTS as DEFAULTS } from '../contract-defaults';

beforeEach(() => {
  resetStore();
});

const actions = () => useStore.getState().actions;
const state = () => useStore.getState();

/**
 * FACTS §1, Open Source Centre, April 2025, as the page shows it (schema version 3): 15,809
 * containers, and Reuters' 4 to 6 million shells divided by them, 4,000,000 ÷ 15,809 = 253.02 → 253
 * and 6,000,000 ÷ 15,809 = 379.53 → 380 (rounded outwards), at the centre √(253 × 380) = 310.06 → 310.1.
 */
const OSC_INPUTS = {
  ...DEFAULTS,
  containers: 15_809,
  perContainer: 310.1,
  start: '2023-09-01',
  end: '2025-03-31',
};
const OSC_RANGE = { low: 253, high: 380 };
/** Versions 1 and 2 had about 15,800 containers: version 1 exact at 312.4, version 2 at 266 to 367. */
const OSC_V1_INPUTS = { ...OSC_INPUTS, containers: 15_800, perContainer: 312.4 };
const OSC_V2_RANGE = { low: 266, high: 367 };

/** A range of containers set before typing, so that the field reads text as a range. */
const SOME_CONTAINERS = { low: 1_000, high: 2_000 };
/** √(1,000 × 2,000) = 1,414.2…, in whole containers. */
const SOME_CONTAINERS_CENTRE = 1_414;

describe('useStore', () => {
  it('starts exact, with no note about older figures', () => {
    expect(state()).toMatchObject({ ranges: {}, olderFigures: false });
  });

  describe('setRange', () => {
    it.each([
      { key: 'containers', interval: { low: 6_700, high: 13_000 }, centre: 9_333 },
      { key: 'perContainer', interval: { low: 300, high: 400 }, centre: 346.4 },
      { key: 'perContainer', interval: { low: 266.5, high: 367.25 }, centre: 312.8 },
      { key: 'daily', interval: { low: 5_000, high: 20_000 }, centre: 10_000 },
    ] as const)(
      'makes $key the range $interval.low..$interval.high, at $centre',
      ({ key, interval, centre }) => {
        actions().setRange(key, interval);
        expect(state().ranges).toEqual({ [key]: interval });
        expect(state().inputs).toEqual({ ...DEFAULTS, [key]: centre });
      },
    );

    it('drops the draft of that field only', () => {
      useStore.getState().actions.typeInput('containers', 'abc');
      useStore.getState().actions.typeInput('share', 'xyz');
      actions().setRange('containers', { low: 6_700, high: 13_000 });
      expect(state().drafts).toEqual({ share: 'xyz' });
    });

    it('with null makes the input exact at the centre', () => {
      actions().setRange('containers', { low: 6_700, high: 13_000 });
      actions().setRange('containers', null);
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual({ ...DEFAULTS, containers: 9_333 });
    });

    it("with null makes a preset's range exact at the preset's value", () => {
      actions().selectScenario('osc-2025-04');
      actions().setRange('perContainer', null);
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual(OSC_INPUTS);
    });

    it('keeps the other ranges', () => {
      actions().setRange('containers', { low: 6_700, high: 13_000 });
      actions().setRange('daily', { low: 5_000, high: 20_000 });
      actions().setRange('containers', null);
      expect(state().ranges).toEqual({ daily: { low: 5_000, high: 20_000 } });
    });
  });

  describe('setInput', () => {
    it('makes a ranged input exact at the value given, and drops its draft', () => {
      actions().setRange('containers', SOME_CONTAINERS);
      useStore.getState().actions.typeInput('containers', '3000..');
      actions().setInput('containers', 5_000);
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual({ ...DEFAULTS, containers: 5_000 });
      expect(state().drafts).toEqual({});
    });

    it('makes it exact even at the range’s own centre', () => {
      actions().selectScenario('osc-2025-04');
      actions().setInput('perContainer', 310.1);
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual(OSC_INPUTS);
    });

    it('leaves the ranges of other inputs alone', () => {
      actions().setRange('daily', { low: 5_000, high: 20_000 });
      actions().setInput('share', 50);
      actions().setInput('containers', 5_000);
      expect(state().ranges).toEqual({ daily: { low: 5_000, high: 20_000 } });
    });
  });

  describe('typeInput in a ranged field', () => {
    it.each(['6,700 – 13,000', '6700..13000', '6700 to 13000', '6700-13000', ' 6,700 — 13,000 '])(
      'reads "%s" as 6,700 to 13,000',
      (text) => {
        actions().setRange('containers', SOME_CONTAINERS);
        useStore.getState().actions.typeInput('containers', text);
        expect(state().ranges).toEqual({ containers: { low: 6_700, high: 13_000 } });
        expect(state().inputs).toEqual({ ...DEFAULTS, containers: 9_333 });
        expect(state().drafts).toEqual({ containers: text });
      },
    );

    it("reads a preset's ranged field as a range", () => {
      actions().selectScenario('osc-2025-04');
      useStore.getState().actions.typeInput('perContainer', '300 to 400');
      expect(state().ranges).toEqual({ perContainer: { low: 300, high: 400 } });
      expect(state().inputs).toEqual({ ...OSC_INPUTS, perContainer: 346.4 });
    });

    it.each([
      { text: '6700', reason: { kind: 'expected-range' } },
      { text: '6,700', reason: { kind: 'expected-range' } },
      { text: '', reason: { kind: 'empty' } },
      { text: '6700..', reason: { kind: 'empty' } },
      { text: '6700..abc', reason: { kind: 'not-a-number' } },
      { text: '0..13000', reason: { kind: 'range-not-positive' } },
      { text: '13000 – 6700', reason: { kind: 'range-not-increasing' } },
      { text: '1 to 2,000,000', reason: { kind: 'above-max', max: 1_000_000 } },
    ] as const)(
      'keeps "$text" as a draft beside the last good range: $reason.kind',
      ({ text, reason }) => {
        actions().setRange('containers', SOME_CONTAINERS);
        useStore.getState().actions.typeInput('containers', text);
        expect(state().ranges).toEqual({ containers: SOME_CONTAINERS });
        expect(state().inputs).toEqual({ ...DEFAULTS, containers: SOME_CONTAINERS_CENTRE });
        expect(state().drafts).toEqual({ containers: text });
        expect(readDraft('containers', text, state())).toEqual({ ok: false, reason });
      },
    );

    it("keeps a single number in the preset's ranged field as a draft", () => {
      actions().selectScenario('osc-2025-04');
      useStore.getState().actions.typeInput('perContainer', '300');
      expect(state().ranges).toEqual({ perContainer: OSC_RANGE });
      expect(state().inputs).toEqual(OSC_INPUTS);
      expect(readDraft('perContainer', '300', state())).toEqual({
        ok: false,
        reason: { kind: 'expected-range' },
      });
    });
  });

  describe('typeInput in an exact field', () => {
    it.each([
      { key: 'containers', text: '6,700 to 13,000' },
      { key: 'perContainer', text: '300..400' },
      { key: 'daily', text: '5000-20000' },
    ] as const)('keeps the range "$text" in $key as a draft: expected-number', ({ key, text }) => {
      useStore.getState().actions.typeInput(key, text);
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual(DEFAULTS);
      expect(state().drafts).toEqual({ [key]: text });
      expect(readDraft(key, text, state())).toEqual({
        ok: false,
        reason: { kind: 'expected-number' },
      });
    });

    it('takes a number in a field that was a range before setInput', () => {
      actions().setRange('containers', SOME_CONTAINERS);
      actions().setInput('containers', 1_500);
      useStore.getState().actions.typeInput('containers', '10,000');
      expect(state().ranges).toEqual({});
      expect(state().inputs).toEqual({ ...DEFAULTS, containers: 10_000 });
    });
  });

  describe('leaveField', () => {
    it('drops a valid range draft and keeps the range', () => {
      actions().setRange('containers', SOME_CONTAINERS);
      useStore.getState().actions.typeInput('containers', '6700 to 13000');
      useStore.getState().actions.leaveField('containers');
      expect(state().drafts).toEqual({});
      expect(state().ranges).toEqual({ containers: { low: 6_700, high: 13_000 } });
    });

    it.each(['6700', '13000..6700', '6700 to'])(
      'keeps the draft "%s" in a ranged field, to be fixed',
      (text) => {
        actions().setRange('containers', SOME_CONTAINERS);
        useStore.getState().actions.typeInput('containers', text);
        useStore.getState().actions.leaveField('containers');
        expect(state().drafts).toEqual({ containers: text });
        expect(state().ranges).toEqual({ containers: SOME_CONTAINERS });
      },
    );

    it('keeps a range typed in an exact field, to be fixed', () => {
      useStore.getState().actions.typeInput('containers', '6700..13000');
      useStore.getState().actions.leaveField('containers');
      expect(state().drafts).toEqual({ containers: '6700..13000' });
      expect(state().inputs).toEqual(DEFAULTS);
    });
  });

  describe('selectScenario', () => {
    it("loads osc-2025-04's range with its inputs", () => {
      useStore.getState().actions.typeInput('containers', 'abc');
      actions().selectScenario('osc-2025-04');
      expect(state()).toMatchObject({
        scenarioId: 'osc-2025-04',
        inputs: OSC_INPUTS,
        ranges: { perContainer: OSC_RANGE },
        drafts: {},
        olderFigures: false,
      });
    });

    it('drops the ranges of the last preset and of the reader', () => {
      actions().selectScenario('osc-2025-04');
      actions().setRange('daily', { low: 5_000, high: 20_000 });
      actions().selectScenario('shin-2024-06');
      expect(state().ranges).toEqual({});
    });

    it('forgets that the link had older figures: the newest are now shown', () => {
      actions().loadQuery('?scenario=osc-2025-04');
      expect(state()).toMatchObject({ inputs: OSC_V1_INPUTS, ranges: {}, olderFigures: true });
      actions().selectScenario('osc-2025-04');
      expect(state()).toMatchObject({
        inputs: OSC_INPUTS,
        ranges: { perContainer: OSC_RANGE },
        olderFigures: false,
      });
    });
  });

  describe('loadQuery', () => {
    it.each([
      { search: '?scenario=osc-2025-04', ranges: {}, olderFigures: true },
      {
        search: '?v=2&scenario=osc-2025-04',
        ranges: { perContainer: OSC_V2_RANGE },
        olderFigures: true,
      },
      {
        search: '?v=3&scenario=osc-2025-04',
        ranges: { perContainer: OSC_RANGE },
        olderFigures: false,
      },
      {
        search: '?v=2&containers=6700..13000',
        ranges: { containers: { low: 6_700, high: 13_000 } },
        olderFigures: false,
      },
      {
        search: '?v=3&containers=6700..13000',
        ranges: { containers: { low: 6_700, high: 13_000 } },
        olderFigures: false,
      },
    ])('reads the ranges of $search', ({ search, ranges, olderFigures }) => {
      actions().setRange('daily', { low: 5_000, high: 20_000 });
      actions().loadQuery(search);
      expect(state()).toMatchObject({ ranges, olderFigures });
    });
  });

  it('resetToDefaults drops the ranges and the note', () => {
    actions().loadQuery('?scenario=osc-2025-04&daily=5000..20000');
    actions().resetToDefaults();
    expect(state()).toMatchObject({ inputs: DEFAULTS, ranges: {}, olderFigures: false });
  });
});

describe(changedInputKeys, () => {
  it('lists a range set on an exact preset', () => {
    actions().setRange('daily', { low: 5_000, high: 20_000 });
    expect(changedInputKeys(state())).toEqual(['daily']);
  });

  it('lists a range whose centre is the preset’s value', () => {
    // √(3,350 × 13,400) = 6,700, the preset's own number of containers.
    actions().setRange('containers', { low: 3_350, high: 13_400 });
    expect(state().inputs.containers).toBe(6_700);
    expect(changedInputKeys(state())).toEqual(['containers']);
  });

  it('is empty for osc-2025-04 with its own range, also when it is typed back', () => {
    actions().selectScenario('osc-2025-04');
    expect(changedInputKeys(state())).toEqual([]);
    actions().setRange('perContainer', { low: 300, high: 400 });
    useStore.getState().actions.typeInput('perContainer', '253 – 380');
    expect(changedInputKeys(state())).toEqual([]);
  });

  it.each([
    {
      name: 'made exact at its centre',
      change: () => {
        actions().setRange('perContainer', null);
      },
    },
    {
      name: 'set to another range',
      change: () => {
        actions().setRange('perContainer', { low: 300, high: 400 });
      },
    },
    {
      name: 'set to a number',
      change: () => {
        actions().setInput('perContainer', 300);
      },
    },
  ])("lists osc-2025-04's perContainer $name", ({ change }) => {
    actions().selectScenario('osc-2025-04');
    change();
    expect(changedInputKeys(state())).toEqual(['perContainer']);
  });

  it.each([
    // Upgraded: ?v=3&scenario=osc-2025-04&containers=15800&perContainer=312.4
    { search: '?scenario=osc-2025-04', keys: ['containers', 'perContainer'] },
    // Upgraded: ?v=3&scenario=osc-2025-04&containers=15800&perContainer=266..367
    { search: '?v=2&scenario=osc-2025-04', keys: ['containers', 'perContainer'] },
    { search: '?v=3&scenario=osc-2025-04', keys: [] },
  ])('lists for the link $search what its upgraded link writes: $keys', ({ search, keys }) => {
    actions().loadQuery(search);
    expect(changedInputKeys(state())).toEqual(keys);
  });

  it('lists ranges and values together, in field order', () => {
    actions().setRange('daily', { low: 5_000, high: 20_000 });
    actions().setInput('share', 50);
    actions().setRange('containers', { low: 6_700, high: 13_000 });
    expect(changedInputKeys(state())).toEqual(['containers', 'share', 'daily']);
  });
});
