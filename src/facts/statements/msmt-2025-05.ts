import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'msmt-2025-05',
  date: '2025-05-29',
  speaker: 'msmt',
  kind: 'estimate',
  containers: { value: 20_000, hedge: 'more-than' },
  rounds: [
    { low: 9_000_000, high: 9_000_000, hedge: 'as-many-as', calibre: 'artillery-and-rockets' },
  ],
  runningTotal: false,
  sources: [
    {
      outlet: 'joongang-daily',
      url: 'https://koreajoongangdaily.joins.com/news/2025-05-29/national/northKorea/Sanctions-monitoring-teams-first-report-details-North-KoreaRussia-military-ties/2318841',
    },
    {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=193414',
    },
  ],
  words: {
    en: {
      context: 'first report',
      summary:
        'The sanctions monitoring team of 11 states reported more than 20,000 containers of military supplies since September 2023, and as many as nine million rounds of artillery and rocket-launcher ammunition in 2024 alone.',
      rounds:
        'as many as nine million rounds of mixed artillery and multiple-rocket-launcher ammunition, in 2024',
      containersNote: 'of all military supplies',
      period: 'containers since September 2023; rounds in 2024 only',
    },
    ko: {
      context: '첫 보고서',
      summary:
        '11개국 다국적제재모니터링팀은 2023년 9월 이후 군수물자 컨테이너 2만 개 이상이 옮겨졌고, 2024년 한 해에만 포탄과 방사포탄이 최대 900만 발에 이르렀다고 보고했습니다.',
      rounds: '2024년에 포탄과 방사포탄 최대 900만 발',
      containersNote: '모든 군수물자',
      period: '컨테이너는 2023년 9월 이후, 포탄은 2024년만',
    },
    uk: {
      context: 'перша доповідь',
      summary:
        'Група моніторингу санкцій 11 держав повідомила про понад 20 000 контейнерів військових вантажів з вересня 2023 р. і до дев’яти мільйонів артилерійських і реактивних снарядів лише за 2024 р.',
      rounds: 'до дев’яти мільйонів артилерійських і реактивних снарядів за 2024 р.',
      containersNote: 'усіх військових вантажів',
      period: 'контейнери — з вересня 2023 р.; снаряди — лише 2024 р.',
    },
  },
};
