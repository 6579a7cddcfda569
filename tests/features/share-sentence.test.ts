/**
 * The sentence to quote, in each language, against hand-worked text. The June 2024 statement:
 * 10,000 containers × 480 = 4,800,000 shells → "about 4.8 million"; ÷ 10,000 a day = 480 days;
 * ÷ 30.436875 days a month = 15.77 months → "some 16 months".
 */
import {
  buildSentence,
  sentenceSources,
  type SentenceInput,
} from '../../src/features/share/sentence';
import { presetById } from '../../src/facts/presets';
import { share as en } from '../../src/i18n/messages/en/share';
import { share as ko } from '../../src/i18n/messages/ko/share';
import { share as uk } from '../../src/i18n/messages/uk/share';
import type { Inputs } from '../../src/model/inputs';
import { computeResults } from '../../src/model/results';
import type { ScenarioId } from '../../src/facts/types';

const LINK = 'https://example.org/?v=2&scenario=shin-2024-06';

/** Ukrainian text written with plain spaces: Intl groups digits and sets "млн" with no-break spaces. */
const nb = (text: string) => text.replace(/(\d) (?=\d|млн)/g, '$1\u00a0');

function exact(scenarioId: ScenarioId, change: Partial<Inputs> = {}): SentenceInput {
  const inputs = { ...presetById(scenarioId).inputs, ...change };
  return {
    scenarioId,
    inputs,
    ranges: { ...presetById(scenarioId).ranges },
    results: computeResults(inputs),
    spread: null,
    link: LINK,
  };
}

/**
 * February 2024 with containers 6,700..13,000 and daily fire 8,000..12,000, 60% of containers
 * holding shells, 90% working; a sampled 90% interval of 2.95–5.84 million shells and 300–580
 * days: 300 ÷ 30.44 = 9.86 → 10 months, 580 ÷ 30.44 = 19.06 → 19 months.
 */
function ranged(): SentenceInput {
  const inputs = {
    ...presetById('shin-2024-02').inputs,
    containers: 9_333,
    daily: 9_798,
    share: 60,
    usable: 90,
  };
  return {
    scenarioId: 'shin-2024-02',
    inputs,
    ranges: { containers: { low: 6_700, high: 13_000 }, daily: { low: 8_000, high: 12_000 } },
    results: computeResults(inputs),
    spread: {
      totalShells: { low: 2_950_000, median: 4_100_000, high: 5_840_000 },
      daysOfFire: { low: 300, median: 420, high: 580 },
    },
    link: 'L',
  };
}

describe('the sentence, one number each', () => {
  it('English', () => {
    expect(buildSentence(exact('shin-2024-06'), en.sentence, 'en')).toBe(
      'At 480 shells a container (worked out from the same statement), 10,000 containers ' +
        "(South Korea's defence minister, June 2024) hold about 4.8 million shells, some 16 months " +
        'of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). ' +
        `Calculation: ${LINK}`,
    );
  });

  it('Korean', () => {
    expect(buildSentence(exact('shin-2024-06'), ko.sentence, 'ko')).toBe(
      '컨테이너 1개에 포탄 480발(같은 발표의 수치로 계산)이 들어 있다고 보면, ' +
        '컨테이너 10,000개(신원식 국방부 장관, 2024년 6월)에는 약 480만 발이 들어갑니다. ' +
        '러시아가 하루 10,000발(RUSI·NATO, 2024년 초)을 쏜다면 약 16개월 동안 쏠 수 있는 양입니다. ' +
        `계산: ${LINK}`,
    );
  });

  it('Ukrainian', () => {
    expect(buildSentence(exact('shin-2024-06'), uk.sentence, 'uk')).toBe(
      nb(
        'Якщо в контейнері 480 снарядів (обчислено з тієї ж заяви), то 10 000 контейнерів ' +
          '(міністр оборони Південної Кореї, червень 2024 р.) вміщують близько 4,8 млн снарядів. ' +
          'Цього Росії вистачило б приблизно на 16 місяців вогню, якщо вона випускає 10 000 ' +
          'снарядів на день (RUSI і НАТО, початок 2024 р.). ' +
          `Розрахунок: ${LINK}`,
      ),
    );
  });

  it('counts days when the shells last under two months', () => {
    // October 2023: 1,000 × 285 = 285,000 → "about 290,000"; ÷ 10,000 = 28.5 days → 29.
    const input = exact('mnd-2023-10');
    expect(buildSentence(input, en.sentence, 'en')).toContain(
      "1,000 containers (South Korea's defence ministry, October 2023) hold about 290,000 shells, some 29 days of Russian fire",
    );
    expect(buildSentence(input, ko.sentence, 'ko')).toContain('약 290,000 발이 들어갑니다');
    expect(buildSentence(input, ko.sentence, 'ko')).toContain('약 29일 동안');
    expect(buildSentence(input, uk.sentence, 'uk')).toContain(
      nb('вміщують близько 290 000 снарядів. Цього Росії вистачило б приблизно на 29 днів вогню'),
    );
  });

  it('rounds long spans to two digits: 48 million shells last 157.7 months → 160', () => {
    const input = exact('shin-2024-06', { containers: 100_000 });
    expect(buildSentence(input, en.sentence, 'en')).toContain(
      '100,000 containers (your assumption) hold about 48 million shells, some 160 months',
    );
  });

  it('agrees in number: 1 shell a container, 1 month; Ukrainian 1 контейнер, 2 місяці', () => {
    const one = exact('shin-2024-06', { perContainer: 1, containers: 304_369 });
    // 304,369 shells ÷ 10,000 = 30.44 days = 1.0 month: under 60 days, so days: 30.
    expect(buildSentence(one, en.sentence, 'en')).toContain('At 1 shell a container');
    expect(buildSentence(one, en.sentence, 'en')).toContain('some 30 days');
    const uaOne = exact('shin-2024-06', { containers: 1, perContainer: 2, daily: 1 });
    expect(buildSentence(uaOne, uk.sentence, 'uk')).toContain(
      'Якщо в контейнері 2 снаряди (власне припущення), то 1 контейнер (власне припущення) вміщує близько 2 снарядів',
    );
    expect(buildSentence(uaOne, uk.sentence, 'uk')).toContain('випускає 1 снаряд на день');
  });
});

describe('the sentence with ranges', () => {
  it('English', () => {
    expect(buildSentence(ranged(), en.sentence, 'en')).toBe(
      'At 448 shells a container (worked out from the same statement), 6,700–13,000 containers ' +
        '(your assumption) hold between 3.0 million and 5.8 million shells, some 10 to 19 months ' +
        'of Russian fire at 8,000–12,000 shells a day (your assumption). This assumes 60% of the ' +
        'containers hold shells and 90% of the shells work (your assumption). Calculation: L',
    );
  });

  it('Korean', () => {
    expect(buildSentence(ranged(), ko.sentence, 'ko')).toBe(
      '컨테이너 1개에 포탄 448발(같은 발표의 수치로 계산)이 들어 있다고 보면, ' +
        '컨테이너 6,700~13,000개(직접 입력한 가정)에는 300만~580만 발이 들어갑니다. ' +
        '러시아가 하루 8,000~12,000발(직접 입력한 가정)을 쏜다면 10~19개월 동안 쏠 수 있는 양입니다. ' +
        '컨테이너의 60%에 포탄이 실려 있고 그중 90%가 작동한다고 가정했습니다(직접 입력한 가정). 계산: L',
    );
  });

  it('Ukrainian', () => {
    expect(buildSentence(ranged(), uk.sentence, 'uk')).toBe(
      nb(
        'Якщо в контейнері 448 снарядів (обчислено з тієї ж заяви), то 6 700–13 000 контейнерів ' +
          '(власне припущення) вміщують від 3,0 млн до 5,8 млн снарядів. Цього Росії вистачило б ' +
          'на 10–19 місяців вогню, якщо вона випускає 8 000–12 000 снарядів на день (власне ' +
          'припущення). Враховано, що снаряди є в 60% контейнерів і справні 90% з них (власне ' +
          'припущення). Розрахунок: L',
      ),
    );
  });

  it('says "about" when both ends round to the same figure', () => {
    const input = ranged();
    input.spread = {
      totalShells: { low: 4_760_000, median: 4_800_000, high: 4_840_000 },
      daysOfFire: { low: 476, median: 480, high: 484 },
    };
    expect(buildSentence(input, en.sentence, 'en')).toContain(
      'hold about 4.8 million shells, some 16 months',
    );
  });

  it('names the satellite count as the source of its own range of shells per container', () => {
    const input = exact('osc-2025-04');
    input.spread = {
      totalShells: { low: 4_200_000, median: 4_900_000, high: 5_800_000 },
      daysOfFire: { low: 420, median: 490, high: 580 },
    };
    expect(buildSentence(input, en.sentence, 'en')).toContain(
      'At 266–367 shells a container (Open Source Centre, April 2025), 15,800 containers (Open Source Centre, April 2025) hold between 4.2 million and 5.8 million shells, some 14 to 19 months',
    );
  });
});

describe('the sources', () => {
  const words = en.sentence;

  it('name the statement, the division and the rate while they are the defaults', () => {
    expect(sentenceSources(exact('shin-2024-06'), words)).toEqual({
      containers: "South Korea's defence minister, June 2024",
      perContainer: 'worked out from the same statement',
      daily: 'RUSI and NATO, early 2024',
    });
  });

  it('say "your assumption" for a figure the reader changed', () => {
    expect(sentenceSources(exact('shin-2024-06', { perContainer: 500 }), words)).toEqual({
      containers: "South Korea's defence minister, June 2024",
      perContainer: 'your assumption',
      daily: 'RUSI and NATO, early 2024',
    });
    expect(sentenceSources(exact('shin-2024-06', { containers: 12_000 }), words).containers).toBe(
      'your assumption',
    );
  });

  it('name a published rate of fire the reader picked, but not Ukraine’s own', () => {
    expect(sentenceSources(exact('shin-2024-06', { daily: 20_000 }), words).daily).toBe(
      'a US defence official, November 2022',
    );
    expect(sentenceSources(exact('shin-2024-06', { daily: 2_000 }), words).daily).toBe(
      'your assumption',
    );
  });

  it('give the NIS statement the borrowed ratio and its implied rate', () => {
    expect(sentenceSources(exact('nis-2023-11'), words)).toEqual({
      containers: "South Korea's National Intelligence Service (NIS), November 2023",
      perContainer: "South Korea's defence minister's ratio, February 2024",
      daily: 'implied by the NIS, November 2023',
    });
  });

  it('treat a range the statement did not give as the reader’s', () => {
    const input = exact('shin-2024-06');
    input.ranges = { perContainer: { low: 400, high: 560 } };
    expect(sentenceSources(input, words).perContainer).toBe('your assumption');
  });
});
