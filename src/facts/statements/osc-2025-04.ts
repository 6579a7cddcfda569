import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'osc-2025-04',
  date: '2025-04-15',
  speaker: 'osc',
  kind: 'estimate',
  containers: { value: 15_809, hedge: 'exactly' },
  rounds: [{ low: 4_000_000, high: 6_000_000, hedge: 'exactly', calibre: 'unstated' }],
  sources: [
    { outlet: 'kbs-news', url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8229328' },
    { outlet: 'nagoya-tv', url: 'https://nagoyatv.com/news/1000/kokusai.html?id=000418553' },
    {
      outlet: 'unn',
      url: 'https://unn.ua/en/news/north-korea-sent-more-than-15800-containers-of-ammunition-to-russia-media',
    },
  ],
  preset: {
    start: '2023-09-01',
    end: '2025-03-31',
    // 4 million ÷ 15,809 = 253.0 and 6 million ÷ 15,809 = 379.5, rounded outwards.
    perContainer: { low: 253, high: 380 },
  },
  words: {
    en: {
      context: '64 voyages of 4 ships',
      summary:
        'The Open Source Centre counted 15,809 containers on 64 voyages from September 2023 to March 2025 in satellite images; with Reuters it put the shells at 4 to 6 million, a “conservative range”.',
      rounds: '“4 to 6 million” shells, a “conservative range” (Newsweek: 4.2–5.8 million)',
      period: 'September 2023 – March 2025 (Newsweek: from August)',
      readings: {
        perContainer:
          'Our division of Reuters’ range: 4 million ÷ 15,809 to 6 million ÷ 15,809, rounded outwards, as a 90% range.',
        start: '“September 2023” read as 1 September.',
        end: '“March 2025” read as 31 March.',
      },
    },
    ko: {
      context: '선박 4척, 64차례 운항',
      summary:
        '오픈소스센터는 위성 사진으로 2023년 9월부터 2025년 3월까지 64차례 운항에서 컨테이너 1만 5,809개를 셌고, 로이터와 함께 포탄을 400만~600만 발("보수적 범위")로 봤습니다.',
      rounds: '포탄 "400만에서 600만 발", "보수적 범위"(뉴스위크: 420만~580만 발)',
      period: '2023년 9월~2025년 3월(뉴스위크: 8월부터)',
      readings: {
        perContainer:
          '로이터 범위를 나눈 자체 계산: 400만 ÷ 1만 5,809부터 600만 ÷ 1만 5,809까지, 바깥쪽으로 반올림해 90% 범위로 썼습니다.',
        start: '"2023년 9월"을 9월 1일로 읽었습니다.',
        end: '"2025년 3월"을 3월 31일로 읽었습니다.',
      },
    },
    uk: {
      context: '64 рейси 4 суден',
      summary:
        'Open Source Centre за супутниковими знімками нарахував 15 809 контейнерів у 64 рейсах з вересня 2023 по березень 2025 р.; разом із Reuters він оцінив снаряди у 4–6 млн — «консервативний діапазон».',
      rounds: '«від 4 до 6 млн» снарядів, «консервативний діапазон» (Newsweek: 4,2–5,8 млн)',
      period: 'вересень 2023 – березень 2025 р. (Newsweek: з серпня)',
      readings: {
        perContainer:
          'Наш поділ діапазону Reuters: від 4 млн ÷ 15 809 до 6 млн ÷ 15 809 з округленням назовні, як 90% діапазон.',
        start: '«Вересень 2023 р.» прочитано як 1 вересня.',
        end: '«Березень 2025 р.» прочитано як 31 березня.',
      },
    },
  },
};
