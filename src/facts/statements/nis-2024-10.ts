import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'nis-2024-10',
  date: '2024-10-18',
  speaker: 'nis',
  kind: 'capacity',
  containers: { value: 13_000, hedge: 'more-than' },
  rounds: [{ low: 8_000_000, high: 8_000_000, hedge: 'more-than', calibre: '122mm-and-152mm' }],
  sources: [{ outlet: 'kuki-news', url: 'http://img.kukinews.com/article/view/kuk202410180189' }],
  preset: { start: '2023-08-01', end: '2024-10-18' },
  words: {
    en: {
      summary:
        'The National Intelligence Service said more than 13,000 containers had gone in about 70 shipments since August 2023: more than 8 million 122 mm and 152 mm rounds, judging by the containers’ size.',
      rounds: 'more than 8 million 122 mm and 152 mm rounds (from the containers’ size)',
      period: 'since August 2023, about 70 shipments',
      readings: { start: '“Since August 2023” read as from 1 August.' },
    },
    ko: {
      summary:
        '국가정보원은 2023년 8월 이후 약 70차례에 걸쳐 컨테이너 1만 3,000개 이상이 옮겨졌으며, 컨테이너 규모로 보아 122 mm·152 mm 포탄 등 총 800여만 발 이상이라고 밝혔습니다.',
      rounds: '122 mm·152 mm 포탄 등 총 800여만 발 이상(컨테이너 규모로 추산)',
      period: '2023년 8월 이후, 약 70차례 선적',
      readings: { start: '"2023년 8월 이후"를 8월 1일부터로 읽었습니다.' },
    },
    uk: {
      summary:
        'Розвідка Південної Кореї заявила, що з серпня 2023 р. приблизно 70 партіями вирушило понад 13 000 контейнерів — за їхнім розміром понад 8 млн 122- і 152-мм снарядів.',
      rounds: 'понад 8 млн 122- і 152-мм снарядів (за розміром контейнерів)',
      period: 'з серпня 2023 р., близько 70 відправлень',
      readings: { start: '«З серпня 2023 р.» прочитано як з 1 серпня.' },
    },
  },
};
