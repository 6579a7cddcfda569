import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'us-2024-09',
  date: '2024-09-03',
  speaker: 'us-state',
  kind: 'count',
  containers: { value: 16_500, hedge: 'more-than' },
  rounds: [],
  sources: [
    {
      outlet: 'seoul-shinmun',
      url: 'https://img.seoul.co.kr/news/politics/diplomacy/2024/09/05/20240905500044',
    },
  ],
  words: {
    en: {
      context: 'Robert Koepke',
      summary:
        'A State Department official said Russia had procured more than 16,500 shipping containers of North Korean munitions since September 2023.',
      period: 'since September 2023',
    },
    ko: {
      context: '로버트 케프케',
      summary:
        '미국 국무부 당국자는 러시아가 2023년 9월 이후 북한에서 선박용 컨테이너 1만 6,500개가 넘는 탄약을 조달했다고 말했습니다.',
      period: '2023년 9월 이후',
    },
    uk: {
      context: 'Роберт Кепке',
      summary:
        'Посадовець Держдепартаменту США заявив, що з вересня 2023 р. Росія отримала з КНДР понад 16 500 морських контейнерів боєприпасів.',
      period: 'з вересня 2023 р.',
    },
  },
};
