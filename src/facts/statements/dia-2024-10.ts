import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'dia-2024-10',
  date: '2024-10-23',
  speaker: 'dia-kr',
  kind: 'capacity',
  containers: { value: 20_000, hedge: 'about-or-more' },
  rounds: [{ low: 9_400_000, high: 9_400_000, hedge: 'about', calibre: '152mm' }],
  sources: [{ outlet: 'kollo', url: 'https://kollo.kr/todaycontent?id=aurSfj' }],
  preset: { start: '2022-07-01', end: '2024-10-23' },
  words: {
    en: {
      context: 'report to Rep. Kang Dae-sik',
      summary:
        'South Korea’s Defense Intelligence Agency put the containers shipped through Najin at about 20,000 or more: about 9.4 million shells if all were 152 mm.',
      rounds: 'about 9.4 million “if all were 152 mm”',
      period: 'to October 2024, through Najin (the series counts from mid-2022)',
      readings: { start: 'Mid-2022, as in the agency’s earlier count, read as 1 July 2022.' },
    },
    ko: {
      context: '강대식 의원 제출 자료',
      summary:
        '국방정보본부는 나진항을 거친 컨테이너를 약 2만 개 이상으로 보고, 모두 152 mm 포탄이라고 가정하면 940여만 발이라고 했습니다.',
      rounds: '"모두 152 mm 포탄을 넣었다고 가정할 경우" 940여만 발',
      period: '2024년 10월까지, 나진항 경유(2022년 중반부터 집계)',
      readings: { start: '앞선 집계와 같이 2022년 중반, 곧 2022년 7월 1일로 읽었습니다.' },
    },
    uk: {
      context: 'звіт для депутата Кан Де Сіка',
      summary:
        'Оборонна розвідка Південної Кореї оцінила кількість контейнерів, відправлених через Наджин, приблизно у 20 000 або більше: близько 9,4 млн снарядів, якщо всі вони 152-мм.',
      rounds: 'близько 9,4 млн, «якщо всі 152-мм»',
      period: 'до жовтня 2024 р., через Наджин (підрахунок ведеться з середини 2022 р.)',
      readings: {
        start: 'Середина 2022 р., як у попередньому підрахунку, прочитана як 1 липня 2022 р.',
      },
    },
  },
};
