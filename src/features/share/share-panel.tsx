import { useCalculatorStore } from '../../store/calculator-store';
import { stringifyQuery } from '../../url/query';
import { EmbedBuilder } from './embed-builder';
import { pageAddressOf } from './embed-code';
import { ShareLink } from './share-link';
import './share.css';

/**
 * "Share": the link to what the reader sees, and the code to embed it in an article. Both follow
 * every change to the figures; the link is the page's own address (no hash) with the state's query.
 */
export function SharePanel() {
  const query = useCalculatorStore(stringifyQuery);
  // The address the page was served from; the query is the state's, whatever the bar shows now.
  const pageHref = window.location.href;
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="section-title">
        Share
      </h2>
      <p className="share-note">
        The link keeps every figure you changed: whoever opens it sees what you see.
      </p>
      <ShareLink link={`${pageAddressOf(pageHref)}${query}`} />
      <EmbedBuilder pageHref={pageHref} />
    </section>
  );
}
