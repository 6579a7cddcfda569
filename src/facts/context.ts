import type { Lang } from './langs';
import type { StatementSource } from './statement';

/** A context figure's words in one language: the figure in our words, its numbers as reported. */
interface ContextWords {
  text: string;
  /** What is known of a source that cannot be linked, or how sure the report is. */
  note?: string;
}

/** A figure from the same stories that puts the totals in context (FACTS.md §4). */
export interface ContextFigure {
  id: string;
  sources: readonly Required<StatementSource>[];
  words: Record<Lang, ContextWords>;
}

/** FACTS.md §4, in order. */
export const CONTEXT_FIGURES = [
  {
    id: 'return-containers',
    sources: [
      {
        outlet: 'kbs-world',
        url: 'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=183927',
        date: '2024-02-26',
      },
      {
        outlet: 'reuters-the-star',
        url: 'https://thestar.com.my/news/world/2024/02/27/north-korea-has-sent-6700-containers-of-munitions-to-russia-south-korea-says',
        date: '2024-02-27',
      },
      {
        outlet: 'liga-net',
        url: 'https://news.liga.net/en/politics/news/kndr-otpravila-rossii-7000-konteynerov-voennoy-pomoshti-minoborony-yuzhnoy-korei',
        date: '2024-03-18',
      },
    ],
    words: {
      en: {
        text: 'Russia sent about 30% more containers to North Korea than it received (Shin, 26 February 2024): “some 9,000” (Reuters, 27 February 2024), “over 9,000” (Shin, 18 March 2024).',
      },
      ko: {
        text: '러시아는 북한에서 받은 것보다 약 30% 많은 컨테이너를 북한으로 보냈습니다(신원식, 2024년 2월 26일). "약 9,000개"(로이터, 2024년 2월 27일), "9,000개 이상"(신원식, 2024년 3월 18일).',
      },
      uk: {
        text: 'Росія відправила до КНДР приблизно на 30% більше контейнерів, ніж отримала (Шін Вон Сік, 26 лютого 2024 р.): «близько 9000» (Reuters, 27 лютого 2024 р.), «понад 9000» (Шін Вон Сік, 18 березня 2024 р.).',
      },
    },
  },
  {
    id: 'factory-capacity',
    sources: [
      {
        outlet: 'kuna',
        url: 'https://www.kuna.net.kw/ArticleDetails.aspx?id=3139668&Language=en',
        date: '2024-02-26',
      },
    ],
    words: {
      en: {
        text: 'North Korea’s munitions factories ran at about 30% of capacity, but those supplying Russia ran at full capacity (Shin, 26 February 2024).',
      },
      ko: {
        text: '북한 군수공장의 가동률은 약 30%였지만, 러시아에 공급하는 공장은 완전 가동했습니다(신원식, 2024년 2월 26일).',
      },
      uk: {
        text: 'Військові заводи КНДР працювали приблизно на 30% потужності, а ті, що постачають Росію, — на повну (Шін Вон Сік, 26 лютого 2024 р.).',
      },
    },
  },
  {
    id: 'eu-pledge',
    sources: [
      {
        outlet: 'politico',
        url: 'https://www.politico.eu/article/eu-to-ukraine-half-is-better-than-nothing-when-it-comes-to-ammunition/',
        date: '2024-01-31',
      },
      { outlet: 'news-am', url: 'https://news.am/eng/news/813598.html', date: '2024-03-21' },
    ],
    words: {
      en: {
        text: 'The EU pledged Ukraine 1 million shells (March 2023); Josep Borrell expected 524,000 by March 2024 (31 January 2024) and said about 500,000 had been handed over (21 March 2024).',
      },
      ko: {
        text: '유럽연합은 우크라이나에 포탄 100만 발을 약속했습니다(2023년 3월). 호세프 보렐은 2024년 3월까지 52만 4,000발을 예상했고(2024년 1월 31일), 약 50만 발을 넘겼다고 밝혔습니다(2024년 3월 21일).',
      },
      uk: {
        text: 'ЄС пообіцяв Україні 1 млн снарядів (березень 2023 р.); Жозеп Боррель очікував 524 тис. до березня 2024 р. (31 січня 2024 р.) і сказав, що передано близько 500 тис. (21 березня 2024 р.).',
      },
    },
  },
  {
    id: 'russian-production',
    sources: [
      {
        outlet: 'ukrainska-pravda',
        url: 'https://www.pravda.com.ua/eng/news/2024/03/11/7445934/',
        date: '2024-03-11',
      },
      {
        outlet: 'guardian-weekly',
        url: 'https://magzter.com/ja/stories/newspaper/The-Guardian-Weekly/SHELL-SHOCKER-CAN-RUSSIAN-ADVANCE-BE-HALTED-IF-AMERICAN-MILITARY-AID-DRIES-UP',
        date: '2024-02-16',
      },
      {
        outlet: 'ukranews',
        url: 'https://ukranews.com/en/news/1013708-north-korea-provides-russia-with-more-than-a-year-s-supply-of-shells-media',
        date: '2024-06-14',
      },
    ],
    words: {
      en: {
        text: 'Russia makes about 250,000 shells a month, about 3 million a year (NATO, via CNN, 11 March 2024). Estonian intelligence expected its factories to make about 4.5 million in 2024; Bain put what Russia can “produce or repair” at about 4.5 million (Bloomberg, June 2024).',
      },
      ko: {
        text: '러시아는 한 달에 포탄 약 25만 발, 한 해 약 300만 발을 생산합니다(NATO, CNN 보도, 2024년 3월 11일). 에스토니아 정보 당국은 2024년 러시아 공장의 생산량을 약 450만 발로 봤고, 베인앤드컴퍼니는 러시아가 "생산하거나 수리할" 수 있는 양을 약 450만 발로 봤습니다(블룸버그, 2024년 6월).',
      },
      uk: {
        text: 'Росія виробляє близько 250 тис. снарядів на місяць, приблизно 3 млн на рік (НАТО, за CNN, 11 березня 2024 р.). Розвідка Естонії очікувала, що її заводи виготовлять близько 4,5 млн у 2024 р.; Bain оцінила, що Росія може «виробити або відремонтувати» близько 4,5 млн (Bloomberg, червень 2024 р.).',
      },
    },
  },
  {
    id: 'iran-shells',
    sources: [
      {
        outlet: 'babel',
        url: 'https://babel.ua/en/news/104796-russia-produces-three-times-more-projectiles-than-the-us-and-europe-can-send-to-ukraine',
        date: '2024-03-11',
      },
    ],
    words: {
      en: {
        text: 'Iran sent Russia at least 300,000 shells in 2023 (a NATO official, via CNN, 11 March 2024).',
      },
      ko: {
        text: '이란은 2023년 러시아에 포탄을 최소 30만 발 보냈습니다(NATO 당국자, CNN 보도, 2024년 3월 11일).',
      },
      uk: {
        text: 'Іран передав Росії щонайменше 300 тис. снарядів у 2023 р. (посадовець НАТО, за CNN, 11 березня 2024 р.).',
      },
    },
  },
  {
    id: 'iiss-month',
    sources: [
      {
        outlet: 'city-telegraph',
        url: 'https://citytelegraph.com/news/146832/north-korea-shipped-over-3-million-artillery-shells-to-russia',
        date: '2024-02-27',
      },
    ],
    words: {
      en: {
        text: 'IISS: after September 2023 North Korea supplied “at least a month’s worth” of Russia’s shells.',
        note: 'Seen on a secondary page only.',
      },
      ko: {
        text: 'IISS: 2023년 9월 이후 북한은 러시아가 쓰는 포탄의 "적어도 한 달 치"를 공급했습니다.',
        note: '2차 보도에만 나옵니다.',
      },
      uk: {
        text: 'IISS: після вересня 2023 р. КНДР постачила Росії снарядів «щонайменше на місяць».',
        note: 'Є лише на вторинній сторінці.',
      },
    },
  },
  {
    id: 'missile-test-cost',
    sources: [
      {
        outlet: 'close-the-sky',
        url: 'https://closetheskyoverukraine.com/latest-news/kim-jong-un-sent-about-5-million-shells-to-russia',
        date: '2024-06-14',
      },
    ],
    words: {
      en: {
        text: 'North Korea’s 2023 missile tests cost about $1 billion, some 4% of a $24.5 billion economy (Shin, to Bloomberg, 14 June 2024).',
      },
      ko: {
        text: '북한의 2023년 미사일 시험 비용은 약 10억 달러로, 245억 달러 규모 경제의 약 4%입니다(신원식, 블룸버그 인터뷰, 2024년 6월 14일).',
      },
      uk: {
        text: 'Ракетні випробування КНДР 2023 р. коштували близько 1 млрд доларів, приблизно 4% економіки обсягом 24,5 млрд доларів (Шін Вон Сік, для Bloomberg, 14 червня 2024 р.).',
      },
    },
  },
  {
    id: 'summit',
    sources: [{ outlet: 'tass', url: 'https://tass.com/world/1673965', date: '2023-09-13' }],
    words: {
      en: {
        text: 'Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on 13 September 2023.',
      },
      ko: {
        text: '김정은과 블라디미르 푸틴은 2023년 9월 13일 보스토치니 우주기지에서 만났습니다.',
      },
      uk: {
        text: 'Кім Чен Ин і Володимир Путін зустрілися на космодромі «Восточний» 13 вересня 2023 р.',
      },
    },
  },
] as const satisfies readonly ContextFigure[];

export type ContextFigureId = (typeof CONTEXT_FIGURES)[number]['id'];

/** A context figure by its id: `contextFigure('eu-pledge').sources[0].date` → '2024-01-31'. */
export function contextFigure(id: ContextFigureId): ContextFigure {
  const figure = CONTEXT_FIGURES.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`No context figure ${id}`);
  return figure;
}
