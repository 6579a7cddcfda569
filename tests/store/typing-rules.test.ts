/**
 * The typing rules of issue 15, in each language: a value still being typed is not taken while it
 * is unfinished or beyond the field's bounds (the results keep the field's value from before the
 * typing); leaving the field (or Enter) clamps it to the bound with a note; an ambiguous separator
 * is read as the page's language reads it and the other reading is offered; Korean units and a
 * trailing % are understood.
 */
import { resetStore, useStore } from '../../src/store/store';
import type { InputKey } from '../../src/model/inputs';
import type { Lang } from '../../src/url/view-options';

beforeEach(() => {
  resetStore();
});

const state = () => useStore.getState();
const actions = () => useStore.getState().actions;

function onScreen(lang: Lang) {
  useStore.setState({ language: { ...state().language, lang } });
}

/** Types `text` into a field one character at a time, as a person does. */
function typeSlowly(key: InputKey, text: string): unknown[] {
  const seen: unknown[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    actions().typeInput(key, text.slice(0, end));
    seen.push(state().inputs[key]);
  }
  return seen;
}

const LANGS = ['en', 'ko', 'uk'] as const;

describe('a value still being typed is not taken while it is beyond the bounds or unfinished', () => {
  it.each(LANGS)('%s: "150" in share leaves the results at the share before the typing', (lang) => {
    onScreen(lang);
    actions().setInput('share', 40);
    expect(typeSlowly('share', '150')).toEqual([1, 15, 40]);
    expect(state().drafts.share).toBe('150');
  });

  it.each(LANGS)('%s: eleven nines of containers never reach the link as 999,999', (lang) => {
    onScreen(lang);
    const seen = typeSlowly('containers', '99999999999');
    expect(seen.at(-1)).toBe(6_700);
    expect(state().inputs.containers).toBe(6_700);
  });

  it.each([
    { lang: 'en', text: '43.5', unfinished: '43.' },
    { lang: 'ko', text: '43.5', unfinished: '43.' },
    { lang: 'uk', text: '43,5', unfinished: '43,' },
  ] as const)(
    '$lang: "$unfinished" is unfinished, not 43, until "$text"',
    ({ lang, text, unfinished }) => {
      onScreen(lang);
      actions().typeInput('shellKg', unfinished);
      expect(state().inputs.shellKg).toBe(43.56);
      actions().typeInput('shellKg', text);
      expect(state().inputs.shellKg).toBe(43.5);
    },
  );

  it.each(LANGS)('%s: a sign alone is unfinished, and the results stay', (lang) => {
    onScreen(lang);
    actions().typeInput('daily', '-');
    expect(state().inputs.daily).toBe(10_000);
  });
});

describe('leaving the field (or Enter) clamps to the bound, with a note', () => {
  it.each(LANGS)('%s: share "150" is taken as 100, clamped at the max from 150', (lang) => {
    onScreen(lang);
    actions().typeInput('share', '150');
    actions().leaveField('share');
    expect(state().inputs.share).toBe(100);
    expect(state().drafts.share).toBeUndefined();
    expect(state().fieldNotes.share).toEqual({ kind: 'clamped', bound: 'max', typed: 150 });
  });

  it.each([
    { lang: 'en', text: '99999999999' },
    { lang: 'ko', text: '99,999,999,999' },
    { lang: 'uk', text: '99 999 999 999' },
  ] as const)('$lang: "$text" containers is taken as 1,000,000', ({ lang, text }) => {
    onScreen(lang);
    actions().typeInput('containers', text);
    actions().leaveField('containers');
    expect(state().inputs.containers).toBe(1_000_000);
    expect(state().fieldNotes.containers).toMatchObject({ kind: 'clamped', bound: 'max' });
  });

  it.each(LANGS)('%s: daily fire "0" is taken as 1, the least it may be', (lang) => {
    onScreen(lang);
    actions().typeInput('daily', '0');
    expect(state().inputs.daily).toBe(10_000);
    actions().leaveField('daily');
    expect(state().inputs.daily).toBe(1);
    expect(state().fieldNotes.daily).toEqual({ kind: 'clamped', bound: 'min', typed: 0 });
  });

  it.each([
    { lang: 'en', text: '43.', value: 43 },
    { lang: 'ko', text: '43.', value: 43 },
    { lang: 'uk', text: '43,', value: 43 },
  ] as const)('$lang: unfinished "$text" is taken as $value when left', ({ lang, text, value }) => {
    onScreen(lang);
    actions().typeInput('shellKg', text);
    actions().leaveField('shellKg');
    expect(state().inputs.shellKg).toBe(value);
    expect(state().drafts.shellKg).toBeUndefined();
  });

  it.each([
    { lang: 'en', text: '6,700 to 2,000,000' },
    { lang: 'ko', text: '6,700~2,000,000' },
    { lang: 'uk', text: '6 700 до 2 000 000' },
  ] as const)('$lang: a range "$text" is clamped at its high end', ({ lang, text }) => {
    onScreen(lang);
    actions().setRange('containers', { low: 6_700, high: 13_000 });
    actions().typeInput('containers', text);
    expect(state().ranges.containers).toEqual({ low: 6_700, high: 13_000 });
    actions().leaveField('containers');
    expect(state().ranges.containers).toEqual({ low: 6_700, high: 1_000_000 });
    expect(state().fieldNotes.containers).toEqual({
      kind: 'clamped',
      bound: 'max',
      typed: { low: 6_700, high: 2_000_000 },
    });
  });

  it.each(LANGS)('%s: text that is no number stays in the field, to correct', (lang) => {
    onScreen(lang);
    actions().typeInput('perContainer', 'abc');
    actions().leaveField('perContainer');
    expect(state().drafts.perContainer).toBe('abc');
    expect(state().inputs.perContainer).toBe(448);
    expect(state().fieldNotes.perContainer).toBeUndefined();
  });

  it('typing again, a slider or a statement takes the note away', () => {
    actions().typeInput('share', '150');
    actions().leaveField('share');
    actions().typeInput('share', '9');
    expect(state().fieldNotes.share).toBeUndefined();
    actions().typeInput('usable', '-5');
    actions().leaveField('usable');
    expect(state().fieldNotes.usable).toBeDefined();
    actions().setInput('usable', 50);
    expect(state().fieldNotes.usable).toBeUndefined();
    actions().typeInput('usable', '500');
    actions().leaveField('usable');
    actions().selectScenario('shin-2024-06');
    expect(state().fieldNotes).toEqual({});
  });
});

describe('an ambiguous separator is read as the language reads it, and the other reading kept', () => {
  it.each([
    { lang: 'en', text: '10.000' },
    { lang: 'ko', text: '10.000' },
    { lang: 'uk', text: '10,000' },
  ] as const)('$lang: "$text" containers is 10, or perhaps 10,000', ({ lang, text }) => {
    onScreen(lang);
    actions().typeInput('containers', text);
    expect(state().inputs.containers).toBe(10);
    actions().leaveField('containers');
    expect(state().inputs.containers).toBe(10);
    expect(state().fieldNotes.containers).toEqual({ kind: 'other-reading', other: 10_000 });
  });

  it.each([
    { lang: 'en', text: '10,000' },
    { lang: 'ko', text: '10,000' },
    { lang: 'uk', text: '10 000' },
  ] as const)('$lang: "$text" is ten thousand, with nothing to ask', ({ lang, text }) => {
    onScreen(lang);
    actions().typeInput('containers', text);
    actions().leaveField('containers');
    expect(state().inputs.containers).toBe(10_000);
    expect(state().fieldNotes.containers).toBeUndefined();
  });

  it.each(LANGS)('%s: no other reading is offered that the field would refuse', (lang) => {
    onScreen(lang);
    // 50.000 % read as 50,000 % is beyond a share's 100.
    actions().typeInput('share', lang === 'uk' ? '50,000' : '50.000');
    actions().leaveField('share');
    expect(state().inputs.share).toBe(50);
    expect(state().fieldNotes.share).toBeUndefined();
  });
});

describe('Korean units and a trailing % are understood', () => {
  it.each(LANGS)('%s: containers in Korean units', (lang) => {
    onScreen(lang);
    for (const [text, value] of [
      ['1만', 10_000],
      ['1만 3천', 13_000],
      ['3천', 3_000],
      ['2만5천', 25_000],
    ] as const) {
      actions().typeInput('containers', text);
      expect(state().inputs.containers, text).toBe(value);
    }
    // 1억 is beyond a million containers: not taken while typed, clamped when left.
    actions().typeInput('containers', '1억');
    expect(state().inputs.containers).toBe(6_700);
    actions().leaveField('containers');
    expect(state().inputs.containers).toBe(1_000_000);
  });

  it.each(LANGS)('%s: a range in Korean units', (lang) => {
    onScreen(lang);
    actions().setRange('daily', { low: 10_000, high: 20_000 });
    actions().typeInput('daily', '1만~4만 4천 5백');
    expect(state().ranges.daily).toEqual({ low: 10_000, high: 44_500 });
  });

  it.each([
    { lang: 'en', key: 'share', text: '50%', value: 50 },
    { lang: 'ko', key: 'usable', text: '50 %', value: 50 },
    { lang: 'uk', key: 'usable', text: '42,5 %', value: 42.5 },
    { lang: 'uk', key: 'packaging', text: '12％', value: 12 },
  ] as const)('$lang: "$text" in $key is $value', ({ lang, key, text, value }) => {
    onScreen(lang);
    actions().typeInput(key, text);
    expect(state().inputs[key]).toBe(value);
  });

  it.each(LANGS)('%s: a % is a percentage field’s only: containers "50%" is refused', (lang) => {
    onScreen(lang);
    actions().typeInput('containers', '50%');
    actions().leaveField('containers');
    expect(state().inputs.containers).toBe(6_700);
    expect(state().drafts.containers).toBe('50%');
  });
});
