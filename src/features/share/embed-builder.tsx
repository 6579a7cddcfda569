import { statementById } from '../../facts/all-statements';
import { statementLabel } from '../../i18n/statement-text';
import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { loadFirst, loadLater, type FirstMessages, type LaterMessages } from '../../i18n/catalogue';
import { formatExact } from '../../i18n/format';
import { hasRanges } from '../../model/ranges';
import { changedInputKeys } from '../../store/calculator-slice';
import { useFirstMessages, useLang, useLaterMessages, useStore } from '../../store/store';
import { stringifyQuery } from '../../url/query';
import { isOneOf, LANGS, THEMES, type Lang, type Theme } from '../../url/view-options';
import { CopyStatus, selectAll, useCopy } from './copy-feedback';
import {
  ampSnippet,
  appBaseOf,
  EMBED_HEIGHT,
  EMBED_KINDS,
  embedSnippet,
  imageSnippet,
  previewPath,
  type EmbedKind,
} from './embed-code';
import { embedViewHeight } from './embed-heights';
import { presetFigures, presetHasRanges, presetImageAlt, presetQuery } from './embed-image';
import { EmbedPreview } from './embed-preview';

/** Each language by its own name, as its readers look for it. */
const LANG_NAMES = { en: 'English', ko: '한국어', uk: 'Українська' } satisfies Record<Lang, string>;

/** The select's value for "no `lang` in the link". */
const FOLLOW = '';

/** A typed height in px when it is a whole number within EMBED_HEIGHT, else null. */
function readHeight(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const height = Number(trimmed);
  return height >= EMBED_HEIGHT.min && height <= EMBED_HEIGHT.max ? height : null;
}

interface Words {
  lang: Lang;
  first: FirstMessages;
  later: LaterMessages;
}

/**
 * The words of the embed's language, for its title and its image's text: the page's own at once,
 * another language's once loaded (and the page's if it cannot load).
 */
function useEmbedWords(lang: Lang): Words {
  const own: Words = { lang: useLang(), first: useFirstMessages(), later: useLaterMessages() };
  const [loaded, setLoaded] = useState<Words | null>(null);
  useEffect(() => {
    if (lang === own.lang) return;
    let current = true;
    void Promise.all([loadFirst(lang), loadLater(lang)]).then(
      ([first, later]) => {
        if (current) setLoaded({ lang, first, later });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [lang, own.lang]);
  return loaded?.lang === lang ? loaded : own;
}

type Sample = typeof import('../../model/sampling').sampleResults;

/**
 * The model's sampling, loaded only for a statement with ranges (the page's sampler has it in a
 * chunk of its own); null until then.
 */
function useSampling(needed: boolean): Sample | null {
  const [sample, setSample] = useState<Sample | null>(null);
  useEffect(() => {
    if (!needed || sample) return;
    let current = true;
    void import('../../model/sampling').then(
      (module) => {
        if (current) setSample(() => module.sampleResults);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needed, sample]);
  return sample;
}

/**
 * The embed code for the current state, of three kinds (the interactive box with its script, AMP,
 * a static image with a link): language, theme and first height to choose, the code in a read-only
 * box with "Copy embed code", and a preview of each as readers will see it. The first height is
 * the measured height of the chosen view in a typical article column, until the reader types one.
 */
export function EmbedBuilder({ pageHref }: { pageHref: string }) {
  const id = useId();
  const words = useLaterMessages().share.embed;
  const locale = useLang();
  const [kind, setKind] = useState<EmbedKind>('iframe');
  const [lang, setLang] = useState<Lang | null>(null);
  const [theme, setTheme] = useState<Theme>('auto');
  const ranged = useStore((state) => hasRanges(state.ranges));
  const shownLang = lang ?? locale;
  const measured = embedViewHeight(shownLang, ranged);
  const [typed, setTyped] = useState<string | null>(null);
  // The last good height typed: a wrong one leaves the code at it.
  const [kept, setKept] = useState<number | null>(null);
  const heightText = typed ?? String(measured);
  const height = readHeight(heightText) ?? kept ?? measured;
  const heightWrong = readHeight(heightText) === null;
  const [min, max] = [formatExact(EMBED_HEIGHT.min, locale), formatExact(EMBED_HEIGHT.max, locale)];
  const embedWords = useEmbedWords(shownLang);

  const search = useStore((state) => stringifyQuery({ ...state, embed: true, lang, theme }));
  const scenarioId = useStore((state) => state.scenarioId);
  const changed = useStore(useShallow(changedInputKeys)).length > 0;
  const presetLink = presetQuery(scenarioId, embedWords.lang);
  const appBase = appBaseOf(pageHref);
  const title = embedWords.first.page.embedTitle;
  // The image, its words and its link in one language: the chosen one's once its words are in.
  const image = `${appBase}${previewPath(scenarioId, embedWords.lang, 'png')}`;
  const sample = useSampling(presetHasRanges(scenarioId));
  const figures = useMemo(() => presetFigures(scenarioId, sample), [scenarioId, sample]);
  const alt = presetImageAlt(
    scenarioId,
    figures,
    embedWords.first,
    embedWords.later,
    embedWords.lang,
  );
  const named = statementById(scenarioId);
  const statement = named ? statementLabel(named, embedWords.later.facts, embedWords.lang) : '';
  const snippet =
    kind === 'iframe'
      ? embedSnippet({ appBase, search, height, title })
      : kind === 'amp'
        ? ampSnippet({
            appBase,
            search,
            height,
            title,
            image,
            alt,
            more: embedWords.later.share.embed.ampMore,
          })
        : imageSnippet({ image, alt, link: `${appBase}${presetLink}` });
  const { fieldRef, copy, outcome, count } = useCopy<HTMLTextAreaElement>(snippet);

  return (
    <div className="embed-builder">
      <h3 className="share-subtitle">{words.title}</h3>
      <p className="share-note">{words.note}</p>
      <label className="embed-option embed-kind">
        <span className="share-label">{words.kind}</span>
        <select
          name="embed-kind"
          value={kind}
          onChange={(event) => {
            const value = event.target.value;
            if (isOneOf(EMBED_KINDS, value)) setKind(value);
          }}
        >
          {EMBED_KINDS.map((option) => (
            <option key={option} value={option}>
              {words.kinds[option]}
            </option>
          ))}
        </select>
      </label>
      <div className="embed-options">
        <label className="embed-option">
          <span className="share-label">{words.language}</span>
          <select
            name="embed-lang"
            value={lang ?? FOLLOW}
            onChange={(event) => {
              const value = event.target.value;
              setLang(isOneOf(LANGS, value) ? value : null);
            }}
          >
            <option value={FOLLOW}>{words.followArticle}</option>
            {LANGS.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANG_NAMES[option]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'image' ? null : (
          <label className="embed-option">
            {/* Not "Theme": the page's own theme switch has that name. */}
            <span className="share-label">{words.colours}</span>
            <select
              name="embed-theme"
              value={theme}
              onChange={(event) => {
                const value = event.target.value;
                if (isOneOf(THEMES, value)) setTheme(value);
              }}
            >
              {/* Auto first: a box that follows the reader's device suits most articles. */}
              {(['auto', 'light', 'dark'] as const).map((option) => (
                <option key={option} value={option}>
                  {words.themes[option]}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'image' ? null : (
          <div className="embed-option embed-height">
            <label className="share-label" htmlFor={`${id}-height`}>
              {words.height}
            </label>
            <span className="embed-height-entry">
              <input
                id={`${id}-height`}
                name="embed-height"
                type="number"
                inputMode="numeric"
                min={EMBED_HEIGHT.min}
                max={EMBED_HEIGHT.max}
                step={1}
                value={heightText}
                aria-invalid={heightWrong ? true : undefined}
                aria-describedby={`${id}-height-hint ${id}-height-error`}
                onChange={(event) => {
                  const text = event.target.value;
                  setTyped(text);
                  const read = readHeight(text);
                  if (read !== null) setKept(read);
                }}
              />
              <span className="share-unit">{words.unit}</span>
            </span>
          </div>
        )}
      </div>
      {kind === 'image' ? (
        <p className="share-hint">
          {changed ? words.imageChanged(statement) : words.imageNote(statement)}
        </p>
      ) : (
        <>
          <p className="share-hint" id={`${id}-height-hint`}>
            {words.heightHint(min, max)}
          </p>
          <p className="share-error" id={`${id}-height-error`} aria-live="polite">
            {heightWrong ? words.heightError(min, max, formatExact(height, locale)) : null}
          </p>
        </>
      )}
      <label className="share-label" htmlFor={`${id}-code`}>
        {words.code}
      </label>
      <textarea
        ref={fieldRef}
        id={`${id}-code`}
        className="share-field embed-code"
        name="embed-code"
        // Markup, not words of any language.
        lang="zxx"
        readOnly
        rows={6}
        value={snippet}
        spellCheck={false}
        autoComplete="off"
        onFocus={selectAll}
      />
      <div className="share-actions">
        <button
          type="button"
          className="action-button action-button-main"
          onClick={() => {
            void copy();
          }}
        >
          {words.copy}
        </button>
      </div>
      <CopyStatus outcome={outcome} messages={words} count={count} />
      <EmbedPreview
        kind={kind}
        appBase={appBase}
        search={search}
        height={height}
        title={title}
        image={{ src: image, alt, link: `${appBase}${presetLink}` }}
      />
    </div>
  );
}
