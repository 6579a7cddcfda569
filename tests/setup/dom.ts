/**
 * Test files in jsdom: Testing Library's matchers; each test starts from the store as the page
 * starts, in English with every message loaded (as the page is once its later parts have
 * arrived), and ends with the page unmounted. The store is imported when the first test starts,
 * not here, so that a test file's `vi.mock` of a module the store depends on (a fixture statement)
 * applies to the store too.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// jsdom lays nothing out, so it has no scrollIntoView; every browser has. A no-op stands in.
if (!('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
}

beforeEach(async () => {
  const [{ resetStore }, { showOnScreen }] = await Promise.all([
    import('../../src/store/store'),
    import('../language-on-screen'),
  ]);
  resetStore();
  showOnScreen('en');
});

afterEach(() => {
  cleanup();
});
