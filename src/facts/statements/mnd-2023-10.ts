import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'mnd-2023-10',
  date: '2023-10-16',
  speaker: 'mnd-kr',
  kind: 'capacity',
  containers: { value: 1_000, hedge: 'more-than' },
  containersFrom: 'wh-2023-10',
  rounds: [{ low: 270_000, high: 300_000, hedge: 'exactly', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181107',
    },
    { outlet: 'news1-english', url: 'https://newsrebeat.com/world-news/175558.html' },
  ],
  preset: { start: '2023-09-07', end: '2023-10-16', perContainer: 285 },
  words: {
    en: {
      context: 'with a government source',
      summary:
        'Seoul’s defence ministry confirmed the White House’s count of more than 1,000 containers and said their load could be hundreds of thousands of rounds; a government source put it in the “upper 200,000 range”.',
      rounds:
        '“hundreds of thousands” of rounds could fit; a government source: “in the upper 200,000 range”',
      containersNote: 'the White House’s count, confirmed by Seoul',
      period: 'the containers the White House counted, loaded from 7 September 2023',
      readings: {
        perContainer:
          'Our reading: the middle of the 270–300 a container implied by “upper 200,000 range” over 1,000 containers.',
        start: 'The first loading the White House reported, 7 September 2023.',
      },
    },
    ko: {
      context: '정부 소식통 포함',
      summary:
        '국방부는 백악관이 밝힌 컨테이너 1,000개 이상을 확인하고 적재량이 포탄 수십만 발에 이를 수 있다고 했으며, 정부 소식통은 "20만 발대 후반"이라고 했습니다.',
      rounds: '적재량은 포탄 "수십만 발"에 해당. 정부 소식통: "20만 발대 후반"',
      containersNote: '백악관 집계를 한국이 확인',
      period: '백악관이 집계한 컨테이너, 2023년 9월 7일부터 선적',
      readings: {
        perContainer:
          '자체 해석: "20만 발대 후반"을 컨테이너 1,000개로 나눈 270~300발의 가운데 값입니다.',
        start: '백악관이 밝힌 첫 선적일, 2023년 9월 7일입니다.',
      },
    },
    uk: {
      context: 'разом із джерелом в уряді',
      summary:
        'Міноборони Південної Кореї підтвердило підрахунок Білого дому — понад 1000 контейнерів — і заявило, що в них могли вміститися сотні тисяч снарядів; джерело в уряді назвало «верхню частину діапазону 200 тисяч».',
      rounds:
        'могли вмістити «сотні тисяч» снарядів; джерело в уряді: «верхня частина діапазону 200 тисяч»',
      containersNote: 'підрахунок Білого дому, підтверджений Сеулом',
      period: 'контейнери, які порахував Білий дім, завантажені з 7 вересня 2023 р.',
      readings: {
        perContainer:
          'Наше прочитання: середина діапазону 270–300 на контейнер, що випливає з «верхньої частини діапазону 200 тисяч» на 1000 контейнерів.',
        start: 'Перше завантаження, про яке повідомив Білий дім, 7 вересня 2023 р.',
      },
    },
  },
};
