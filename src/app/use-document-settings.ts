import { useEffect } from 'react';
import { useCalculatorStore } from '../store/calculator-store';
import { useFirstMessages, useLang } from '../store/language-store';

/**
 * Mirrors the theme and the language on screen onto `<html>`, where CSS and screen readers look,
 * and names the document in that language.
 */
export function useDocumentSettings(): void {
  const theme = useCalculatorStore((state) => state.theme);
  const lang = useLang();
  const { page } = useFirstMessages();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.title = page.documentTitle;
  }, [page]);
}
