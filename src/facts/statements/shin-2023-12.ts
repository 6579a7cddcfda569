import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'shin-2023-12',
  date: '2023-12-29',
  speaker: 'shin',
  kind: 'capacity',
  containers: { value: 5_000, hedge: 'about' },
  rounds: [
    { low: 2_000_000, high: 2_000_000, hedge: 'more-than', calibre: '152mm' },
    { low: 400_000, high: 400_000, hedge: 'more-than', calibre: '122mm-rockets' },
  ],
  sources: [
    {
      outlet: 'efe-pledge-times',
      url: 'https://pledgetimes.com/north-korea-helped-russia-with-5000-containers-says-seoul/',
    },
  ],
  preset: { start: '2023-09-13', end: '2023-12-29' },
  words: {
    en: {
      summary:
        'Shin put the containers at about 5,000: more than 2 million rounds if 152 mm shells, or more than 400,000 if 122 mm.',
      rounds: 'more than 2 million if 152 mm; more than 400,000 if 122 mm',
      period: 'not stated (detections reported from October 2023)',
      readings: {
        start:
          'Not stated; we start from the Kim–Putin summit of 13 September 2023, as his later counts do.',
      },
    },
    ko: {
      summary:
        '신원식 장관은 컨테이너를 약 5,000개로 보고, 152 mm 포탄이라면 200만 발 이상, 122 mm라면 40만 발 이상이라고 했습니다.',
      rounds: '152 mm라면 200만 발 이상, 122 mm라면 40만 발 이상',
      period: '밝히지 않음(10월부터 포착)',
      readings: {
        start:
          '밝히지 않아, 이후 집계들의 기준인 2023년 9월 13일 김정은·푸틴 정상회담부터로 잡았습니다.',
      },
    },
    uk: {
      summary:
        'Шін Вон Сік оцінив кількість контейнерів приблизно у 5000: понад 2 млн снарядів, якщо це 152-мм, або понад 400 тис., якщо 122-мм.',
      rounds: 'понад 2 млн, якщо 152-мм; понад 400 тис., якщо 122-мм',
      period: 'не названо (виявлення з жовтня 2023 р.)',
      readings: {
        start:
          'Не назвав; ми рахуємо від саміту Кім Чен Ина і Путіна 13 вересня 2023 р., як і його пізніші підрахунки.',
      },
    },
  },
};
