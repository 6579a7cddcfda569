import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'dia-2025-07',
  date: '2025-07-13',
  speaker: 'dia-kr',
  kind: 'capacity',
  containers: { value: 28_000, hedge: 'about' },
  rounds: [{ low: 12_000_000, high: 12_000_000, hedge: 'about', calibre: '152mm' }],
  sources: [
    {
      outlet: 'korea-defense-daily',
      url: 'https://kookbang.dema.mil.kr/newsWeb/20250714/5/ATCE_CTGR_0010010000/view.do',
    },
    {
      outlet: 'menafn-yonhap',
      url: 'https://menafn.com/1109793351/N-Korea-Delivers-Over-12M-Artillery-Shells-to-Russia',
    },
  ],
  preset: { start: '2022-07-01', end: '2025-07-13' },
  words: {
    en: {
      context: 'report to Rep. Kang Dae-sik',
      summary:
        'South Korea’s Defense Intelligence Agency put the running total at about 28,000 containers: about 12 million shells if converted into 152 mm rounds alone.',
      rounds: 'about 12 million, “converted into 152 mm rounds alone”',
      period: 'running total (the series counts from mid-2022)',
      readings: { start: 'Mid-2022, as in the agency’s 2024 counts, read as 1 July 2022.' },
    },
    ko: {
      context: '강대식 의원 제출 자료',
      summary:
        '국방정보본부는 누적 컨테이너를 약 2만 8,000개로 보고, 152 mm 단일 탄종으로 환산하면 1,200만여 발이라고 평가했습니다.',
      rounds: '"152 mm 단일 탄종으로 환산하면" 1,200만여 발',
      period: '누적(2022년 중반부터 집계)',
      readings: { start: '2024년 집계와 같이 2022년 중반, 곧 2022년 7월 1일로 읽었습니다.' },
    },
    uk: {
      context: 'звіт для депутата Кан Де Сіка',
      summary:
        'Оборонна розвідка Південної Кореї оцінила загальну кількість приблизно у 28 000 контейнерів — близько 12 млн снарядів у перерахунку лише на 152-мм.',
      rounds: 'близько 12 млн «у перерахунку лише на 152-мм»',
      period: 'загальний підсумок (підрахунок ведеться з середини 2022 р.)',
      readings: {
        start: 'Середина 2022 р., як у підрахунках 2024 р., прочитана як 1 липня 2022 р.',
      },
    },
  },
};
