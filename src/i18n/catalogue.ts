import type { Lang } from '../url/view-options';
import { first as englishFirst, type FirstMessages } from './messages/en/first';
import type { LaterMessages } from './messages/en/later';

export type { FirstMessages, LaterMessages };

/**
 * The messages of one language, in two parts: `first` is what the first screen needs (English's is
 * in the main bundle, the others load before the first render); `later` loads with the parts of
 * the page that follow the first results. Each language's parts are chunks of their own, so a
 * reader downloads one language's words, not three.
 */
export const ENGLISH_FIRST: FirstMessages = englishFirst;

/** The first-screen messages of `lang`: English at once, the others from their chunk. */
export function loadFirst(lang: Lang): Promise<FirstMessages> {
  switch (lang) {
    case 'en':
      return Promise.resolve(englishFirst);
    case 'ko':
      return import('./messages/ko/first').then((module) => module.first);
    case 'uk':
      return import('./messages/uk/first').then((module) => module.first);
  }
}

/** The messages of the later parts of the page in `lang`. */
export function loadLater(lang: Lang): Promise<LaterMessages> {
  switch (lang) {
    case 'en':
      return import('./messages/en/later').then((module) => module.later);
    case 'ko':
      return import('./messages/ko/later').then((module) => module.later);
    case 'uk':
      return import('./messages/uk/later').then((module) => module.later);
  }
}
