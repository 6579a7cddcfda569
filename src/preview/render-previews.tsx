/**
 * The static images of the site, made by `npm run build` in Node (vite.config.ts loads this module
 * with Vite's module runner): for every preset and every language, the SVG of its card
 * (preview-card.tsx, drawn with React's server renderer), the PNG of that SVG (rasterised by
 * resvg with the fonts of preview-fonts.ts, never the machine's), and the words that go with it.
 * Presets are iterated, never listed: a new preset gets its image with the next build.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg } from '@resvg/resvg-js';
import { STATEMENTS, statementById } from '../facts/all-statements';
import { DEFAULT_SCENARIO_ID, PRESETS, type ScenarioId } from '../facts/presets';
import { FACTS_REVIEWED } from '../facts/reviewed';
import { dekText } from '../i18n/dek';
import { sourceCitation, statementLabel } from '../i18n/statement-text';
import { scenarioPreset } from '../url/migrations';
import { presetFigures, presetImageAlt, presetQuery } from '../features/share/embed-image';
import { sampleResults } from '../model/sampling';
import { PREVIEW_SIZE, previewPath } from '../features/share/embed-code';
import { estimateWording } from '../i18n/estimate-wording';
import { buildTimeline, publishedPoints } from '../features/timeline/timeline-data';
import type { FirstMessages, LaterMessages } from '../i18n/catalogue';
import { first as enFirst } from '../i18n/messages/en/first';
import { later as enLater } from '../i18n/messages/en/later';
import { first as koFirst } from '../i18n/messages/ko/first';
import { later as koLater } from '../i18n/messages/ko/later';
import { first as ukFirst } from '../i18n/messages/uk/first';
import { later as ukLater } from '../i18n/messages/uk/later';
import {
  formatApprox,
  formatAxisTick,
  formatDate,
  formatExact,
  formatFixed,
  formatMonthYear,
} from '../i18n/format';
import { isoDateFromDay } from '../model/calendar';
import { LANGS, type Lang } from '../url/view-options';
import { PreviewCard, type CardText } from './preview-card';
import { FONT_FAMILIES, fontFiles } from './preview-fonts';

/** One preset's card in one language. */
export interface Preview {
  id: ScenarioId;
  lang: Lang;
  /** Paths relative to the site's folder. */
  png: string;
  svg: string;
  html: string;
  /** The files' contents. */
  svgText: string;
  pngBytes: Uint8Array;
  /** The card in words, for `alt` and `og:image:alt`. */
  alt: string;
  /** The page's title for this preset, and its description. */
  title: string;
  description: string;
  /** The calculator's query for the preset in the card's language: `?v=2&scenario=shin-2024-06&lang=ko`. */
  query: string;
  /** "Open full calculator" in the card's language. */
  openLabel: string;
  /** True for the default statement's cards, which index.html shows. */
  isDefault: boolean;
}

function cardText(id: ScenarioId, lang: Lang, words: Words, link: string): CardText {
  const { first, later } = words;
  const { results } = presetFigures(id, sampleResults);
  const preset = scenarioPreset(id);
  const statement = statementById(id);
  const [firstSource] = statement?.sources ?? [];
  const statementWords = later.statements[id];
  const citation =
    statement && firstSource && statementWords
      ? sourceCitation(statement, firstSource, statementWords, later.facts, lang)
      : null;
  const days = Math.round(results.daysOfFire);
  const daysText = first.headline.days(days, formatExact(days, lang));
  const timeline = buildTimelineOf(id, words, lang);
  const top = niceTop(
    Math.max(...[...timeline.delivered, ...timeline.fired].map((point) => point.shells)),
  );
  return {
    kicker: first.page.embedTitle.split(':')[0] ?? first.page.embedTitle,
    statement: statement ? statementLabel(statement, later.facts, lang) : id,
    total: { figure: formatApprox(results.totalShells, lang), label: first.headline.total },
    months: {
      figure: formatFixed(results.monthsOfFire, lang, 1),
      label: first.headline.months,
      detail: first.headline
        .daysAt(preset.inputs.daily, formatExact(preset.inputs.daily, lang))
        .replace('{days}', daysText),
    },
    until: results.lastsUntil.ok
      ? { label: first.headline.lastsUntil, figure: formatDate(results.lastsUntil.value, lang) }
      : null,
    chartTitle: later.timeline.title,
    legend: {
      delivered: later.timeline.delivered,
      fired: later.timeline.fired,
      capacity: later.timeline.published.capacity,
      estimate: later.timeline.published.estimate,
    },
    ticks: timeline.ticks.flatMap((day) => {
      const date = isoDateFromDay(day);
      return date.ok ? [{ day, label: formatMonthYear(date.value, lang) }] : [];
    }),
    top,
    topLabel: formatAxisTick(top, lang),
    source: citation
      ? `${later.downloads.sourcePrefix} ${citation.speaker} · ` +
        `${citation.outlet}, ${formatDate(citation.date, lang)}`
      : '',
    asOf: first.page.figuresAsOf(formatDate(FACTS_REVIEWED, lang)),
    link,
  };
}

/** The chart's top: the highest line, rounded up to its second digit (4.48 million → 4.5 million). */
function niceTop(highest: number): number {
  if (!(highest > 0)) return 1;
  const step = 10 ** (Math.floor(Math.log10(highest)) - 1);
  return Math.ceil((highest * 1.04) / step) * step;
}

interface Words {
  first: FirstMessages;
  later: LaterMessages;
}

/**
 * Every language's words, imported here rather than loaded as the page loads them: Vite's module
 * runner, which runs this module at build time, is closed once the module is in.
 */
const WORDS: Record<Lang, Words> = {
  en: { first: enFirst, later: enLater },
  ko: { first: koFirst, later: koLater },
  uk: { first: ukFirst, later: ukLater },
};

function buildTimelineOf(id: ScenarioId, words: Words, lang: Lang) {
  const { inputs, ranges = {} } = scenarioPreset(id);
  const { results, sampled } = presetFigures(id, sampleResults);
  const published = publishedPoints(STATEMENTS, (statement) =>
    estimateWording(statement, words.later.statements[statement.id], words.later.facts, lang),
  );
  return buildTimeline(inputs, results, published, { ranges, sampled });
}

/**
 * Every preset's card in every language. `siteUrl` is the address the site will be served from
 * (the build's SITE_URL, ending in `/`), written on the card before the preset's query; without it
 * the card shows the query alone.
 */
export function renderPreviews(siteUrl: string): Preview[] {
  const files = fontFiles();
  const previews: Preview[] = [];
  for (const lang of LANGS) {
    const words = WORDS[lang];
    const font = FONT_FAMILIES[lang];
    for (const { id } of PRESETS) {
      const query = presetQuery(id, lang);
      const text = cardText(id, lang, words, `${siteUrl}${query}`);
      const svgText = renderToStaticMarkup(
        <PreviewCard
          timeline={buildTimelineOf(id, words, lang)}
          text={text}
          font={font}
          width={PREVIEW_SIZE.width}
          height={PREVIEW_SIZE.height}
        />,
      );
      const png = new Resvg(svgText, {
        font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FONT_FAMILIES.en },
      })
        .render()
        .asPng();
      previews.push({
        id,
        lang,
        png: previewPath(id, lang, 'png'),
        svg: previewPath(id, lang, 'svg'),
        html: previewPath(id, lang, 'html'),
        svgText: `<?xml version="1.0" encoding="UTF-8"?>\n${svgText}`,
        pngBytes: png,
        alt: presetImageAlt(id, presetFigures(id, sampleResults), words.first, words.later, lang),
        title: `${text.kicker}: ${text.statement}`,
        description: dekText(words.later.facts, lang),
        query,
        openLabel: words.first.page.openFull,
        isDefault: id === DEFAULT_SCENARIO_ID,
      });
    }
  }
  return previews;
}
