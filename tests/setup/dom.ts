/**
 * Test files in jsdom: Testing Library's matchers; each test starts from the store as the page
 * starts, in English with every message loaded (as the page is once its later parts have
 * arrived), and ends with the page unmounted.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';

// jsdom lays nothing out, so it has no scrollIntoView; every browser has. A no-op stands in.
if (!('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
}

beforeEach(() => {
  resetStore();
  showOnScreen('en');
});

afterEach(() => {
  cleanup();
});
