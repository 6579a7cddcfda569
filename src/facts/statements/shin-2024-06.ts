import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'shin-2024-06',
  date: '2024-06-14',
  speaker: 'shin',
  kind: 'capacity',
  containers: { value: 10_000, hedge: 'at-least' },
  rounds: [{ low: 4_800_000, high: 4_800_000, hedge: 'as-many-as', calibre: 'unstated' }],
  sources: [
    { outlet: 'ukrainska-pravda', url: 'https://www.pravda.com.ua/eng/news/2024/06/14/7460760/' },
    {
      outlet: 'unn',
      url: 'https://unn.ua/en/news/kim-jong-un-sends-millions-of-artillery-shells-to-russia-bloomberg',
    },
  ],
  preset: { start: '2023-09-13', end: '2024-06-14' },
  words: {
    en: {
      context: 'Bloomberg interview',
      summary:
        'Speaking to Bloomberg, Shin said Seoul had detected at least 10,000 shipping containers, which could hold as many as 4.8 million artillery shells.',
      rounds: 'could hold as many as 4.8 million',
      period: 'since the Kim–Putin summit of September 2023',
    },
    ko: {
      context: '블룸버그 인터뷰',
      summary:
        '신원식 장관은 블룸버그 인터뷰에서 컨테이너를 최소 1만 개 포착했으며, 여기에 포탄을 최대 480만 발 담을 수 있다고 말했습니다.',
      rounds: '최대 480만 발을 담을 수 있음',
      period: '2023년 9월 김정은·푸틴 정상회담 이후',
    },
    uk: {
      context: 'інтерв’ю Bloomberg',
      summary:
        'В інтерв’ю Bloomberg Шін Вон Сік сказав, що Сеул виявив щонайменше 10 000 контейнерів, які могли вмістити до 4,8 млн артилерійських снарядів.',
      rounds: 'могли вмістити до 4,8 млн',
      period: 'з саміту Кім Чен Ина і Путіна у вересні 2023 р.',
    },
  },
};
