import { dekText } from '../i18n/dek';
import { useLang, useLaterMessages } from '../store/store';

/**
 * The opening paragraph under the title, made from the records: it names the newest counts and
 * estimates, so it is current whenever a statement is added. It comes with the later parts (the
 * statements' words are there), into a placeholder of its height.
 */
export function Dek() {
  const { facts } = useLaterMessages();
  const lang = useLang();
  return <p className="dek">{dekText(facts, lang)}</p>;
}
