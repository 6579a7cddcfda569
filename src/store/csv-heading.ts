import { statementById } from '../facts/all-statements';
import { FACTS_REVIEWED } from '../facts/reviewed';
import { statementLabel } from '../i18n/statement-text';
import { changedInputKeys } from './calculator-slice';
import { currentPermalink } from './permalink';
import { useStore } from './store';

/** Today as `YYYY-MM-DD`, in the reader's own calendar day. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The first line of a CSV, read at the click: the statement the figures start from (and whether
 * the reader changed any), the link that reproduces them, the day of the download and the day the
 * figures were last reviewed. "Shell Count: Feb 2024 · Shin Won-sik · about 6,700 containers, with
 * your changes. https://…/?v=3&daily=20000 · downloaded 2026-12-05 · figures reviewed 2026-12-05".
 */
export function currentCsvHeading(): string {
  const state = useStore.getState();
  const later = state.language.later;
  if (later === null) return currentPermalink();
  const { downloads, facts, share } = later;
  const changed = changedInputKeys(state).length > 0;
  const statement = statementById(state.scenarioId);
  const name = statement ? statementLabel(statement, facts, state.language.lang) : state.scenarioId;
  return downloads.csvHeading(
    share.appName,
    changed ? `${name}, ${downloads.csvChanged}` : name,
    currentPermalink(),
    today(),
    FACTS_REVIEWED,
  );
}
