import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { statementById } from '../../facts/all-statements';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { facts as englishFacts } from '../../i18n/messages/en/facts';
import { statementCredit } from '../../i18n/statement-text';
import { changedInputKeys } from '../../store/calculator-slice';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { apaCitation, bibtexCitation, plainCitation } from './citation';
import { CopyField } from './copy-field';

/** Today as `YYYY-MM-DD` on the reader's calendar. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Cite this": the calculator as plain text, APA 7 and BibTeX, with the link and today's date. */
export function CiteThis({ link }: { link: string }) {
  const { share, facts } = useLaterMessages();
  const words = share.cite;
  const lang = useLang();
  const scenarioId = useStore((state) => state.scenarioId);
  const changed = useStore(useShallow(changedInputKeys)).length > 0;
  // The date of access: the day the page was opened.
  const [accessDate] = useState(today);
  const statement = statementById(scenarioId);
  const input = {
    link,
    accessDate,
    reviewed: FACTS_REVIEWED,
    scenario: {
      credit: statement ? statementCredit(statement, facts, lang) : scenarioId,
      english: statement ? statementCredit(statement, englishFacts, 'en') : scenarioId,
      changed,
    },
  };
  const styles = [
    { key: 'plain', text: plainCitation(input, words, lang), rows: 3 },
    { key: 'apa', text: apaCitation(input, words, lang), rows: 3 },
    { key: 'bibtex', text: bibtexCitation(input), rows: 8 },
  ] as const;
  return (
    <div className="share-cite">
      <h3 className="share-subtitle">{words.title}</h3>
      <p className="share-note">{words.note}</p>
      {styles.map((style) => (
        <CopyField
          key={style.key}
          label={words.styles[style.key].label}
          text={style.text}
          copyLabel={words.styles[style.key].copy}
          messages={{ copied: words.styles[style.key].copied, manual: words.manual }}
          name={`cite-${style.key}`}
          rows={style.rows}
          lang={style.key === 'bibtex' ? 'en' : undefined}
        />
      ))}
    </div>
  );
}
