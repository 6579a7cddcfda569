import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'mil-2023-11',
  date: '2023-11-02',
  speaker: 'military-kr',
  kind: 'capacity',
  containers: { value: 2_000, hedge: 'about' },
  rounds: [
    { low: 1_000_000, high: 1_000_000, hedge: 'more-than', calibre: '152mm' },
    { low: 200_000, high: 200_000, hedge: 'more-than', calibre: '122mm-rockets' },
  ],
  sources: [{ outlet: 'sbs', url: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1007408310' }],
  preset: { start: '2023-08-01', end: '2023-11-02' },
  words: {
    en: {
      summary:
        'South Korean military officials put the containers at about 2,000, mostly shipped from August to October: more than a million rounds if 152 mm shells, or more than 200,000 if 122 mm rocket-launcher rounds.',
      rounds:
        'more than 1 million if 152 mm shells; more than 200,000 if 122 mm rocket-launcher rounds',
      period: 'mostly August–October 2023',
      readings: { start: '“Mostly August to October” read as from 1 August 2023.' },
    },
    ko: {
      summary:
        '군 당국은 컨테이너가 약 2,000개로 주로 8~10월에 옮겨졌으며, 152 mm 포탄이라면 100만 발 이상, 122 mm 방사포탄이라면 20만 발 이상이라고 봤습니다.',
      rounds: '152 mm 포탄의 경우 100만 발 이상, 122 mm 방사포탄이라면 20만 발 이상',
      period: '주로 2023년 8~10월',
      readings: { start: '"주로 8~10월"을 2023년 8월 1일부터로 읽었습니다.' },
    },
    uk: {
      summary:
        'Військові Південної Кореї оцінили кількість контейнерів приблизно у 2000, переважно відправлених у серпні–жовтні: понад мільйон 152-мм снарядів або понад 200 тис. 122-мм реактивних снарядів.',
      rounds: 'понад 1 млн, якщо це 152-мм снаряди; понад 200 тис., якщо 122-мм реактивні снаряди',
      period: 'переважно серпень–жовтень 2023 р.',
      readings: { start: '«Переважно серпень–жовтень» прочитано як з 1 серпня 2023 р.' },
    },
  },
};
