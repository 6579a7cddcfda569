import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'nis-2025-06',
  date: '2025-06-26',
  speaker: 'nis',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 10_000_000, high: 10_000_000, hedge: 'about', calibre: 'shells-and-missiles' }],
  sources: [{ outlet: 'kbs-news', url: 'https://news.kbs.co.kr/news/pc/view/view.do?ncd=8289096' }],
  words: {
    en: {
      context: 'to the National Assembly',
      summary:
        'The National Intelligence Service told lawmakers that North Korea had sent Russia approximately 10 million rounds of artillery shells and missiles.',
      rounds: 'approximately 10 million rounds of artillery shells and missiles',
      period: 'to date',
    },
    ko: {
      context: '국회 보고',
      summary:
        '국가정보원은 국회에 북한이 러시아에 포탄과 미사일 약 1,000만 발을 보냈다고 보고했습니다.',
      rounds: '포탄과 미사일 약 1,000만 발',
      period: '지금까지',
    },
    uk: {
      context: 'доповідь парламенту',
      summary:
        'Розвідка Південної Кореї повідомила депутатам, що КНДР передала Росії приблизно 10 млн артилерійських снарядів і ракет.',
      rounds: 'приблизно 10 млн артилерійських снарядів і ракет',
      period: 'на цей час',
    },
  },
};
