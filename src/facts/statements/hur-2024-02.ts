import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'hur-2024-02',
  date: '2024-02-23',
  speaker: 'hur',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 1_500_000, high: 1_500_000, hedge: 'exactly', calibre: 'unstated' }],
  workingPercent: 50,
  sources: [
    {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=184091',
    },
    {
      outlet: 'army-recognition',
      url: 'https://armyrecognition.com/news/army-news/army-news-2024/half-of-russian-artillery-shells-from-north-korea-proven-inoperable',
      date: '2024-03-06',
    },
  ],
  words: {
    en: {
      context: 'Maj. Gen. Vadym Skibitskyi',
      summary:
        'Skibitskyi said Russia had received 1.5 million North Korean shells since the September 2023 summit and that “half of the shells do not function”; the rest needed refurbishment or checking.',
      rounds:
        '1.5 million; “half of the shells do not function”, the rest need refurbishment or checking',
      period: 'since the Kim–Putin summit of September 2023',
    },
    ko: {
      context: '바딤 스키비츠키 소장',
      summary:
        '스키비츠키 소장은 2023년 9월 정상회담 이후 러시아가 북한 포탄 150만 발을 받았으며 "그중 절반은 작동하지 않고" 나머지는 정비나 점검이 필요하다고 했습니다.',
      rounds: '150만 발. "절반은 작동하지 않으며" 나머지는 정비나 점검이 필요',
      period: '2023년 9월 김정은·푸틴 정상회담 이후',
    },
    uk: {
      context: 'генерал-майор Вадим Скібіцький',
      summary:
        'Скібіцький заявив, що після саміту у вересні 2023 р. Росія отримала 1,5 млн північнокорейських снарядів і що «половина снарядів не працює», а решта потребує відновлення або перевірки.',
      rounds: '1,5 млн; «половина снарядів не працює», решта потребує відновлення або перевірки',
      period: 'з саміту Кім Чен Ина і Путіна у вересні 2023 р.',
    },
  },
};
