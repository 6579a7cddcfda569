/**
 * A statement in words, in a language: its label, who said it, its figures with their hedges, the
 * credit a sentence gives it and its citation. Everything is made from the statement's record
 * (src/facts/statements/), the speakers and outlets tables and the language's `facts` messages, so
 * that no statement is worded twice.
 */
import type { FireRate } from '../facts/daily-fire';
import { impliedPerContainer } from '../facts/divisions';
import type { Lang } from '../facts/langs';
import { OUTLETS, type OutletId } from '../facts/outlets';
import { SPEAKERS, type SpeakerWords } from '../facts/speakers';
import type {
  Hedged,
  RoundsFigure,
  Statement,
  StatementFigures,
  StatementSource,
  StatementWords,
} from '../facts/statement';
import type { Citation } from '../facts/types';
import type { LaterMessages } from './catalogue';
import { dateFormat, formatExact, formatMonthYear, numberFormat } from './format';

type FactsWords = LaterMessages['facts'];

/** An outlet's name as `lang` writes it: "KBS 월드" in Korean, "KBS World" in Ukrainian. */
export function outletName(id: OutletId, lang: Lang): string {
  const names = OUTLETS[id];
  return names[lang] ?? names.en;
}

/** The speaker's names in `lang`. */
export function speakerOf(statement: Pick<Statement, 'speaker'>, lang: Lang): SpeakerWords {
  return SPEAKERS[statement.speaker][lang];
}

/** "Defence Minister Shin Won-sik (Bloomberg interview)", with the first letter a capital. */
export function whoSaid(
  statement: StatementFigures,
  words: StatementWords,
  facts: FactsWords,
  lang: Lang,
): string {
  return capitalised(facts.who(speakerOf(statement, lang).full, words.context), lang);
}

/** Text that starts a line or a cell: its first letter a capital ("міністр…" → "Міністр…"). */
export function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** A count of containers with its hedge: "at least 10,000 containers". */
export function hedgedContainers(containers: Hedged, facts: FactsWords, lang: Lang): string {
  return facts.containers(containers.hedge, containers.value, formatExact(containers.value, lang));
}

/**
 * A reported number of rounds as a newsroom writes it, every digit given kept: 4,800,000 →
 * "4.8 million" (en), "480만" (ko), "4,8 млн" (uk); 270,000 → "270,000".
 */
function reportedNumber(value: number, lang: Lang): string {
  return reportedFormat(value, lang).format(value);
}

/**
 * How a reported figure is written: in words from a million up ("4.8 million"), below that in
 * figures in English ("300,000") and with 만 or тис. in Korean and Ukrainian ("30만", "300 тис.").
 */
function reportedFormat(largest: number, lang: Lang): Intl.NumberFormat {
  if (lang === 'en' && largest < 1_000_000) return numberFormat(lang, {});
  return numberFormat(lang, {
    notation: 'compact',
    compactDisplay: lang === 'en' ? 'long' : 'short',
    maximumSignificantDigits: 3,
  });
}

/** A figure of rounds in words: "4.8 million", or a span "4–6 million", "300,000–500,000". */
function reportedAmount(figure: Pick<RoundsFigure, 'low' | 'high'>, lang: Lang): string {
  if (figure.low === figure.high) return reportedNumber(figure.low, lang);
  return reportedFormat(figure.high, lang).formatRange(figure.low, figure.high);
}

/** Rounds with their hedge: "as many as 4.8 million"; a span: "4–6 million". */
export function hedgedRounds(figure: RoundsFigure, facts: FactsWords, lang: Lang): string {
  return facts.rounds(figure.hedge, reportedAmount(figure, lang));
}

/**
 * The statement's short label, for the picker, the timeline and the comparison: its month, who
 * said it, and its containers (its rounds when it gave no count; its share of Russian use when it
 * gave neither): "Jun 2024 · Shin Won-sik · at least 10,000 containers".
 */
export function statementLabel(statement: StatementFigures, facts: FactsWords, lang: Lang): string {
  const [rounds] = statement.rounds;
  const what = statement.containers
    ? hedgedContainers(statement.containers, facts, lang)
    : rounds
      ? hedgedRounds(rounds, facts, lang)
      : `${formatExact(statement.shareOfRussianUse ?? 0, lang)}%`;
  return facts.label(formatMonthYear(statement.date, lang), speakerOf(statement, lang).name, what);
}

/** Month and year in words, as a sentence credits a figure: "June 2024". */
export function monthYearLong(date: string, lang: Lang): string {
  const day = new Date(`${date}T00:00:00Z`);
  return dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** How a sentence credits a statement: "South Korea’s defence minister, June 2024". */
export function statementCredit(
  statement: StatementFigures,
  facts: FactsWords,
  lang: Lang,
): string {
  return facts.credit(speakerOf(statement, lang).credit, monthYearLong(statement.date, lang));
}

/** A source of a statement as a citation in `lang`: who, the outlet, the date, the link. */
export function sourceCitation(
  statement: StatementFigures,
  source: StatementSource,
  words: StatementWords,
  facts: FactsWords,
  lang: Lang,
): Citation {
  return {
    speaker: whoSaid(statement, words, facts, lang),
    outlet: outletName(source.outlet, lang),
    date: source.date ?? statement.date,
    url: source.url,
  };
}

/** A rate of fire's citation in `lang`: its main report. */
export function fireRateCitation(rate: FireRate, lang: Lang): Citation {
  const [source] = rate.sources;
  return {
    speaker: rate.words[lang].who,
    outlet: outletName(source.outlet, lang),
    date: source.date,
    url: source.url,
  };
}

/**
 * Rounds per container implied by the statement's figures, our division: "480"; with two fillings
 * "448 (152 mm shells) · 75 (122 mm rocket-launcher rounds)"; null without a container count.
 */
export function perContainerText(
  statement: StatementFigures,
  facts: FactsWords,
  lang: Lang,
): string | null {
  const implied = impliedPerContainer(statement);
  if (implied.length === 0) return null;
  const text = (value: number | { low: number; high: number }) =>
    typeof value === 'number'
      ? formatExact(value, lang)
      : numberFormat(lang, {}).formatRange(value.low, value.high);
  if (implied.length === 1) return text(implied[0]?.value ?? 0);
  return implied
    .map(({ calibre, value }) => `${text(value)} (${facts.calibres[calibre]})`)
    .join(' · ');
}
