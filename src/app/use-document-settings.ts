import { useEffect } from 'react';
import { useStore, useFirstMessages, useLang } from '../store/store';

/**
 * Mirrors the theme and the language on screen onto `<html>`, where CSS and screen readers look,
 * and names the document in that language.
 */
export function useDocumentSettings(): void {
  const theme = useStore((state) => state.theme);
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
