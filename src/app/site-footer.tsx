import { useActions, useStore, useLaterMessages } from '../store/store';
import { isOneOf, THEMES } from '../url/view-options';

/** Credits, the theme switch and what the page is; it loads with the later parts. */
export function SiteFooter() {
  const theme = useStore((state) => state.theme);
  const { setTheme } = useActions();
  const { footer } = useLaterMessages();
  return (
    <footer className="site-footer">
      <p>{footer.about}</p>
      <label className="theme-switch">
        <span>{footer.theme}</span>
        <select
          value={theme}
          onChange={(event) => {
            if (isOneOf(THEMES, event.target.value)) setTheme(event.target.value);
          }}
        >
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {footer.themes[option]}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
