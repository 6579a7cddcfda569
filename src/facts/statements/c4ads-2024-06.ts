import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'c4ads-2024-06',
  date: '2024-06-22',
  speaker: 'wapo-c4ads',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 1_600_000, high: 1_600_000, hedge: 'about', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186245',
    },
    {
      outlet: 'rbc-ukraine',
      url: 'https://newsukraine.rbc.ua/news/north-korea-may-have-sent-1-6m-shells-to-1719145593.html',
    },
  ],
  words: {
    en: {
      summary:
        'The Washington Post, with C4ADS’s reading of Russian trade data, found 74,000 tonnes of explosives shipped from August 2023 to January 2024, a weight equal to about 1.6 million artillery shells. RUSI separately counted 27 shipments.',
      rounds: 'about 1.6 million (74,000 tonnes of “explosives”, as a weight equivalent)',
      period: 'August 2023 – January 2024',
    },
    ko: {
      summary:
        '워싱턴포스트는 러시아 무역 자료를 분석한 C4ADS와 함께, 2023년 8월부터 2024년 1월까지 폭발물 7만 4,000톤이 옮겨졌으며 이는 포탄 약 160만 발의 무게라고 보도했습니다. RUSI는 따로 27차례 선적을 셌습니다.',
      rounds: '약 160만 발(폭발물 7만 4,000톤을 무게로 환산)',
      period: '2023년 8월~2024년 1월',
    },
    uk: {
      summary:
        'The Washington Post разом із C4ADS за даними російської торгівлі знайшла 74 тис. тонн вибухівки, відправленої з серпня 2023 по січень 2024 р., — вага приблизно 1,6 млн артилерійських снарядів. RUSI окремо нарахував 27 відправлень.',
      rounds: 'близько 1,6 млн (74 тис. тонн «вибухівки» в перерахунку на вагу)',
      period: 'серпень 2023 – січень 2024 р.',
    },
  },
};
