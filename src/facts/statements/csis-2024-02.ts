import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'csis-2024-02',
  date: '2024-02-28',
  speaker: 'csis',
  kind: 'estimate',
  containers: null,
  rounds: [
    { low: 2_500_000, high: 2_500_000, hedge: 'more-than', calibre: 'shells-and-other-munitions' },
  ],
  sources: [
    {
      outlet: 'in-ukraine',
      url: 'https://us.in-ukraine.info/amp/article/881820304-z-serpnya-kndr-postavila-rf-ponad-2-5-mln-boepripa',
    },
  ],
  words: {
    en: {
      context: 'satellite study of 25+ ship visits to Najin',
      summary:
        'A CSIS study of satellite images, counting more than 25 ship visits to Najin, estimated that more than 2.5 million artillery shells and other munitions had been shipped since August 2023.',
      rounds: 'more than 2.5 million artillery shells and other munitions',
      period: 'since August 2023',
    },
    ko: {
      context: '나진항 선박 입항 25회 이상 위성 분석',
      summary:
        'CSIS는 나진항 선박 입항 25회 이상을 위성 사진으로 분석해, 2023년 8월 이후 포탄과 기타 탄약 250만 발 이상이 옮겨졌다고 추정했습니다.',
      rounds: '포탄과 기타 탄약 250만 발 이상',
      period: '2023년 8월 이후',
    },
    uk: {
      context: 'супутниковий аналіз понад 25 заходів суден до Наджина',
      summary:
        'Дослідження CSIS за супутниковими знімками понад 25 заходів суден до Наджина оцінило, що з серпня 2023 р. перевезено понад 2,5 млн артилерійських снарядів та інших боєприпасів.',
      rounds: 'понад 2,5 млн артилерійських снарядів та інших боєприпасів',
      period: 'з серпня 2023 р.',
    },
  },
};
