/**
 * What a preset's static image says (`npm run build` draws one per preset and language, see
 * src/preview): its figures, and the same in words for the image's text alternative, which the
 * builder's "static image" and AMP codes carry. One function for both, so that the words never
 * tell other figures than the picture.
 */
import { statementById } from '../../facts/all-statements';
import type { ScenarioId } from '../../facts/presets';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { statementLabel } from '../../i18n/statement-text';
import { scenarioPreset } from '../../url/migrations';
import type { FirstMessages, LaterMessages } from '../../i18n/catalogue';
import { formatApprox, formatDate, formatFixed } from '../../i18n/format';
import { mediansOf } from '../../model/evaluate';
import { hasRanges } from '../../model/ranges';
import { computeResults, type Results } from '../../model/results';
import type { Evaluation } from '../../model/evaluate';
import type { sampleResults } from '../../model/sampling';
import { stringifyQuery } from '../../url/query';
import type { Lang } from '../../url/view-options';

/** A preset's figures as the page shows them: exact, or with ranges the sampled medians. */
export interface PresetFigures {
  results: Results;
  /** The seeded sampling of the preset's ranges, null when it has none. */
  sampled: Evaluation | null;
}

/** Whether a preset has ranges, and so needs the sampling for its figures. */
export function presetHasRanges(id: ScenarioId): boolean {
  return hasRanges(scenarioPreset(id).ranges ?? {});
}

/**
 * The figures of a preset with its own values, as the page shows them: with ranges, the seeded
 * sampling's (the same every time), so `sample` (the model's `sampleResults`, passed in so that
 * the page loads it only for a preset with ranges) is needed then.
 * `presetFigures('shin-2024-02', null).results.totalShells` → 3001600.
 */
export function presetFigures(id: ScenarioId, sample: typeof sampleResults | null): PresetFigures {
  const { inputs, ranges = {} } = scenarioPreset(id);
  const exact = computeResults(inputs);
  const sampled = hasRanges(ranges) && sample ? sample(inputs, ranges) : null;
  return { results: sampled ? mediansOf(sampled) : exact, sampled };
}

/**
 * The static image in words, for its `alt`: the embed's name, the headline sentence, the
 * statement and the date of the figures. In English for the default statement: "Shell Count:
 * North Korean shells sent to Russia, in months of Russian fire. About 3.0 million working
 * shells, 9.9 months of Russian fire, lasting until July 9, 2024. Feb 2024 · Shin Won-sik ·
 * 6,700 containers. Figures as of December 5, 2026."
 */
export function presetImageAlt(
  id: ScenarioId,
  { results }: PresetFigures,
  first: FirstMessages,
  later: Pick<LaterMessages, 'facts'>,
  lang: Lang,
): string {
  const sentence = first.headline.announce(
    formatApprox(results.totalShells, lang),
    formatFixed(results.monthsOfFire, lang, 1),
    results.lastsUntil.ok ? formatDate(results.lastsUntil.value, lang) : null,
  );
  // A sentence's full stop, unless it ends with one already ("5 грудня 2026 р.").
  const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);
  return [
    stop(first.page.embedTitle),
    sentence,
    ...statementLabels(id, later, lang),
    stop(first.page.figuresAsOf(formatDate(FACTS_REVIEWED, lang))),
  ].join(' ');
}

/** A statement's label as a sentence of the alt text, or nothing if `id` names none. */
function statementLabels(
  id: ScenarioId,
  later: Pick<LaterMessages, 'facts'>,
  lang: Lang,
): string[] {
  const statement = statementById(id);
  if (!statement) return [];
  const label = statementLabel(statement, later.facts, lang);
  return [label.endsWith('.') ? label : `${label}.`];
}

/**
 * The full calculator's query for a preset's own figures in a language, where its static image
 * links: `presetQuery('shin-2024-06', 'ko')` → `'?v=2&scenario=shin-2024-06&lang=ko'`.
 */
export function presetQuery(id: ScenarioId, lang: Lang): string {
  const { inputs, ranges = {} } = scenarioPreset(id);
  return stringifyQuery({ scenarioId: id, inputs, ranges, lang, theme: 'auto', embed: false });
}
