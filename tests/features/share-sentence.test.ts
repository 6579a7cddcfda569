/**
 * The sentence to quote, in each language, against hand-written text read against FACTS.md: a
 * statement's own figures are quoted with their hedges and a capacity conversion as one ("could
 * hold"), only what the speaker said is credited to the speaker, our division and our calculation
 * say they are ours, a published figure the reader picks is credited to its source, and the
 * review date is given.
 *
 * June 2024: at least 10,000 containers × 480 = 4,800,000 shells; ÷ 10,000 a day = 480 days;
 * ÷ 30.436875 = 15.77 months → "some 16 months". February 2024: 6,700 × 448 = 3,001,600 → 300.16
 * days → 9.86 months → "some 10 months". October 2023: 1,000 × 285 = 285,000 → "about 290,000";
 * 28.5 days → "some 29 days". April 2025: 15,809 × 253–380 a container; its sampled 90% range of
 * days of fire → "some 13 to 20 months".
 */
import { buildSentence, type SentenceInput } from '../../src/features/share/sentence';
import type { Lang } from '../../src/facts/langs';
import type { Inputs } from '../../src/model/inputs';
import { centredInputs } from '../../src/model/ranges';
import { computeResults } from '../../src/model/results';
import { sampleResults } from '../../src/model/sampling';
import { scenarioPreset } from '../../src/url/migrations';
import { MESSAGES } from '../language-on-screen';

const LINK = 'https://example.org/?v=3&scenario=shin-2024-06';

/** Ukrainian text written with plain spaces: Intl groups digits and sets "млн" with no-break spaces. */
const nb = (text: string) => text.replace(/(\d) (?=\d|млн|тис)/g, '$1\u00a0');

/** A preset's inputs with `change`, its results exact, or sampled where it has ranges. */
function preset(scenarioId: string, change: Partial<Inputs> = {}): SentenceInput {
  const { inputs: presetInputs, ranges = {} } = scenarioPreset(scenarioId);
  const inputs = { ...presetInputs, ...change };
  const ranged = Object.keys(ranges).length > 0;
  return {
    scenarioId,
    inputs,
    ranges: { ...ranges },
    results: computeResults(inputs),
    spread: ranged ? sampleResults(centredInputs(inputs, ranges), ranges) : null,
    link: LINK,
    reviewed: '2026-12-05',
  };
}

function sentence(input: SentenceInput, lang: Lang): string {
  const { later } = MESSAGES[lang];
  return buildSentence(input, {
    sentence: later.share.sentence,
    facts: later.facts,
    statements: later.statements,
    lang,
  });
}

describe('a statement’s own figures, quoted with their hedges', () => {
  it.each([
    [
      'shin-2024-06',
      'South Korea’s defence minister, June 2024: at least 10,000 containers could hold as many as 4.8 million shells (480 a container, our division). That is some 16 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    ],
    [
      'shin-2024-02',
      'South Korea’s defence minister, February 2024: about 6,700 containers could hold more than 3 million 152 mm shells (448 a container, our division). That is some 10 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    ],
    [
      'osc-2025-04',
      'The Open Source Centre’s satellite count, with Reuters, April 2025: 15,809 containers carried an estimated 4–6 million shells (253–380 a container, our division). That is some 13 to 20 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    ],
    [
      'isw-2023-10',
      'The Institute for the Study of War (ISW), citing Estonian military intelligence, October 2023: 1,000 containers (counted by the White House, October 2023) could hold 300,000–500,000 shells (300–500 a container, our division). That is some 30 to 50 days of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    ],
  ])('English: %s', (id, expected) => {
    expect(sentence(preset(id), 'en')).toBe(expected);
  });

  it.each([
    [
      'shin-2024-06',
      '신원식 국방부 장관, 2024년 6월: 컨테이너 최소 10,000개에 포탄 최대 480만 발을 담을 수 있음(컨테이너당 480발, 자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 약 16개월 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 출처와 대조했습니다. 계산: ' +
        LINK,
    ],
    [
      'shin-2024-02',
      '신원식 국방부 장관, 2024년 2월: 컨테이너 약 6,700개에 152 mm 포탄 300만 발 이상을 담을 수 있음(컨테이너당 448발, 자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 약 10개월 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 출처와 대조했습니다. 계산: ' +
        LINK,
    ],
    [
      'osc-2025-04',
      '오픈소스센터 위성 집계(로이터 공동), 2025년 4월: 컨테이너 15,809개에 포탄 400만 ~ 600만 발을 실어 보낸 것으로 추정(컨테이너당 253~380발, 자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 13~20개월 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 출처와 대조했습니다. 계산: ' +
        LINK,
    ],
    [
      'isw-2023-10',
      '미국 전쟁연구소(ISW), 2023년 10월: 컨테이너 1,000개(미국 백악관, 2023년 10월 집계)에 포탄 30만 ~ 50만 발을 담을 수 있음(컨테이너당 300~500발, 자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 30~50일 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 출처와 대조했습니다. 계산: ' +
        LINK,
    ],
  ])('Korean: %s', (id, expected) => {
    expect(sentence(preset(id), 'ko')).toBe(expected);
  });

  it.each([
    [
      'shin-2024-06',
      'Міністр оборони Південної Кореї, червень 2024 р.: щонайменше 10 000 контейнерів могли вмістити до 4,8 млн снарядів (480 на контейнер, наш поділ). Цього Росії вистачило б приблизно на 16 місяців вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
    ],
    [
      'shin-2024-02',
      'Міністр оборони Південної Кореї, лютий 2024 р.: близько 6 700 контейнерів могли вмістити понад 3 млн 152-мм снарядів (448 на контейнер, наш поділ). Цього Росії вистачило б приблизно на 10 місяців вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
    ],
    [
      'osc-2025-04',
      'Супутниковий підрахунок Open Source Centre і Reuters, квітень 2025 р.: 15 809 контейнерів, за оцінкою, перевезли 4–6 млн снарядів (253–380 на контейнер, наш поділ). Цього Росії вистачило б на 13–20 місяців вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
    ],
    [
      'isw-2023-10',
      'Інститут вивчення війни (ISW), жовтень 2023 р.: 1 000 контейнерів (підрахунок: Білий дім, жовтень 2023 р.) могли вмістити 300–500 тис. снарядів (300–500 на контейнер, наш поділ). Цього Росії вистачило б на 30–50 днів вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
    ],
  ])('Ukrainian: %s', (id, expected) => {
    expect(sentence(preset(id), 'uk')).toBe(nb(expected) + LINK);
  });
});

describe('our calculation, each figure credited to where it comes from', () => {
  it('credits the White House with its count, confirmed by Seoul, and our reading with 285', () => {
    expect(sentence(preset('mnd-2023-10'), 'en')).toBe(
      'At 285 shells a container (our reading of South Korea’s defence ministry, October 2023), more than 1,000 containers (the White House, October 2023, confirmed by South Korea’s defence ministry, October 2023) would hold about 290,000 shells (our calculation): some 29 days of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
    expect(sentence(preset('mnd-2023-10'), 'ko')).toBe(
      '컨테이너 1개에 포탄 285발(한국 국방부, 2023년 10월 발표에 대한 자체 해석)을 싣는다면, 컨테이너 1,000개 이상(미국 백악관, 2023년 10월, 한국 국방부, 2023년 10월 확인)에는 포탄 약 290,000 발이 들어갑니다(자체 계산). 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 약 29일 동안 쏠 수 있는 양입니다. 수치는 2026년 12월 5일에 출처와 대조했습니다. 계산: ' +
        LINK,
    );
    expect(sentence(preset('mnd-2023-10'), 'uk')).toBe(
      nb(
        'Якщо в контейнері 285 снарядів (наше прочитання заяви: Міноборони Південної Кореї, жовтень 2023 р.), то понад 1 000 контейнерів (Білий дім, жовтень 2023 р.; підтвердження: Міноборони Південної Кореї, жовтень 2023 р.) вмістили б близько 290 000 снарядів (наш розрахунок). Цього Росії вистачило б приблизно на 29 днів вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
      ) + LINK,
    );
  });

  it('says a changed count is the reader’s and the total ours, never the minister’s', () => {
    // 12,000 × 480 = 5,760,000 → "about 5.8 million"; 576 days = 18.9 months → 19.
    expect(sentence(preset('shin-2024-06', { containers: 12_000 }), 'en')).toBe(
      'At 480 shells a container (our division of the figures of South Korea’s defence minister, June 2024), 12,000 containers (your assumption) would hold about 5.8 million shells (our calculation): some 19 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
  });

  it('credits a published value the reader picked: half working (HUR), Syrskyi’s rate, the US count', () => {
    // 3,001,600 × 0.5 = 1,500,800 → "about 1.5 million"; ÷ 44,500 = 33.7 days → 34.
    expect(sentence(preset('shin-2024-02', { usable: 50, daily: 44_500 }), 'en')).toBe(
      'At 448 shells a container (our division of the figures of South Korea’s defence minister, February 2024), about 6,700 containers (South Korea’s defence minister, February 2024) would hold about 1.5 million shells (our calculation), if 100% of the containers hold shells (our assumption) and 50% of the shells work (Ukrainian military intelligence, February 2024): some 34 days of Russian fire at 44,500 shells a day (Syrskyi, 6–14 Aug 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
    // 16,500 × 429 = 7,078,500 → "about 7.1 million"; 707.85 days = 23.3 months → 23.
    expect(sentence(preset('dia-2025-07', { containers: 16_500 }), 'uk')).toBe(
      nb(
        'Якщо в контейнері 429 снарядів (наш поділ цифр: оборонна розвідка Південної Кореї, липень 2025 р.), то понад 16 500 контейнерів (Держдепартамент США, вересень 2024 р.) вмістили б близько 7,1 млн снарядів (наш розрахунок). Цього Росії вистачило б приблизно на 23 місяці вогню, якщо вона випускає 10 000 снарядів на день (RUSI і НАТО, початок 2024 р.). Цифри звірено з джерелами 5 грудня 2026 р. Розрахунок: ',
      ) + LINK,
    );
    expect(sentence(preset('dia-2025-07', { containers: 16_500 }), 'ko')).toContain(
      '컨테이너 16,500개 이상(미국 국무부, 2024년 9월)에는 포탄 약 710만 발이 들어갑니다(자체 계산).',
    );
  });

  it('credits the NIS with nothing but its million: its old preset’s numbers are our readings', () => {
    const text = sentence(preset('nis-2023-11'), 'en');
    expect(text).toBe(
      'At 448 shells a container (our reading of South Korea’s National Intelligence Service (NIS), November 2023), 2,232 containers (our reading of South Korea’s National Intelligence Service (NIS), November 2023) would hold about 1.0 million shells (our calculation): some 60 days of Russian fire at 16,700 shells a day (our reading of South Korea’s National Intelligence Service (NIS), November 2023). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
  });

  it('gives the sampled 90% range with ranges the reader set', () => {
    const input = preset('shin-2024-02', { containers: 9_333, daily: 9_798 });
    input.ranges = {
      containers: { low: 6_700, high: 13_000 },
      daily: { low: 8_000, high: 12_000 },
    };
    input.spread = {
      totalShells: { low: 2_950_000, median: 4_100_000, high: 5_840_000 },
      totalRockets: { low: 0, median: 0, high: 0 },
      daysOfFire: { low: 300, median: 420, high: 580 },
    };
    // 300 ÷ 30.44 = 9.86 → 10 months; 580 ÷ 30.44 = 19.06 → 19 months.
    expect(sentence(input, 'en')).toBe(
      'At 448 shells a container (our division of the figures of South Korea’s defence minister, February 2024), 6,700–13,000 containers (your assumption) would hold between 3.0 million and 5.8 million shells (our calculation): some 10 to 19 months of Russian fire at 8,000–12,000 shells a day (your assumption). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
  });

  it('counts days below two months, and agrees in number', () => {
    const one = preset('shin-2024-06', { perContainer: 1, containers: 304_369 });
    // 304,369 shells ÷ 10,000 = 30.44 days: under 60, so days: 30.
    expect(sentence(one, 'en')).toContain('At 1 shell a container (your assumption)');
    expect(sentence(one, 'en')).toContain('some 30 days of Russian fire');
    const uaOne = preset('shin-2024-06', { containers: 1, perContainer: 2, daily: 1 });
    expect(sentence(uaOne, 'uk')).toContain(
      'Якщо в контейнері 2 снаряди (ваше припущення), то 1 контейнер (ваше припущення) вмістив би близько 2 снарядів',
    );
    expect(sentence(uaOne, 'uk')).toContain('випускає 1 снаряд на день');
  });
});

describe('a calibre mix (CONTRACT §6)', () => {
  // Feb 2024 half and half: 6,700 × 448 × 50% = 1,500,800 shells → "about 1.5 million"; ÷ 10,000
  // = 150.08 days = 4.93 months → "some 5 months"; 6,700 × 75 × 50% = 251,250 rockets → "about
  // 250,000". The statement's own claim (3 million shells) is not quoted: the total is ours.
  const half = () => preset('shin-2024-02', { rocketShare: 50 });

  it('says the total is our calculation and names the rockets, with who gave each figure (en)', () => {
    expect(sentence(half(), 'en')).toBe(
      'At 448 shells a container (our division of the figures of South Korea’s defence minister, February 2024), about 6,700 containers (South Korea’s defence minister, February 2024) would hold about 1.5 million shells (our calculation), with 50% of them holding about 250,000 122 mm rocket-launcher rounds instead (our reading of South Korea’s defence minister, February 2024; 75 a container, our division of the figures of South Korea’s defence minister, February 2024): some 5 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on December 5, 2026. Calculation: ' +
        LINK,
    );
  });

  it('says the same in Korean and Ukrainian', () => {
    expect(sentence(half(), 'ko')).toContain(
      '포탄 약 150만 발이 들어갑니다(자체 계산). 컨테이너의 50%(신원식 국방부 장관, 2024년 2월 발표에 대한 자체 해석)에는 포탄 대신 122 mm 방사포탄이 컨테이너당 75발(신원식 국방부 장관, 2024년 2월 수치를 나눈 자체 계산)씩, 모두 약 250,000 발 실려 있다고 가정했습니다. 러시아가 하루 10,000발(RUSI와 NATO, 2024년 초)을 쏜다면 약 5개월 동안',
    );
    expect(sentence(half(), 'uk')).toContain(
      // The amount's digits are grouped with no-break spaces; the calibre follows a plain one.
      nb(
        'вмістили б близько 1,5 млн снарядів (наш розрахунок). Враховано, що 50% контейнерів (наше прочитання заяви: міністр оборони Південної Кореї, лютий 2024 р.) везли замість снарядів близько 250 000',
      ) +
        ' 122-мм реактивних снарядів, по 75 на контейнер (наш поділ цифр: міністр оборони Південної Кореї, лютий 2024 р.). Цього Росії вистачило б приблизно на 5 місяців',
    );
  });

  it('never quotes the statement’s all-shells claim once any container holds rockets', () => {
    // 896 a container with half rockets makes 3,001,600 shells again: still our calculation.
    const text = sentence(preset('shin-2024-02', { rocketShare: 50, perContainer: 896 }), 'en');
    expect(text).not.toContain('could hold');
    expect(text).toContain('(our calculation), with 50% of them holding about 250,000');
  });
});
