import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { ENGLISH_FIRST } from '../src/i18n/catalogue';
import { later as englishLater } from '../src/i18n/messages/en/later';
import { useLanguageStore } from '../src/store/language-store';

// jsdom lays nothing out, so it has no scrollIntoView; every browser has. A no-op stands in
// (test files in the node environment have no Element at all).
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
}

// Components are tested in English unless a test says otherwise, with every message loaded, as
// they are once their part of the page has arrived.
beforeEach(() => {
  useLanguageStore.setState({ lang: 'en', first: ENGLISH_FIRST, later: englishLater });
});

afterEach(() => {
  cleanup();
});
