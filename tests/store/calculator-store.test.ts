/**
 * Invariants: the inputs in the store are always valid (CONTRACT §1): text typed in a field
 * updates them only when it reads as a valid value, otherwise it stays a draft beside the last good
 * inputs; leaving a field drops a valid draft (so the field shows its value formatted) and keeps an
 * invalid one (so the person can fix it); choosing a preset sets every input and clears the drafts;
 * and loading a query keeps the notices of what it could not take.
 */
import { changedInputKeys } from '../../src/store/calculator-slice';
import { resetStore, useStore } from '../../src/store/store';
import { CONTRACT_DEFAULTS as DEFAULTS } from '../contract-defaults';

beforeEach(() => {
  resetStore();
});

const actions = () => useStore.getState().actions;
const state = () => useStore.getState();

describe('useStore', () => {
  it('starts from the defaults, without drafts or notices', () => {
    expect(state()).toMatchObject({
      scenarioId: 'shin-2024-02',
      inputs: DEFAULTS,
      lang: null,
      theme: 'auto',
      embed: false,
      drafts: {},
      notices: [],
    });
  });

  describe('typeInput', () => {
    it.each([
      { key: 'containers', text: '10000', value: 10_000 },
      { key: 'containers', text: '10,000', value: 10_000 },
      { key: 'shellKg', text: ' 25.5 ', value: 25.5 },
      { key: 'daily', text: '1e6', value: 1_000_000 },
      { key: 'share', text: '0', value: 0 },
      { key: 'start', text: '2023-07-01', value: '2023-07-01' },
      { key: 'end', text: ' 2024-06-14 ', value: '2024-06-14' },
    ] as const)('takes $key "$text" as $value', ({ key, text, value }) => {
      useStore.getState().actions.typeInput(key, text);
      expect(state().inputs).toEqual({ ...DEFAULTS, [key]: value });
      expect(state().drafts).toEqual({ [key]: text });
    });

    it.each([
      { key: 'containers', text: 'abc' },
      { key: 'containers', text: '' },
      { key: 'containers', text: '-1' },
      { key: 'share', text: '120' },
      { key: 'daily', text: '0' },
      { key: 'start', text: '2023-02-29' },
      { key: 'end', text: '' },
    ] as const)('keeps the inputs from before the typing when $key is "$text"', ({ key, text }) => {
      // Another field's finished value is taken; this field's refused text takes nothing, and
      // this field is back at its value from before the typing (not a half-typed one).
      useStore.getState().actions.typeInput('containers', '10000');
      useStore.getState().actions.typeInput(key, text);
      expect(state().inputs).toEqual(
        key === 'containers' ? DEFAULTS : { ...DEFAULTS, containers: 10_000 },
      );
      expect(state().drafts[key]).toBe(text);
    });

    it('keeps the old end when the typed end is before the start', () => {
      useStore.getState().actions.typeInput('end', '2023-01-01');
      expect(state().inputs.end).toBe('2024-02-26');
      expect(state().drafts.end).toBe('2023-01-01');
    });

    it('keeps the old start when the typed start is on or after the end', () => {
      useStore.getState().actions.typeInput('start', '2024-02-26');
      expect(state().inputs.start).toBe('2023-09-13');
    });

    it('takes a waiting start once a new end makes it valid', () => {
      // 2024-03-01 is after the end 2024-02-26, so it waits as a draft …
      useStore.getState().actions.typeInput('start', '2024-03-01');
      expect(state().inputs.start).toBe('2023-09-13');
      // … until the end moves to 2024-06-01, after it: both now hold
      useStore.getState().actions.typeInput('end', '2024-06-01');
      expect(state().inputs).toMatchObject({ start: '2024-03-01', end: '2024-06-01' });
      useStore.getState().actions.leaveField('start');
      expect(state().inputs.start).toBe('2024-03-01');
    });

    it('takes a waiting end once a new start makes it valid', () => {
      useStore.getState().actions.typeInput('end', '2023-01-01');
      useStore.getState().actions.typeInput('start', '2022-06-01');
      expect(state().inputs).toMatchObject({ start: '2022-06-01', end: '2023-01-01' });
    });
  });

  describe('leaveField', () => {
    it('drops a valid draft and keeps its value', () => {
      useStore.getState().actions.typeInput('containers', '10,000');
      useStore.getState().actions.leaveField('containers');
      expect(state().drafts).toEqual({});
      expect(state().inputs.containers).toBe(10_000);
    });

    it('keeps an invalid draft, and the last good value', () => {
      useStore.getState().actions.typeInput('containers', 'abc');
      useStore.getState().actions.leaveField('containers');
      expect(state().drafts).toEqual({ containers: 'abc' });
      expect(state().inputs.containers).toBe(6_700);
    });

    it('touches no other draft', () => {
      useStore.getState().actions.typeInput('containers', '10000');
      useStore.getState().actions.typeInput('daily', 'lots');
      useStore.getState().actions.leaveField('containers');
      expect(state().drafts).toEqual({ daily: 'lots' });
    });

    it('does nothing for a field without a draft', () => {
      useStore.getState().actions.leaveField('share');
      expect(state()).toMatchObject({ drafts: {}, inputs: DEFAULTS });
    });
  });

  describe('setInput', () => {
    it('sets the value and drops the draft of that field', () => {
      useStore.getState().actions.typeInput('share', 'half');
      actions().setInput('share', 50);
      expect(state().inputs.share).toBe(50);
      expect(state().drafts).toEqual({});
    });
  });

  describe('selectScenario', () => {
    it('sets every input of the preset and clears the drafts', () => {
      useStore.getState().actions.typeInput('containers', 'abc');
      useStore.getState().actions.typeInput('share', '50');
      actions().selectScenario('shin-2024-06');
      expect(state().scenarioId).toBe('shin-2024-06');
      // Shin, June 2024: 10,000 containers, 480 a container, counted on 2024-06-14
      expect(state().inputs).toEqual({
        ...DEFAULTS,
        containers: 10_000,
        perContainer: 480,
        end: '2024-06-14',
      });
      expect(state().drafts).toEqual({});
    });
  });

  describe('loadQuery', () => {
    it('replaces the state and keeps the notices', () => {
      useStore.getState().actions.typeInput('containers', '1');
      actions().loadQuery('?daily=abc&theme=dark');
      expect(state()).toMatchObject({ inputs: DEFAULTS, theme: 'dark', drafts: {} });
      expect(state().notices).toEqual([
        { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 },
      ]);
    });

    it('forgets old notices on a clean query, and dismissNotices clears them', () => {
      actions().loadQuery('?foo=1');
      expect(state().notices).toHaveLength(1);
      actions().dismissNotices();
      expect(state().notices).toEqual([]);
      actions().loadQuery('?foo=1');
      actions().loadQuery('?containers=10000');
      expect(state().notices).toEqual([]);
    });
  });

  it('sets the theme and the language', () => {
    actions().setTheme('dark');
    actions().setLang('uk');
    expect(state()).toMatchObject({ theme: 'dark', lang: 'uk' });
    actions().setLang(null);
    expect(state().lang).toBeNull();
  });
});

describe(resetStore, () => {
  it('goes back to the defaults and keeps the actions', () => {
    const before = actions();
    actions().loadQuery('?containers=1&lang=ko&embed=1&foo=1');
    useStore.getState().actions.typeInput('daily', 'x');
    resetStore();
    expect(state()).toMatchObject({ inputs: DEFAULTS, lang: null, embed: false, drafts: {} });
    expect(state().notices).toEqual([]);
    expect(actions()).toBe(before);
  });
});

describe(changedInputKeys, () => {
  it('is empty for an untouched preset', () => {
    expect(changedInputKeys(state())).toEqual([]);
    actions().selectScenario('dia-2025-07');
    expect(changedInputKeys(state())).toEqual([]);
  });

  it('lists what differs from the preset, in field order', () => {
    useStore.getState().actions.typeInput('daily', '20000');
    useStore.getState().actions.typeInput('containers', '10000');
    useStore.getState().actions.typeInput('end', '2024-03-01');
    expect(changedInputKeys(state())).toEqual(['containers', 'daily', 'end']);
  });

  it('does not list a value typed back to the preset’s', () => {
    useStore.getState().actions.typeInput('containers', '10000');
    useStore.getState().actions.typeInput('containers', '6,700');
    expect(changedInputKeys(state())).toEqual([]);
  });

  it('compares with the chosen preset, not the defaults', () => {
    actions().selectScenario('shin-2024-06');
    // 6,700 is the default but not June's 10,000
    useStore.getState().actions.typeInput('containers', '6700');
    expect(changedInputKeys(state())).toEqual(['containers']);
  });
});
