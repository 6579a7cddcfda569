import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'hur-2025-11',
  date: '2025-11-14',
  speaker: 'hur',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 6_500_000, high: 6_500_000, hedge: 'about', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'ukrinform',
      url: 'https://www.ukrinform.net/rubric-ato/4058997-north-korea-cuts-shell-supplies-to-russia-launches-drone-production-ukrainian-intelligence.html',
    },
    {
      outlet: 'tsn',
      url: 'https://tsn.ua/ato/kndr-vycherpala-zapasy-snariadiv-dlia-rosiyi-reuters-2957375.html',
    },
  ],
  words: {
    en: {
      context: 'Maj. Gen. Vadym Skibitskyi, to Reuters',
      summary:
        'Skibitskyi told Reuters that North Korea had sent Russia about 6.5 million artillery shells since 2023; deliveries in 2025 had more than halved, none came in September, and about half were so old they went to Russian plants to be improved.',
      rounds: 'about 6.5 million artillery shells in all',
      period: 'since 2023',
    },
    ko: {
      context: '바딤 스키비츠키 소장, 로이터 인터뷰',
      summary:
        '스키비츠키 소장은 로이터에 북한이 2023년 이후 러시아에 포탄 약 650만 발을 보냈으며, 2025년 공급은 절반 이하로 줄어 9월에는 없었고, 절반가량은 너무 낡아 러시아 공장에서 개량을 거쳤다고 말했습니다.',
      rounds: '모두 약 650만 발',
      period: '2023년 이후',
    },
    uk: {
      context: 'генерал-майор Вадим Скібіцький, Reuters',
      summary:
        'Скібіцький сказав Reuters, що з 2023 р. КНДР передала Москві близько 6,5 млн артилерійських снарядів; у 2025 р. постачання скоротилися більш ніж удвічі, у вересні їх не було, а близько половини були настільки старими, що їх доводили до ладу на російських заводах.',
      rounds: 'загалом близько 6,5 млн артилерійських снарядів',
      period: 'з 2023 р.',
    },
  },
};
