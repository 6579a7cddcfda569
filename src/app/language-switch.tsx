import { useActions, useFirstMessages, useLang } from '../store/store';
import { isOneOf, LANGS, type Lang } from '../url/view-options';

/** Each language by its own name, marked as that language for screen readers. */
const NATIVE_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', uk: 'Українська' };

/** The language switcher: the choice goes into the link as `lang=`. */
export function LanguageSwitch() {
  const lang = useLang();
  const { language } = useFirstMessages();
  const { setLang } = useActions();
  return (
    <div className="language-switch">
      {/* Beside the list, not around it: the list's name is "Language", not its options too. */}
      <label htmlFor="language-switch">{language.label}</label>
      <select
        id="language-switch"
        value={lang}
        onChange={(event) => {
          if (isOneOf(LANGS, event.target.value)) setLang(event.target.value);
        }}
      >
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option}>
            {NATIVE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
