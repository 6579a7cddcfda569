/**
 * The tornado's words in the language on screen, as pure functions of the swings, their doubt,
 * the `sensitivity` and `facts` messages and the language (`lang`, for Intl).
 */
import { statementById } from '../../facts/all-statements';
import { fireRateById } from '../../facts/daily-fire';
import type { Doubt, DoubtBasis } from '../../facts/doubt';
import type { LaterMessages } from '../../i18n/catalogue';
import { formatExact, formatFixed, formatPercent } from '../../i18n/format';
import { hedgedContainers, hedgedRounds, statementCredit } from '../../i18n/statement-text';
import { numberSpec } from '../../model/inputs';
import type { Interval } from '../../model/ranges';
import type { Sensitivity, Swing, SwingKey } from '../../model/sensitivity';
import type { Lang } from '../../url/view-options';

export type TornadoWords = Pick<LaterMessages, 'sensitivity' | 'facts'>;
export type SensitivityWords = LaterMessages['sensitivity'];

/** A value of an assumption: `valueText('usable', 50, 'en')` → "50%"; containers → "1,000". */
export function valueText(key: SwingKey, value: number, lang: Lang): string {
  return numberSpec(key).unit === 'percent' ? formatPercent(value, lang) : formatExact(value, lang);
}

/** Months of fire, to one decimal: 9.862 → "9.9" (en), "9,9" (uk). */
export function monthsText(months: number, lang: Lang): string {
  return formatFixed(months, lang, 1);
}

/** A span tried: "6,030 to 7,370 containers". */
function spanText(
  key: SwingKey,
  { low, high }: Interval,
  words: SensitivityWords,
  lang: Lang,
): string {
  return words.spans[key](high, valueText(key, low, lang), valueText(key, high, lang));
}

/** The one sentence naming the assumption that matters most, or null when nothing was varied. */
export function leadSentence(
  { months, swings }: Sensitivity,
  words: SensitivityWords,
  lang: Lang,
): string | null {
  const top = swings[0];
  if (!top) return null;
  if (top.monthsAtLow === top.monthsAtHigh) return words.noneMoves(monthsText(months, lang));
  return words.lead(
    words.subjects[top.key],
    spanText(top.key, top.interval, words, lang),
    monthsText(top.monthsAtLow, lang),
    monthsText(top.monthsAtHigh, lang),
  );
}

/** Who said a statement, and when: "South Korea’s defence minister, December 2023". */
function creditOf(id: string, { facts }: TornadoWords, lang: Lang): string {
  const statement = statementById(id);
  return statement ? statementCredit(statement, facts, lang) : id;
}

/** The figure a hedge opens, as the statement gave it: "about 6,700 containers", "as many as 4.8 million". */
function quotedFigure(
  key: SwingKey,
  basis: Extract<DoubtBasis, { kind: 'hedge' }>,
  { facts }: TornadoWords,
  lang: Lang,
): string {
  const statement = statementById(basis.statementId);
  if (key === 'containers' && statement?.containers) {
    return hedgedContainers(statement.containers, facts, lang);
  }
  const [rounds] = statement?.rounds ?? [];
  return rounds ? hedgedRounds(rounds, facts, lang) : formatExact(basis.value, lang);
}

/** Where a span of doubt comes from, in words. */
export function basisText(
  key: SwingKey,
  basis: DoubtBasis,
  words: TornadoWords,
  lang: Lang,
): string {
  const { basis: says, hedgeReadings } = words.sensitivity;
  const rateLabel = (id: string) => fireRateById(id)?.words[lang].label ?? id;
  switch (basis.kind) {
    case 'hedge':
      return says.hedge(quotedFigure(key, basis, words, lang), hedgeReadings[basis.hedge]);
    case 'own-span':
      return says.ownSpan;
    case 'conversions':
      return says.conversions(
        creditOf(basis.lowId, words, lang),
        creditOf(basis.highId, words, lang),
      );
    case 'working':
      return says.working(creditOf(basis.statementId, words, lang));
    case 'rates':
      return says.rates(rateLabel(basis.lowId), rateLabel(basis.highId));
    default:
      // A span an input's facts name (src/facts/input-facts.ts), worded under its kind.
      return says.notes[basis.kind];
  }
}

/**
 * A row's span and what it spans: "6,030 to 7,370 containers: “about 6,700 containers”, read as
 * a tenth either way (our reading)", or "…, your 90% range".
 */
export function rowSpanText(swing: Swing, doubt: Doubt, words: TornadoWords, lang: Lang): string {
  const span = spanText(swing.key, swing.interval, words.sensitivity, lang);
  if (swing.source === 'range' || doubt.interval === null) {
    return words.sensitivity.spanFrom.range(span);
  }
  return words.sensitivity.spanFrom.doubt(span, basisText(swing.key, doubt.basis, words, lang));
}

/** A row read out: "8.9 months at 6,030, 10.8 months at 7,370". */
export function endsText(
  { key, interval, monthsAtLow, monthsAtHigh }: Swing,
  words: SensitivityWords,
  lang: Lang,
): string {
  return words.ends(
    monthsText(monthsAtLow, lang),
    valueText(key, interval.low, lang),
    monthsText(monthsAtHigh, lang),
    valueText(key, interval.high, lang),
  );
}
