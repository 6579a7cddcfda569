/**
 * The solver's sentences in each language. Defaults: 6,700 containers × 448 shells = 3,001,600
 * shells at 10,000 a day. Twelve months (365.2425 days) need 3,652,425 shells: 545.138 a
 * container; 545.1 × 43.56 kg = 23.7 t, under the 28.2 t payload, within the published 253–615
 * (the presets of FACTS §1 as reviewed: from the satellite count's 4 million ÷ 15,809 = 253, to
 * the NIS's 8 million ÷ 13,000 = 615, mixed calibres). 636 a container (about 14 months) weigh
 * 636 × 43.56 = 27,704.16 kg = 27.7 t, still under the payload but above every published figure.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { PUBLISHED_SPANS } from '../../src/facts/published-spans';
import {
  answerText,
  applyTexts,
  defaultTargetText,
  failureText,
  readTarget,
  verdictDetails,
} from '../../src/features/solver/solver-words';
import { later as en } from '../../src/i18n/messages/en/later';
import { later as ko } from '../../src/i18n/messages/ko/later';
import { later as uk } from '../../src/i18n/messages/uk/later';
import { solutionPlausibility } from '../../src/model/solve';

/** Intl groups Ukrainian digits with no-break spaces; the expected texts here use plain ones. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

const TWELVE_MONTHS = { kind: 'months', months: 12 } as const;
const within = solutionPlausibility(
  DEFAULT_INPUTS,
  'perContainer',
  545.1,
  PUBLISHED_SPANS.perContainer,
);
const beyond = solutionPlausibility(
  DEFAULT_INPUTS,
  'perContainer',
  636,
  PUBLISHED_SPANS.perContainer,
);
const refused = solutionPlausibility(
  DEFAULT_INPUTS,
  'perContainer',
  45_428,
  PUBLISHED_SPANS.perContainer,
);

describe(answerText, () => {
  it.each([
    ['en', en, 'To last 12 months, each container would need about 545 shells (545.14).'],
    [
      'ko',
      ko,
      '포탄이 12개월 동안 버티려면 컨테이너 하나에 포탄이 약 545발(545.14) 들어 있어야 합니다.',
    ],
    [
      'uk',
      uk,
      'Щоб снарядів вистачило на 12 місяців, у кожному контейнері мало б бути приблизно 545 снарядів (545,14).',
    ],
  ] as const)('words a number of months in %s', (lang, words, sentence) => {
    expect(plain(answerText(TWELVE_MONTHS, 'perContainer', 545.138, words, lang))).toBe(sentence);
  });

  it.each([
    [
      'en',
      en,
      'To deliver 5,000,000 working shells, North Korea would have to have sent about 8,153 containers (8,152.73).',
    ],
    [
      'ko',
      ko,
      '작동하는 포탄 5,000,000발을 보내려면 북한이 컨테이너를 약 8,153개(8,152.73) 보냈어야 합니다.',
    ],
    // 8,153 ends in 3: "контейнери"; 5,000,000: "справних снарядів"; spaces group the digits
    [
      'uk',
      uk,
      'Щоб доставити 5 000 000 справних снарядів, Північна Корея мала б відправити приблизно 8 153 контейнери (8 152,73).',
    ],
  ] as const)('words a total and a number of containers in %s', (lang, words, sentence) => {
    expect(
      plain(answerText({ kind: 'total', shells: 5e6 }, 'containers', 8152.73, words, lang)),
    ).toBe(sentence);
  });

  it.each([
    [
      'en',
      en,
      'To last until September 13, 2024, Russia would have to fire about 8,218 shells a day (8,218.10).',
    ],
    [
      'ko',
      ko,
      '포탄이 2024년 9월 13일까지 버티려면 러시아가 하루에 약 8,218발(8,218.10)을 쏴야 합니다.',
    ],
    [
      'uk',
      uk,
      'Щоб снарядів вистачило до 13 вересня 2024 р., Росія мала б випускати приблизно 8 218 снарядів на добу (8 218,10).',
    ],
  ] as const)(
    'words a last day and a daily rate in %s, the date through Intl',
    (lang, words, sentence) => {
      expect(
        plain(answerText({ kind: 'lastDay', date: '2024-09-13' }, 'daily', 8218.1, words, lang)),
      ).toBe(sentence);
    },
  );

  it('takes the Ukrainian plural from the count: 1 місяць, 2 місяці, 1,5 місяця', () => {
    const months = (count: number) =>
      answerText({ kind: 'months', months: count }, 'perContainer', 545.138, uk, 'uk').split(
        ',',
      )[0];
    expect(months(1)).toBe('Щоб снарядів вистачило на 1 місяць');
    expect(months(2)).toBe('Щоб снарядів вистачило на 2 місяці');
    expect(plain(answerText({ kind: 'months', months: 1.5 }, 'perContainer', 68.1, uk, 'uk'))).toBe(
      'Щоб снарядів вистачило на 1,5 місяця, у кожному контейнері мало б бути приблизно 68 снарядів (68,10).',
    );
  });
});

describe(verdictDetails, () => {
  it.each([
    [
      'en',
      en,
      'They would weigh 23.7 t, within the 28.2 t a container can carry. That is within the published figures (253 to 615 shells a container).',
    ],
    [
      'ko',
      ko,
      '무게는 23.7톤으로, 컨테이너 한 대에 실을 수 있는 28.2톤 이내입니다. 공개된 수치 범위 안에 있습니다(컨테이너당 253~615발).',
    ],
    [
      'uk',
      uk,
      'Вони важили б 23,7 т — у межах 28,2 т, які може взяти контейнер. Це в межах опублікованих цифр (від 253 до 615 снарядів на контейнер).',
    ],
  ] as const)('judges 545.1 shells a container in %s', (lang, words, text) => {
    expect(within.verdict).toBe('plausible');
    expect(plain(verdictDetails(within, 'perContainer', words, lang).join(' '))).toBe(text);
  });

  it.each([
    [
      'en',
      en,
      'They would weigh 27.7 t, within the 28.2 t a container can carry. That is more than any published figure (253 to 615 shells a container).',
    ],
    [
      'ko',
      ko,
      '무게는 27.7톤으로, 컨테이너 한 대에 실을 수 있는 28.2톤 이내입니다. 공개된 어떤 수치보다도 많습니다(컨테이너당 253~615발).',
    ],
    [
      'uk',
      uk,
      'Вони важили б 27,7 т — у межах 28,2 т, які може взяти контейнер. Це більше за будь-яку опубліковану цифру (від 253 до 615 снарядів на контейнер).',
    ],
  ] as const)(
    'judges 636 shells a container, beyond the published figures, in %s',
    (lang, words, text) => {
      expect(beyond.verdict).toBe('beyond-published');
      expect(plain(verdictDetails(beyond, 'perContainer', words, lang).join(' '))).toBe(text);
    },
  );

  it.each([
    ['en', en, 'The calculator cannot use it: Shells per container must be 5,000 or less.'],
    ['ko', ko, '계산기에 넣을 수 없습니다. 컨테이너당 포탄 수는 5,000 이하여야 합니다.'],
    [
      'uk',
      uk,
      'Калькулятор не може цього прийняти: «Снарядів на контейнер» — має бути не більше 5 000.',
    ],
  ] as const)(
    'says in %s why a value beyond the field’s bounds cannot be used',
    (lang, words, text) => {
      expect(plain(verdictDetails(refused, 'perContainer', words, lang).at(-1))).toBe(text);
    },
  );
});

describe(applyTexts, () => {
  it.each([
    ['en', en, 'Use 545.1 shells a container'],
    ['ko', ko, '컨테이너당 545.1발 적용'],
    ['uk', uk, 'Взяти 545,1 снаряда на контейнер'],
  ] as const)(
    'names the button in %s with the number as the language writes it',
    (lang, words, button) => {
      expect(plain(applyTexts('perContainer', 545.1, words, lang).button)).toBe(button);
    },
  );
});

describe(readTarget, () => {
  it.each([
    ['en', en, '5,000,000'],
    ['ko', ko, '5,000,000'],
    ['uk', uk, '5 000 000'],
  ] as const)('reads and offers the default total as %s writes it', (lang, words, text) => {
    expect(defaultTargetText('total', lang)).toBe(
      text.replace(' ', '\u00a0').replace(' ', '\u00a0'),
    );
    expect(readTarget('total', text, words, lang)).toEqual({
      ok: true,
      target: { kind: 'total', shells: 5_000_000 },
    });
  });

  it('reads a Ukrainian decimal comma: 12,5 months', () => {
    expect(readTarget('months', '12,5', uk, 'uk')).toEqual({
      ok: true,
      target: { kind: 'months', months: 12.5 },
    });
  });

  it.each([
    ['en', en, 'Not a number'],
    ['ko', ko, ko.assumptions.reasons.notANumber],
    ['uk', uk, uk.assumptions.reasons.notANumber],
  ] as const)('refuses text that is no number in %s, as the fields do', (lang, words, message) => {
    expect(readTarget('months', 'abc', words, lang)).toEqual({ ok: false, message });
  });
});

describe(failureText, () => {
  it.each([
    [
      'en',
      en,
      'The shells last at least until the count date, February 26, 2024: pick a later day',
    ],
    [
      'ko',
      ko,
      '포탄은 적어도 집계일인 2024년 2월 26일까지는 버팁니다. 그보다 늦은 날을 고르십시오',
    ],
    [
      'uk',
      uk,
      'Снарядів вистачить щонайменше до дати підрахунку, 26 лютого 2024 р.: оберіть пізніший день',
    ],
  ] as const)('refuses a last day before the count in %s', (lang, words, text) => {
    expect(
      plain(
        failureText(
          { kind: 'last-day-not-after-count', end: '2024-02-26' },
          'containers',
          words,
          lang,
        ),
      ),
    ).toBe(text);
  });

  it.each([
    ['en', en, 'With Shells that work at 0%, no number of containers can meet the target.'],
    [
      'ko',
      ko,
      `${ko.assumptions.labels.usable} 값이 0%이면 컨테이너 수를 얼마로 잡아도 목표를 이룰 수 없습니다.`,
    ],
    [
      'uk',
      uk,
      `Якщо «${uk.assumptions.labels.usable}» — 0%, цілі не досягти за жодного значення «Контейнерів».`,
    ],
  ] as const)('says in %s that nothing is delivered when no shell works', (lang, words, text) => {
    expect(
      plain(
        failureText({ kind: 'nothing-delivered', zeroKey: 'usable' }, 'containers', words, lang),
      ),
    ).toBe(text);
  });
});
