import { useCalculatorActions, useCalculatorStore } from '../store/calculator-store';
import { useFirstMessages } from '../store/language-store';
import { isOneOf, THEMES } from '../url/view-options';

/** Credits, the theme switch and what the page is. */
export function SiteFooter() {
  const theme = useCalculatorStore((state) => state.theme);
  const { setTheme } = useCalculatorActions();
  const { page } = useFirstMessages();
  return (
    <footer className="site-footer">
      <p>
        <strong>{page.appName}</strong> {page.footer}
      </p>
      <label className="theme-switch">
        <span>{page.theme}</span>
        <select
          value={theme}
          onChange={(event) => {
            if (isOneOf(THEMES, event.target.value)) setTheme(event.target.value);
          }}
        >
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {page.themes[option]}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
