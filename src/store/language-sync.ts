import { resolveLang } from '../i18n/resolve-lang';
import { startService } from './service';
import { useStore } from './store';

/**
 * Shows the language the page should show (the link's `lang`, else the embedding article's
 * language when the page has it, else the first of the browser's languages the page has, else
 * English) now, and again whenever the link's `lang` or the article's language changes.
 * `ready` resolves once the first messages of the first language are in; `stop` stops following.
 */
export function startLanguageSync(
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  store = useStore,
): { ready: Promise<void>; stop: () => void } {
  const { showLanguage } = store.getState().actions;
  const wanted = () => {
    const { lang, articleLang } = store.getState();
    return resolveLang(
      lang,
      articleLang === null ? browserLanguages : [articleLang, ...browserLanguages],
    );
  };
  const ready = showLanguage(wanted());
  const stop = startService('language sync', (named) =>
    store.subscribe(
      named((state, previous) => {
        if (state.lang !== previous.lang || state.articleLang !== previous.articleLang) {
          // A language that cannot load leaves the one on screen; nothing else to do.
          showLanguage(wanted()).catch(() => undefined);
        }
      }),
    ),
  );
  return { ready, stop };
}
