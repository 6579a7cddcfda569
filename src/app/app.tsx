import { useStore } from '../store/store';
import { EmbeddedPage } from './embedded-page';
import { FullPage } from './full-page';
import { useDocumentSettings } from './use-document-settings';

/** The page: the full calculator, or its compact embedded view with `embed=1`. */
export function App() {
  useDocumentSettings();
  const embed = useStore((state) => state.embed);
  return embed ? <EmbeddedPage /> : <FullPage />;
}
