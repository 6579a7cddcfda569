import type { IsoDate } from '../model/calendar';
import type { DatedRate } from '../model/fire-series';
import type { Interval } from '../model/ranges';
import type { Lang } from './langs';
import { RUSI_DAILY } from './reference-inputs';
import type { StatementSource } from './statement';

/** A rate's words in one language. */
interface FireRateWords {
  /** Who and when, short: "RUSI and NATO, early 2024". Also how the copied sentence credits it. */
  label: string;
  /** Who said it, in full, for the citation: "NATO and European intelligence officials, via CNN". */
  who: string;
  /** What the figure counts, and how it was worked out when it was. */
  note: string;
}

/** A published rate of artillery fire (FACTS.md §2), with its words in every language. */
export interface FireRate {
  id: string;
  /** Rounds a day: one number, or a published span (Syrskyi, Apr 2025: 27,000–28,000). */
  perDay: number | Interval;
  /** Russia's fire, or Ukraine's own, listed only for comparison. */
  side: 'russia' | 'ukraine';
  /** True when the rate is our division of a published total (RUSI's 12 million in 2022 ÷ 365). */
  derived: boolean;
  /** The days the rate describes, when the source dates it: Syrskyi's series over time. */
  period?: { from: IsoDate; to: IsoDate };
  /** Given as a floor: "more than 30,000" (Syrskyi, Oct–Dec 2023). */
  atLeast?: true;
  /** The main report first; its date is the report's. */
  sources: readonly [Required<StatementSource>, ...StatementSource[]];
  words: Record<Lang, FireRateWords>;
}

const NATO_VIA_CNN: Required<StatementSource> = {
  outlet: 'ukrainska-pravda',
  url: 'https://www.pravda.com.ua/eng/news/2024/03/11/7445934/',
  date: '2024-03-11',
};

const SYRSKYI_2024: Required<StatementSource> = {
  outlet: 'censor-net',
  url: 'https://censor.net/en/news/3505734/syrskyi_told_about_the_ratio_of_ammunition_in_the_ukrainian_armed_forces_and_the_enemy',
  date: '2024-08-20',
};

/** Syrskyi's words for a rate he gave, in each language: "Syrskyi, {when}". */
const syrskyi = (
  when: Record<Lang, string>,
  note: Record<Lang, string>,
): Record<Lang, FireRateWords> => ({
  en: {
    label: `Syrskyi, ${when.en}`,
    who: 'Oleksandr Syrskyi, Ukraine’s commander-in-chief',
    note: note.en,
  },
  ko: {
    label: `시르스키, ${when.ko}`,
    who: '올렉산드르 시르스키 우크라이나군 총사령관',
    note: note.ko,
  },
  uk: {
    label: `Сирський, ${when.uk}`,
    who: 'головнокомандувач ЗСУ Олександр Сирський',
    note: note.uk,
  },
});

const UKRAINIAN_COUNT = {
  en: 'Ukrainian commanders’ counts likely include more weapons than Western figures do.',
  ko: '우크라이나 지휘부의 집계는 서방 수치보다 많은 종류의 무기를 셀 가능성이 큽니다.',
  uk: 'Українські командири, ймовірно, рахують більше видів зброї, ніж західні оцінки.',
};

/**
 * How fast Russia fires (FACTS.md §2), Western figures first, then Ukrainian ones over time, and
 * Ukraine's own rate for comparison. The first is the default of every preset.
 */
export const FIRE_RATES: readonly FireRate[] = [
  {
    id: 'rusi-2024',
    perDay: RUSI_DAILY,
    side: 'russia',
    derived: false,
    sources: [
      {
        outlet: 'firstpost',
        url: 'https://www.firstpost.com/world/north-korea-artillery-sheels-russia-ukraine-war-south-korea-putin-kim-jong-un-13743031.html',
        date: '2024-02-27',
      },
      NATO_VIA_CNN,
    ],
    words: {
      en: {
        label: 'RUSI and NATO, early 2024',
        who: 'RUSI, cited by The Wall Street Journal; NATO and European intelligence, via CNN',
        note: 'Russian artillery rounds a day in early 2024, about five times Ukraine’s: RUSI’s figure of January, matched by NATO and European intelligence in March.',
      },
      ko: {
        label: 'RUSI와 NATO, 2024년 초',
        who: 'RUSI(월스트리트저널 인용), NATO·유럽 정보 당국(CNN 보도)',
        note: '2024년 초 러시아의 하루 포탄 사용량으로, 우크라이나의 약 다섯 배입니다. 1월 RUSI 수치이며 3월 NATO·유럽 정보 당국 수치와도 같습니다.',
      },
      uk: {
        label: 'RUSI і НАТО, початок 2024 р.',
        who: 'RUSI (за The Wall Street Journal); розвідки НАТО і Європи (за CNN)',
        note: 'Російських артилерійських пострілів на день на початку 2024 р., приблизно вп’ятеро більше, ніж в України: оцінка RUSI за січень, яку в березні підтвердили розвідки НАТО і Європи.',
      },
    },
  },
  {
    id: 'nis-2023-11',
    perDay: 16_700,
    side: 'russia',
    derived: true,
    sources: [
      {
        outlet: 'chosun-ilbo',
        url: 'https://english.chosun.com/site/data/html_dir/2023/11/02/2023110201083.html',
        date: '2023-11-01',
      },
    ],
    words: {
      en: {
        label: 'implied by the NIS, Nov 2023',
        who: 'National Intelligence Service (South Korea)',
        note: 'Our division, not a published rate: the NIS said 1 million shells were “more than two months” of the war’s use; 1,000,000 ÷ 60 days.',
      },
      ko: {
        label: '국정원 발표에서 계산, 2023년 11월',
        who: '국가정보원',
        note: '발표된 사격량이 아니라 자체 계산입니다. 국정원은 포탄 100만 발이 전쟁에서 "두 달 이상" 쓸 양이라고 했습니다. 1,000,000 ÷ 60일.',
      },
      uk: {
        label: 'за даними розвідки Південної Кореї, лист. 2023 р.',
        who: 'Національна служба розвідки Південної Кореї',
        note: 'Наш поділ, а не оприлюднений темп: розвідка назвала 1 млн снарядів запасом «більш ніж на два місяці» війни; 1 000 000 ÷ 60 днів.',
      },
    },
  },
  {
    id: 'us-2022',
    perDay: 20_000,
    side: 'russia',
    derived: false,
    period: { from: '2022-01-01', to: '2022-12-31' },
    sources: [
      { outlet: 'defense-mirror', url: 'https://defensemirror.com/news/33439', date: '2023-01-10' },
      {
        outlet: 'keyt-cnn',
        url: 'https://keyt.com/news/2023/01/10/russian-artillery-fire-down-nearly-75-us-officials-say-in-latest-sign-of-struggles-for-moscow',
      },
    ],
    words: {
      en: {
        label: 'US officials, 2022 peak',
        who: 'US officials, to CNN',
        note: 'The 2022 peak: US officials told CNN in January 2023 that Russian fire had dropped from 20,000 rounds a day to about 5,000 on average (Ukraine’s estimate: from 60,000 to 20,000).',
      },
      ko: {
        label: '미국 당국자, 2022년 최대치',
        who: '미국 당국자(CNN 인터뷰)',
        note: '2022년 최대치입니다. 미국 당국자들은 2023년 1월 CNN에 러시아의 사격량이 하루 2만 발에서 평균 약 5,000발로 줄었다고 했습니다(우크라이나 추정: 6만 발에서 2만 발).',
      },
      uk: {
        label: 'посадовці США, пік 2022 р.',
        who: 'посадовці США (для CNN)',
        note: 'Пік 2022 р.: у січні 2023 р. посадовці США сказали CNN, що російський вогонь зменшився з 20 000 пострілів на день до приблизно 5000 у середньому (оцінка України: з 60 000 до 20 000).',
      },
    },
  },
  {
    id: 'rusi-2022',
    perDay: 32_900,
    side: 'russia',
    derived: true,
    period: { from: '2022-01-01', to: '2022-12-31' },
    sources: [
      {
        outlet: 'rusi',
        url: 'https://rusi.org/news-and-comment/in-the-news/new-and-terrifying-world-kim-and-putin-meet-again-russia',
        date: '2023-09-01',
      },
    ],
    words: {
      en: {
        label: 'RUSI, 2022 average',
        who: 'RUSI',
        note: 'A yearly average, our division: RUSI said Russia used some 12 million shells in 2022; 12 million ÷ 365 days.',
      },
      ko: {
        label: 'RUSI, 2022년 평균',
        who: 'RUSI',
        note: '연평균이며 자체 계산입니다. RUSI는 러시아가 2022년에 포탄 약 1,200만 발을 썼다고 했습니다. 1,200만 ÷ 365일.',
      },
      uk: {
        label: 'RUSI, середнє за 2022 р.',
        who: 'RUSI',
        note: 'Середнє за рік, наш поділ: за RUSI, Росія 2022 р. використала близько 12 млн снарядів; 12 млн ÷ 365 днів.',
      },
    },
  },
  {
    id: 'rusi-2023',
    perDay: 19_200,
    side: 'russia',
    derived: true,
    period: { from: '2023-01-01', to: '2023-12-31' },
    sources: [
      {
        outlet: 'rusi',
        url: 'https://www.rusi.org/news-and-comment/in-the-news/north-koreas-kim-jong-un-meet-putin-russia-coming-days',
        date: '2023-09-01',
      },
    ],
    words: {
      en: {
        label: 'RUSI, 2023 pace',
        who: 'Jack Watling, RUSI',
        note: 'A yearly average, our division: RUSI’s Jack Watling said Russia was on track to fire more than 7 million rounds in 2023; 7 million ÷ 365 days.',
      },
      ko: {
        label: 'RUSI, 2023년 추세',
        who: '잭 왓링, RUSI',
        note: '연평균이며 자체 계산입니다. RUSI의 잭 왓링은 러시아가 2023년에 포탄 700만 발 이상을 쏠 추세라고 했습니다. 700만 ÷ 365일.',
      },
      uk: {
        label: 'RUSI, темп 2023 р.',
        who: 'Джек Воттлінг, RUSI',
        note: 'Середнє за рік, наш поділ: Джек Воттлінг із RUSI сказав, що Росія за 2023 р. випустить понад 7 млн снарядів; 7 млн ÷ 365 днів.',
      },
    },
  },
  {
    id: 'syrskyi-2023-08',
    perDay: 20_000,
    side: 'russia',
    derived: false,
    period: { from: '2023-08-01', to: '2023-09-30' },
    sources: [SYRSKYI_2024],
    words: syrskyi(
      { en: 'Aug–Sep 2023', ko: '2023년 8~9월', uk: 'серп.–вер. 2023 р.' },
      {
        en: `About 20,000 a day in August and September 2023, as Syrskyi recounted in August 2024. ${UKRAINIAN_COUNT.en}`,
        ko: `2023년 8~9월 하루 약 2만 발로, 시르스키 총사령관이 2024년 8월에 밝혔습니다. ${UKRAINIAN_COUNT.ko}`,
        uk: `Близько 20 000 на день у серпні–вересні 2023 р., як розповів Сирський у серпні 2024 р. ${UKRAINIAN_COUNT.uk}`,
      },
    ),
  },
  {
    id: 'syrskyi-2023-10',
    perDay: 30_000,
    atLeast: true,
    side: 'russia',
    derived: false,
    period: { from: '2023-10-01', to: '2023-12-31' },
    sources: [SYRSKYI_2024],
    words: syrskyi(
      { en: 'Oct–Dec 2023', ko: '2023년 10~12월', uk: 'жовт.–груд. 2023 р.' },
      {
        en: `More than 30,000 a day from October to December 2023, as Syrskyi recounted in August 2024. ${UKRAINIAN_COUNT.en}`,
        ko: `2023년 10~12월 하루 3만 발 이상으로, 시르스키 총사령관이 2024년 8월에 밝혔습니다. ${UKRAINIAN_COUNT.ko}`,
        uk: `Понад 30 000 на день у жовтні–грудні 2023 р., як розповів Сирський у серпні 2024 р. ${UKRAINIAN_COUNT.uk}`,
      },
    ),
  },
  {
    id: 'ukr-gs-2024-04',
    perDay: { low: 60_000, high: 70_000 },
    side: 'russia',
    derived: false,
    sources: [
      {
        outlet: 'yahoo-nv',
        url: 'https://sg.news.yahoo.com/russia-fires-70-000-artillery-234300193.html',
        date: '2024-04-26',
      },
    ],
    words: {
      en: {
        label: 'Ukrainian General Staff, Apr 2024',
        who: 'A Ukrainian General Staff official, to NV',
        note: `Between 60,000 and 70,000 rounds fired each day, a General Staff official told NV in April 2024. ${UKRAINIAN_COUNT.en}`,
      },
      ko: {
        label: '우크라이나 총참모부, 2024년 4월',
        who: '우크라이나 총참모부 관계자(NV 인터뷰)',
        note: `총참모부 관계자는 2024년 4월 NV에 러시아가 하루 6만~7만 발을 쏜다고 말했습니다. ${UKRAINIAN_COUNT.ko}`,
      },
      uk: {
        label: 'Генштаб ЗСУ, квіт. 2024 р.',
        who: 'представник Генштабу ЗСУ (для NV)',
        note: `Від 60 000 до 70 000 пострілів на день, сказав представник Генштабу виданню NV у квітні 2024 р. ${UKRAINIAN_COUNT.uk}`,
      },
    },
  },
  {
    id: 'syrskyi-2024-08',
    perDay: 44_500,
    side: 'russia',
    derived: false,
    period: { from: '2024-08-06', to: '2024-08-14' },
    sources: [SYRSKYI_2024],
    words: syrskyi(
      { en: '6–14 Aug 2024', ko: '2024년 8월 6~14일', uk: '6–14 серп. 2024 р.' },
      {
        en: `An average of 44,500 a day from 6 to 14 August 2024. ${UKRAINIAN_COUNT.en}`,
        ko: `2024년 8월 6~14일 하루 평균 4만 4,500발입니다. ${UKRAINIAN_COUNT.ko}`,
        uk: `У середньому 44 500 на день з 6 по 14 серпня 2024 р. ${UKRAINIAN_COUNT.uk}`,
      },
    ),
  },
  {
    id: 'syrskyi-2025-04',
    perDay: { low: 27_000, high: 28_000 },
    side: 'russia',
    derived: false,
    period: { from: '2025-04-01', to: '2025-04-09' },
    sources: [
      {
        outlet: 'kyiv-independent',
        url: 'https://kyivindependent.com/ukraines-deep-strikes-cut-russias-ammunition-use-by-half-military-chief-says/',
        date: '2025-04-09',
      },
    ],
    words: syrskyi(
      { en: 'Apr 2025', ko: '2025년 4월', uk: 'квіт. 2025 р.' },
      {
        en: `Between 27,000 and 28,000 rounds a day in April 2025, down from about 40,000, Syrskyi told LB.ua. ${UKRAINIAN_COUNT.en}`,
        ko: `시르스키 총사령관은 LB.ua에 2025년 4월 러시아의 사격량이 약 4만 발에서 하루 2만 7,000~2만 8,000발로 줄었다고 말했습니다. ${UKRAINIAN_COUNT.ko}`,
        uk: `Від 27 000 до 28 000 пострілів на день у квітні 2025 р., замість приблизно 40 000, сказав Сирський LB.ua. ${UKRAINIAN_COUNT.uk}`,
      },
    ),
  },
  {
    id: 'ukraine-2024',
    perDay: 2_000,
    side: 'ukraine',
    derived: false,
    sources: [NATO_VIA_CNN],
    words: {
      en: {
        label: 'Ukraine’s own fire, early 2024',
        who: 'NATO and European intelligence officials, via CNN',
        note: 'Ukraine’s own use in early 2024, per NATO and European intelligence; for comparison, not a Russian rate.',
      },
      ko: {
        label: '우크라이나 자체 사격량, 2024년 초',
        who: 'NATO·유럽 정보 당국자(CNN 보도)',
        note: 'NATO와 유럽 정보 당국이 밝힌 2024년 초 우크라이나의 하루 사용량입니다. 비교용이며 러시아의 사격량이 아닙니다.',
      },
      uk: {
        label: 'власний вогонь України, поч. 2024 р.',
        who: 'посадовці розвідок НАТО і Європи (за CNN)',
        note: 'Власне використання України на початку 2024 р., за даними розвідок НАТО і Європи; для порівняння, а не російський темп.',
      },
    },
  },
];

/** A rate by its id: `fireRateById('rusi-2022')?.perDay` → 32900. */
export function fireRateById(id: string): FireRate | undefined {
  return FIRE_RATES.find((rate) => rate.id === id);
}

/** The rates of Russian fire a reader can use (Ukraine's own is for comparison). */
export const RUSSIAN_FIRE_RATES: readonly FireRate[] = FIRE_RATES.filter(
  (rate) => rate.side === 'russia',
);

/**
 * Syrskyi's dated figures of Russian fire, a Ukrainian series over time (FACTS.md §2): the rates
 * with a period and one number a day, oldest first.
 */
export const SYRSKYI_SERIES: readonly DatedRate[] = RUSSIAN_FIRE_RATES.flatMap((rate) =>
  rate.id.startsWith('syrskyi-') && rate.period && typeof rate.perDay === 'number'
    ? [{ ...rate.period, perDay: rate.perDay, atLeast: rate.atLeast === true }]
    : [],
);
