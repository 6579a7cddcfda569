/**
 * Invariant: every statement's record has its words in every language (src/facts/statements/):
 * a summary and a period always, the rounds as reported when it gives rounds or a share of
 * Russia's ammunition, and nothing else; the Korean and Ukrainian words are translations, with
 * no English left but the Latin names that Ukrainian press keeps (Reuters, Bloomberg…), which the
 * page marks as English; and each language's messages carry exactly the records' words.
 */
import { STATEMENTS } from '../../src/facts/all-statements';
import type { StatementWords } from '../../src/facts/statement';
import { statements as en } from '../../src/i18n/messages/en/statements';
import { statements as ko } from '../../src/i18n/messages/ko/statements';
import { statements as uk } from '../../src/i18n/messages/uk/statements';

const LANGUAGES = { en, ko, uk } as const;

/** Names Ukrainian and Korean text keeps in Latin letters, and units. */
const LATIN_NAMES = new Set([
  'mm',
  'ISW',
  'HUR',
  'MSMT',
  'Bloomberg',
  'C4ADS',
  'CSIS',
  'Newsweek',
  'Open',
  'Source',
  'Centre',
  'Politico',
  'The',
  'Washington',
  'Post',
  'Times',
  'RUSI',
  'Reuters',
  'YTN',
  'Yomiuri',
  'Yonhap',
]);

const texts = (words: StatementWords) => [
  words.summary,
  words.period,
  words.rounds ?? '',
  words.context ?? '',
  words.containersNote ?? '',
  ...Object.values(words.readings ?? {}),
];

const latinWords = (text: string) =>
  (text.match(/[A-Za-z0-9][A-Za-z0-9’']*[A-Za-z]/g) ?? []).filter((word) => !LATIN_NAMES.has(word));

describe.each(Object.entries(LANGUAGES))('the statements’ words in %s', (_lang, words) => {
  it('are there for every statement, and for no other', () => {
    expect(Object.keys(words).sort()).toEqual(STATEMENTS.map(({ id }) => id).sort());
  });

  it.each(STATEMENTS.map((statement) => [statement.id, statement] as const))(
    '%s: a summary, a period, and its rounds as reported when it has any',
    (id, statement) => {
      const text = words[id];
      expect(text?.summary.trim()).not.toBe('');
      expect(text?.period.trim()).not.toBe('');
      const hasRounds = statement.rounds.length > 0 || statement.shareOfRussianUse !== undefined;
      expect(text?.rounds !== undefined, 'rounds as reported').toBe(hasRounds);
    },
  );
});

describe.each([
  ['ko', ko],
  ['uk', uk],
] as const)('the statements in %s', (lang, words) => {
  it('leave no English word but the names kept in Latin letters', () => {
    expect(Object.values(words).flatMap(texts).flatMap(latinWords)).toEqual([]);
  });

  it.each(STATEMENTS.map(({ id }) => id))('%s is translated, not copied', (id) => {
    expect(words[id]?.summary).not.toBe(en[id]?.summary);
    // Every reading explained in English is explained in this language too.
    expect(Object.keys(words[id]?.readings ?? {}).sort(), lang).toEqual(
      Object.keys(en[id]?.readings ?? {}).sort(),
    );
  });
});
