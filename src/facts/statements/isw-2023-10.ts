import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'isw-2023-10',
  date: '2023-10-25',
  speaker: 'isw',
  kind: 'capacity',
  containers: { value: 1_000, hedge: 'exactly' },
  containersFrom: 'wh-2023-10',
  rounds: [{ low: 300_000, high: 500_000, hedge: 'exactly', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'seoul-shinmun',
      url: 'https://nownewstv.seoul.co.kr/news/politics/2023/10/25/20231025500042',
    },
  ],
  preset: { start: '2023-09-07', end: '2023-10-25', perContainer: { low: 300, high: 500 } },
  words: {
    en: {
      summary:
        'The Institute for the Study of War, citing Estonian military intelligence, said the 1,000 containers could have carried 300,000 to 500,000 rounds, at 300 to 500 a container.',
      rounds: 'could have provided 300,000–500,000 rounds (300–500 a container, their assumption)',
      period: 'the 1,000 containers the White House counted',
      readings: {
        perContainer: 'Their own assumption of 300–500 a container, taken as a 90% range.',
        start: 'The first loading the White House reported, 7 September 2023.',
      },
    },
    ko: {
      summary:
        '미국 전쟁연구소(ISW)는 에스토니아군 정보당국을 인용해, 컨테이너 1,000개에 컨테이너당 300~500발씩 포탄 30만~50만 발이 실렸을 수 있다고 했습니다.',
      rounds: '포탄 30만~50만 발을 제공했을 수 있음(컨테이너당 300~500발, 이들의 가정)',
      period: '백악관이 집계한 컨테이너 1,000개',
      readings: {
        perContainer: '이들이 가정한 컨테이너당 300~500발을 90% 범위로 썼습니다.',
        start: '백악관이 밝힌 첫 선적일, 2023년 9월 7일입니다.',
      },
    },
    uk: {
      summary:
        'Інститут вивчення війни з посиланням на розвідку Естонії заявив, що 1000 контейнерів могли містити від 300 до 500 тис. снарядів, по 300–500 на контейнер.',
      rounds: 'могли постачити 300–500 тис. снарядів (300–500 на контейнер, їхнє припущення)',
      period: '1000 контейнерів, які порахував Білий дім',
      readings: {
        perContainer: 'Їхнє власне припущення — 300–500 на контейнер — як 90% діапазон.',
        start: 'Перше завантаження, про яке повідомив Білий дім, 7 вересня 2023 р.',
      },
    },
  },
};
