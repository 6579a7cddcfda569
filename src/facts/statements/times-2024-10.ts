import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'times-2024-10',
  date: '2024-10-04',
  speaker: 'times',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 3_000_000, high: 3_000_000, hedge: 'about', calibre: 'unstated' }],
  shareOfRussianUse: 50,
  runningTotal: false,
  sources: [
    {
      outlet: 'kyiv-independent',
      url: 'https://kyivindependent.com/half-of-russias-shells-used-in-ukraine-supplied-by-north-korea-the-times-reports/',
    },
  ],
  words: {
    en: {
      summary:
        'The Times, citing Western intelligence, reported that North Korea supplied around 3 million shells a year, half of all the artillery shells Russia uses in Ukraine.',
      rounds: 'around 3 million a year; “half of all” the artillery shells Russia uses',
      period: 'a year',
    },
    ko: {
      summary:
        '더타임스는 서방 정보 당국을 인용해 북한이 한 해 포탄 약 300만 발을 공급하며, 이는 러시아가 우크라이나에서 쓰는 포탄의 "절반"이라고 보도했습니다.',
      rounds: '한 해 약 300만 발. 러시아가 쓰는 포탄의 "절반"',
      period: '1년',
    },
    uk: {
      summary:
        'The Times з посиланням на західну розвідку повідомила, що КНДР постачає близько 3 млн снарядів на рік — «половину всіх» артилерійських снарядів, які Росія використовує в Україні.',
      rounds:
        'близько 3 млн на рік; «половина всіх» артилерійських снарядів, які використовує Росія',
      period: 'рік',
    },
  },
};
