import { useStore, useLaterMessages } from '../../store/store';
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
 * it in an article. All follow every change to the figures; the link is the page's own address (no
 * hash) with the state's query.
 */
export function SharePanel() {
  const words = useLaterMessages().share;
  const query = useStore(stringifyQuery);
  // The address the page was served from; the query is the state's, whatever the bar shows now.
  const pageHref = window.location.href;
  const link = `${pageAddressOf(pageHref)}${query}`;
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="section-title">
        {words.title}
      </h2>
      <p className="share-note">{words.intro}</p>
      <ShareLink link={link} />
      <ShareSentence link={link} />
      <CiteThis link={link} />
      <EmbedBuilder pageHref={pageHref} />
    </section>
  );
}
