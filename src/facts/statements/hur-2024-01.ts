import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'hur-2024-01',
  date: '2024-01-15',
  speaker: 'hur',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 1_000_000, high: 1_000_000, hedge: 'about', calibre: '122mm-and-152mm' }],
  sources: [
    {
      outlet: 'kyiv-independent',
      url: 'https://kyivindependent.com/budanov-north-korea-currently-russias-largest-arms-supplier/',
    },
  ],
  words: {
    en: {
      context: 'Kyrylo Budanov',
      summary:
        'Ukraine’s military intelligence chief Kyrylo Budanov said North Korea had become Russia’s largest arms supplier, with about 1 million rounds, mainly 122 mm and 152 mm.',
      rounds: 'about 1 million rounds, mainly 122 mm and 152 mm',
      period: 'to January 2024',
    },
    ko: {
      context: '키릴로 부다노프',
      summary:
        '키릴로 부다노프 우크라이나 국방부 정보총국장은 북한이 러시아의 최대 무기 공급국이 됐으며 주로 122 mm와 152 mm인 포탄 약 100만 발을 보냈다고 했습니다.',
      rounds: '주로 122 mm와 152 mm인 포탄 약 100만 발',
      period: '2024년 1월까지',
    },
    uk: {
      context: 'Кирило Буданов',
      summary:
        'Начальник ГУР Кирило Буданов заявив, що КНДР стала найбільшим постачальником зброї для Росії — близько 1 млн снарядів, переважно 122- і 152-мм.',
      rounds: 'близько 1 млн снарядів, переважно 122- і 152-мм',
      period: 'до січня 2024 р.',
    },
  },
};
