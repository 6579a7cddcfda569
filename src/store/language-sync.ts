import { resolveLang } from '../i18n/resolve-lang';
import { startService } from './service';
import { useStore } from './store';

/**
 * Shows the language the page should show (the link's `lang`, else the first of the browser's
 * languages the page has, else English) now, and again whenever the link's `lang` changes.
 * `ready` resolves once the first messages of the first language are in; `stop` stops following.
 */
export function startLanguageSync(
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  store = useStore,
): { ready: Promise<void>; stop: () => void } {
  const { showLanguage } = store.getState().actions;
  const wanted = () => resolveLang(store.getState().lang, browserLanguages);
  const ready = showLanguage(wanted());
  const stop = startService('language sync', (named) =>
    store.subscribe(
      named((state, previous) => {
        if (state.lang !== previous.lang) void showLanguage(wanted());
      }),
    ),
  );
  return { ready, stop };
}
