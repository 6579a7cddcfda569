import { useState } from 'react';
import { useStore, useLaterMessages } from '../../store/store';
import type { SectionId } from '../../url/sections';
import { stringifyQuery } from '../../url/query';
import { CiteThis } from './cite-this';
import { EmbedBuilder } from './embed-builder';
import { pageAddressOf } from './embed-code';
import { ShareLink } from './share-link';
import { ShareSentence } from './share-sentence';
import '../../ui/action-button.css';
import './share.css';

/**
 * "Share": the link to what the reader sees, a sentence to quote, citations, and the code to embed
 * it in an article. All follow every change to the figures; the link is the page's own address
 * with the state's query, and the section it opens at (`#sources`) if the reader picks one.
 */
export function SharePanel() {
  const words = useLaterMessages().share;
  const query = useStore(stringifyQuery);
  // The address the page was served from; the query is the state's, whatever the bar shows now.
  const pageHref = window.location.href;
  const [at, setAt] = useState<SectionId | null>(null);
  const link = `${pageAddressOf(pageHref)}${query}${at === null ? '' : `#${at}`}`;
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="section-title">
        {words.title}
      </h2>
      <p className="share-note">{words.intro}</p>
      <ShareLink link={link} at={at} onAt={setAt} />
      <ShareSentence link={link} />
      <CiteThis link={link} />
      <EmbedBuilder pageHref={pageHref} />
    </section>
  );
}
