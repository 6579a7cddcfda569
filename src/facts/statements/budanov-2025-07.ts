import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'budanov-2025-07',
  date: '2025-07-11',
  speaker: 'hur',
  kind: 'estimate',
  containers: null,
  rounds: [],
  shareOfRussianUse: 40,
  sources: [
    {
      outlet: 'korea-defense-daily',
      url: 'https://kookbang.dema.mil.kr/newsWeb/20250714/5/ATCE_CTGR_0010010000/view.do',
    },
  ],
  words: {
    en: {
      context: 'Kyrylo Budanov, to Bloomberg',
      summary:
        'Ukraine’s military intelligence chief Kyrylo Budanov told Bloomberg that about 40% of the ammunition Russia uses in the war comes from North Korea.',
      rounds: 'about 40% of the ammunition Russia uses',
      period: 'now',
    },
    ko: {
      context: '키릴로 부다노프, 블룸버그 인터뷰',
      summary:
        '키릴로 부다노프 우크라이나 국방부 정보총국장은 블룸버그에 러시아군이 전쟁에서 쓰는 탄약의 약 40%가 북한제라고 말했습니다.',
      rounds: '러시아군이 쓰는 탄약의 약 40%',
      period: '현재',
    },
    uk: {
      context: 'Кирило Буданов, Bloomberg',
      summary:
        'Начальник ГУР Кирило Буданов сказав Bloomberg, що близько 40% боєприпасів, які Росія використовує у війні, — північнокорейські.',
      rounds: 'близько 40% боєприпасів, які використовує Росія',
      period: 'нині',
    },
  },
};
