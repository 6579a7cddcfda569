import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'dia-2024-08',
  date: '2024-08-27',
  speaker: 'dia-kr',
  kind: 'capacity',
  containers: { value: 13_000, hedge: 'more-than' },
  rounds: [{ low: 6_000_000, high: 6_000_000, hedge: 'more-than', calibre: '152mm' }],
  sources: [
    { outlet: 'korea-herald', url: 'https://www.koreaherald.com/view.php?ud=20240827050678' },
  ],
  preset: { start: '2022-07-01', end: '2024-08-27' },
  words: {
    en: {
      context: 'report to Rep. Kang Dae-sik',
      summary:
        'South Korea’s Defense Intelligence Agency counted more than 13,000 containers shipped through Najin since mid-2022, shipments that could hold more than 6 million 152 mm shells.',
      rounds: 'could hold more than 6 million 152 mm shells',
      period: 'since mid-2022, through Najin',
      readings: { start: '“Mid-2022” read as 1 July 2022.' },
    },
    ko: {
      context: '강대식 의원 제출 자료',
      summary:
        '국방정보본부는 2022년 중반 이후 나진항을 거쳐 컨테이너 1만 3,000개 이상이 옮겨졌으며, 152 mm 포탄 600만 발 이상을 담을 수 있는 양이라고 했습니다.',
      rounds: '152 mm 포탄 600만 발 이상을 담을 수 있음',
      period: '2022년 중반 이후, 나진항 경유',
      readings: { start: '"2022년 중반"을 2022년 7월 1일로 읽었습니다.' },
    },
    uk: {
      context: 'звіт для депутата Кан Де Сіка',
      summary:
        'Оборонна розвідка Південної Кореї нарахувала понад 13 000 контейнерів, відправлених через Наджин з середини 2022 р., — вантаж, що міг вмістити понад 6 млн 152-мм снарядів.',
      rounds: 'могли вмістити понад 6 млн 152-мм снарядів',
      period: 'з середини 2022 р., через Наджин',
      readings: { start: '«Середина 2022 р.» прочитано як 1 липня 2022 р.' },
    },
  },
};
