import { useEffect } from 'react';
import { useCalculatorStore } from '../store/calculator-store';

/** Mirrors the theme and language of the state onto `<html>`, where CSS and screen readers look. */
export function useDocumentSettings(): void {
  const theme = useCalculatorStore((state) => state.theme);
  const lang = useCalculatorStore((state) => state.lang);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang ?? 'en';
  }, [lang]);
}
