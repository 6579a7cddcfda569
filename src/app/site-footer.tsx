import { useCalculatorActions, useCalculatorStore } from '../store/calculator-store';
import { isOneOf, THEMES } from '../url/view-options';

const THEME_LABELS = { auto: 'Match my device', light: 'Light', dark: 'Dark' } as const;

/** Credits, the theme switch and what the page is. */
export function SiteFooter() {
  const theme = useCalculatorStore((state) => state.theme);
  const { setTheme } = useCalculatorActions();
  return (
    <footer className="site-footer">
      <p>
        <strong>Shell Count</strong> turns published container counts into shell totals and months
        of Russian fire. Every default is sourced above; every figure you change is in the link.
      </p>
      <label className="theme-switch">
        <span>Theme</span>
        <select
          value={theme}
          onChange={(event) => {
            if (isOneOf(THEMES, event.target.value)) setTheme(event.target.value);
          }}
        >
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {THEME_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
