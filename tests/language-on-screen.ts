/** Puts a language on screen with every message loaded, as the page is once its later parts are in. */
import { first as enFirst } from '../src/i18n/messages/en/first';
import { later as enLater } from '../src/i18n/messages/en/later';
import { first as koFirst } from '../src/i18n/messages/ko/first';
import { later as koLater } from '../src/i18n/messages/ko/later';
import { first as ukFirst } from '../src/i18n/messages/uk/first';
import { later as ukLater } from '../src/i18n/messages/uk/later';
import { useStore } from '../src/store/store';
import type { Lang } from '../src/url/view-options';

/** Every language's messages, both parts. */
export const MESSAGES = {
  en: { first: enFirst, later: enLater },
  ko: { first: koFirst, later: koLater },
  uk: { first: ukFirst, later: ukLater },
} as const;

/** `showOnScreen('uk')`: the page now speaks Ukrainian, every part of it. */
export function showOnScreen(lang: Lang): void {
  useStore.setState({ language: { lang, ...MESSAGES[lang] } });
}
