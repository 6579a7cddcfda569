import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'shin-2024-03',
  date: '2024-03-18',
  speaker: 'shin',
  kind: 'count',
  containers: { value: 7_000, hedge: 'about' },
  rounds: [],
  sources: [
    {
      outlet: 'afp-eagle-news',
      url: 'https://www.eaglenews.ph/seoul-says-n-korea-has-shipped-7000-arms-containers-to-russia/',
    },
  ],
  words: {
    en: {
      summary:
        'Shin said the count had grown by 300 to around 7,000 containers of arms since July 2023.',
      period: 'since July 2023',
    },
    ko: {
      summary:
        '신원식 장관은 2023년 7월 이후 무기 컨테이너가 300개 늘어 약 7,000개가 됐다고 했습니다.',
      period: '2023년 7월 이후',
    },
    uk: {
      summary:
        'Шін Вон Сік сказав, що з липня 2023 р. кількість контейнерів зі зброєю зросла на 300 — приблизно до 7000.',
      period: 'з липня 2023 р.',
    },
  },
};
