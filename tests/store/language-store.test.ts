import { afterEach, describe, expect, it } from 'vitest';
import { first as koFirst } from '../../src/i18n/messages/ko/first';
import { later as ukLater } from '../../src/i18n/messages/uk/later';
import { useCalculatorStore } from '../../src/store/calculator-store';
import {
  ensureLater,
  showLanguage,
  startLanguageSync,
  useLanguageStore,
} from '../../src/store/language-store';

afterEach(() => {
  useCalculatorStore.getState().actions.loadQuery('');
});

describe(showLanguage, () => {
  it('loads a language’s first messages and shows them', async () => {
    useLanguageStore.setState({ later: null });
    await showLanguage('ko');
    expect(useLanguageStore.getState().lang).toBe('ko');
    expect(useLanguageStore.getState().first).toBe(koFirst);
    // Nothing later was in use, so nothing later was loaded.
    expect(useLanguageStore.getState().later).toBeNull();
  });

  it('once the later parts are on screen, loads their messages in the new language too', async () => {
    await showLanguage('uk');
    expect(useLanguageStore.getState().later).toBe(ukLater);
  });

  it('the last switch wins when two overlap', async () => {
    const slow = showLanguage('uk');
    const fast = showLanguage('ko');
    await Promise.all([slow, fast]);
    expect(useLanguageStore.getState().lang).toBe('ko');
    expect(useLanguageStore.getState().first).toBe(koFirst);
  });
});

describe(ensureLater, () => {
  it('loads the later messages of the language on screen', async () => {
    await showLanguage('uk');
    useLanguageStore.setState({ later: null });
    await ensureLater();
    expect(useLanguageStore.getState().later).toBe(ukLater);
  });

  it('a switch made while they load never leaves the later parts without messages', async () => {
    useLanguageStore.setState({ later: null });
    const switching = showLanguage('uk');
    await ensureLater();
    await switching;
    expect(useLanguageStore.getState().lang).toBe('uk');
    expect(useLanguageStore.getState().later).toBe(ukLater);
  });
});

describe(startLanguageSync, () => {
  it('follows the link’s lang, then every change of it', async () => {
    useCalculatorStore.getState().actions.loadQuery('?lang=ko');
    const { ready, stop } = startLanguageSync();
    await ready;
    expect(useLanguageStore.getState().lang).toBe('ko');
    useCalculatorStore.getState().actions.setLang('uk');
    await expect.poll(() => useLanguageStore.getState().lang).toBe('uk');
    stop();
    useCalculatorStore.getState().actions.setLang('en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(useLanguageStore.getState().lang).toBe('uk');
  });
});
