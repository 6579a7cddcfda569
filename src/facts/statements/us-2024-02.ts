import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'us-2024-02',
  date: '2024-02-23',
  speaker: 'us-state',
  kind: 'count',
  containers: { value: 10_000, hedge: 'more-than' },
  rounds: [],
  sources: [
    {
      outlet: 'yonhap-cambodia-tribune',
      url: 'http://cambodiatribune.com/2nd-ld-n-korea-has-sent-more-than-10000-containers-of-munitions-materials-to-russia-since-sept-state-dept/',
    },
  ],
  words: {
    en: {
      context: 'fact sheet',
      summary:
        'A State Department fact sheet said North Korea had delivered more than 10,000 containers of munitions or munitions-related materials to Russia since September 2023.',
      containersNote: 'of munitions or munitions-related materials',
      period: 'since September 2023',
    },
    ko: {
      context: '설명자료',
      summary:
        '미국 국무부는 설명자료에서 북한이 2023년 9월 이후 러시아에 군수품 또는 군수 관련 물자 컨테이너 1만 개 이상을 보냈다고 밝혔습니다.',
      containersNote: '군수품 또는 군수 관련 물자',
      period: '2023년 9월 이후',
    },
    uk: {
      context: 'довідка',
      summary:
        'Держдепартамент США в довідці заявив, що з вересня 2023 р. КНДР передала Росії понад 10 000 контейнерів боєприпасів або пов’язаних із ними матеріалів.',
      containersNote: 'боєприпасів або пов’язаних із ними матеріалів',
      period: 'з вересня 2023 р.',
    },
  },
};
