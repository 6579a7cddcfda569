import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'shin-2024-07',
  date: '2024-07-24',
  speaker: 'shin',
  kind: 'capacity',
  containers: { value: 11_000, hedge: 'at-least' },
  rounds: [{ low: 5_200_000, high: 5_200_000, hedge: 'some', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'yonhap',
      url: 'https://wonilvalve.com/index.php?q=https%3A%2F%2Fen.yna.co.kr%2Fview%2FAEN20240724003200315%3Fsection%3Dnk%2Fnk',
    },
    {
      outlet: 'daily-wrap',
      url: 'https://dailywrap.uk/north-korean-shells-bolster-russian-assault-on-ukraine,7052621275768449a',
    },
  ],
  preset: { start: '2023-09-13', end: '2024-07-15' },
  words: {
    en: {
      context: 'Yomiuri interview',
      summary:
        'Shin told the Yomiuri that the containers shipped by mid-July could hold some 5.2 million artillery shells; a count of at least 11,000 containers appears on one secondary page only.',
      rounds: 'could hold some 5.2 million',
      containersNote: 'reported on one secondary page only',
      period: 'to 15 July 2024',
      readings: { end: 'The count’s own date, 15 July 2024, not the interview’s.' },
    },
    ko: {
      context: '요미우리신문 인터뷰',
      summary:
        '신원식 장관은 요미우리신문에 7월 중순까지 보낸 컨테이너에 포탄 약 520만 발을 담을 수 있다고 말했습니다. 컨테이너 최소 1만 1,000개라는 수치는 2차 보도 한 곳에만 나옵니다.',
      rounds: '약 520만 발을 담을 수 있음',
      containersNote: '2차 보도 한 곳에만 나옴',
      period: '2024년 7월 15일까지',
      readings: { end: '인터뷰 날짜가 아니라 집계 기준일인 2024년 7월 15일입니다.' },
    },
    uk: {
      context: 'інтерв’ю Yomiuri',
      summary:
        'Шін Вон Сік сказав Yomiuri, що відправлені до середини липня контейнери могли вмістити близько 5,2 млн артилерійських снарядів; цифра «щонайменше 11 000 контейнерів» є лише на одній вторинній сторінці.',
      rounds: 'могли вмістити близько 5,2 млн',
      containersNote: 'є лише на одній вторинній сторінці',
      period: 'до 15 липня 2024 р.',
      readings: { end: 'Дата самого підрахунку, 15 липня 2024 р., а не інтерв’ю.' },
    },
  },
};
