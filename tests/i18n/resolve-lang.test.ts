import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../src/i18n/resolve-lang';

describe(resolveLang, () => {
  it.each([
    ['the link’s language wins over the browser’s', 'ko', ['uk-UA', 'en'], 'ko'],
    [
      'no link language: the first browser language the app has',
      null,
      ['de-DE', 'uk-UA', 'ko'],
      'uk',
    ],
    ['a region or script does not matter', null, ['ko-KR'], 'ko'],
    ['case does not matter', null, ['UK'], 'uk'],
    ['nothing the app has: English', null, ['de', 'fr-FR'], 'en'],
    ['no browser languages at all: English', null, [], 'en'],
    ['a malformed tag is skipped', null, ['', '-', 'uk'], 'uk'],
  ] as const)('%s', (_, link, browser, expected) => {
    expect(resolveLang(link, browser)).toBe(expected);
  });
});
