/**
 * Invariant: text typed in a field is read as the language on screen writes numbers: in Ukrainian
 * "43,56" is 43.56 and "6 700" is 6700; in English and Korean "6,700" is 6700 and "1,5" is refused
 * as a misplaced comma. The link is written the same in every language (CONTRACT §3).
 */
import { resetStore, useStore } from '../../src/store/store';
import type { Lang } from '../../src/url/view-options';

beforeEach(() => {
  resetStore();
});

const state = () => useStore.getState();

function onScreen(lang: Lang) {
  useStore.setState({ language: { ...state().language, lang } });
}

describe('typeInput in each language', () => {
  it.each([
    { lang: 'uk', key: 'shellKg', text: '43,56', value: 43.56 },
    { lang: 'uk', key: 'containers', text: '6 700', value: 6_700 },
    { lang: 'uk', key: 'containers', text: '6\u202f700', value: 6_700 },
    { lang: 'uk', key: 'containers', text: '10\u00a0000', value: 10_000 },
    { lang: 'ko', key: 'containers', text: '6,700', value: 6_700 },
    { lang: 'ko', key: 'shellKg', text: '43.56', value: 43.56 },
    { lang: 'en', key: 'shellKg', text: '43.56', value: 43.56 },
  ] as const)('$lang: "$text" in $key is $value', ({ lang, key, text, value }) => {
    onScreen(lang);
    useStore.getState().actions.typeInput(key, text);
    expect(state().inputs[key]).toBe(value);
    useStore.getState().actions.leaveField(key);
    expect(state().drafts[key]).toBeUndefined();
  });

  it.each(['en', 'ko'] as const)('%s: "45,5" is neither 455 nor 45.5 but refused', (lang) => {
    onScreen(lang);
    useStore.getState().actions.typeInput('shellKg', '45,5');
    expect(state().inputs.shellKg).toBe(43.56);
    expect(state().drafts.shellKg).toBe('45,5');
  });
});
