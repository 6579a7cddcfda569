import { useId, useState } from 'react';
import { formatExact } from '../../i18n/format';
import { useStore, useLang, useLaterMessages } from '../../store/store';
import { stringifyQuery } from '../../url/query';
import { isOneOf, LANGS, THEMES, type Lang, type Theme } from '../../url/view-options';
import { CopyStatus, selectAll, useCopy } from './copy-feedback';
import { appBaseOf, EMBED_HEIGHT, embedSnippet } from './embed-code';
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

/**
 * The embed code for the current state: language, theme and first height to choose, the code in a
 * read-only box with "Copy embed code", and a preview of the box as readers will see it.
 */
export function EmbedBuilder({ pageHref }: { pageHref: string }) {
  const id = useId();
  const words = useLaterMessages().share.embed;
  const locale = useLang();
  const [lang, setLang] = useState<Lang | null>(null);
  const [theme, setTheme] = useState<Theme>('auto');
  const [heightText, setHeightText] = useState(String(EMBED_HEIGHT.initial));
  const [height, setHeight] = useState<number>(EMBED_HEIGHT.initial);
  const heightWrong = readHeight(heightText) === null;
  const [min, max] = [formatExact(EMBED_HEIGHT.min, locale), formatExact(EMBED_HEIGHT.max, locale)];

  const search = useStore((state) => stringifyQuery({ ...state, embed: true, lang, theme }));
  const appBase = appBaseOf(pageHref);
  const snippet = embedSnippet({ appBase, search, height, title: words.frameTitle });
  const { fieldRef, copy, outcome, count } = useCopy<HTMLTextAreaElement>(snippet);

  return (
    <div className="embed-builder">
      <h3 className="share-subtitle">{words.title}</h3>
      <p className="share-note">{words.note}</p>
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
                setHeightText(text);
                const read = readHeight(text);
                if (read !== null) setHeight(read);
              }}
            />
            <span className="share-unit">{words.unit}</span>
          </span>
        </div>
      </div>
      <p className="share-hint" id={`${id}-height-hint`}>
        {words.heightHint(min, max)}
      </p>
      <p className="share-error" id={`${id}-height-error`} aria-live="polite">
        {heightWrong ? words.heightError(min, max, formatExact(height, locale)) : null}
      </p>
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
      <EmbedPreview appBase={appBase} search={search} height={height} title={words.frameTitle} />
    </div>
  );
}
