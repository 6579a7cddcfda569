import type { FirstMessages } from '../i18n/catalogue';
import { useFirstMessages } from '../store/store';

type Loadable = keyof FirstMessages['page']['loadingWhat'];

/** "Loading the chart…", about the size of the part that is coming. */
export function Loading({ what }: { what: Loadable }) {
  const { page } = useFirstMessages();
  return (
    <p className={`part-loading part-loading-${what}`}>{page.loading(page.loadingWhat[what])}</p>
  );
}
