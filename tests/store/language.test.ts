import { describe, expect, it } from 'vitest';
import { first as koFirst } from '../../src/i18n/messages/ko/first';
import { later as ukLater } from '../../src/i18n/messages/uk/later';
import { startLanguageSync } from '../../src/store/language-sync';
import { resetStore, useStore } from '../../src/store/store';

beforeEach(() => {
  resetStore();
});

const actions = () => useStore.getState().actions;
const language = () => useStore.getState().language;
const setLater = (later: null) => {
  useStore.setState({ language: { ...language(), later } });
};

describe('showLanguage', () => {
  it('loads a language’s first messages and shows them', async () => {
    setLater(null);
    await actions().showLanguage('ko');
    expect(language().lang).toBe('ko');
    expect(language().first).toBe(koFirst);
    // Nothing later was in use, so nothing later was loaded.
    expect(language().later).toBeNull();
  });

  it('once the later parts are on screen, loads their messages in the new language too', async () => {
    await actions().ensureLater();
    await actions().showLanguage('uk');
    expect(language().later).toBe(ukLater);
  });

  it('the last switch wins when two overlap', async () => {
    const slow = actions().showLanguage('uk');
    const fast = actions().showLanguage('ko');
    await Promise.all([slow, fast]);
    expect(language().lang).toBe('ko');
    expect(language().first).toBe(koFirst);
  });
});

describe('ensureLater', () => {
  it('loads the later messages of the language on screen', async () => {
    await actions().showLanguage('uk');
    setLater(null);
    await actions().ensureLater();
    expect(language().later).toBe(ukLater);
  });

  it('a switch made while they load never leaves the later parts without messages', async () => {
    setLater(null);
    const switching = actions().showLanguage('uk');
    await actions().ensureLater();
    await switching;
    expect(language().lang).toBe('uk');
    expect(language().later).toBe(ukLater);
  });
});

describe(startLanguageSync, () => {
  it('follows the link’s lang, then every change of it, and nothing after it stops', async () => {
    actions().loadQuery('?lang=ko');
    const { ready, stop } = startLanguageSync([]);
    await ready;
    expect(language().lang).toBe('ko');
    actions().setLang('uk');
    await expect.poll(() => language().lang).toBe('uk');
    stop();
    actions().setLang('en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(language().lang).toBe('uk');
  });

  it('without a lang in the link, shows the first of the browser’s languages the page has', async () => {
    const { ready, stop } = startLanguageSync(['de-DE', 'uk-UA', 'ko']);
    await ready;
    stop();
    expect(language().lang).toBe('uk');
  });
});
