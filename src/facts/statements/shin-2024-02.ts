import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'shin-2024-02',
  date: '2024-02-26',
  speaker: 'shin',
  kind: 'capacity',
  containers: { value: 6_700, hedge: 'about' },
  rounds: [
    { low: 3_000_000, high: 3_000_000, hedge: 'more-than', calibre: '152mm' },
    { low: 500_000, high: 500_000, hedge: 'more-than', calibre: '122mm-rockets' },
  ],
  sources: [
    {
      outlet: 'reuters-the-star',
      url: 'https://thestar.com.my/news/world/2024/02/27/north-korea-has-sent-6700-containers-of-munitions-to-russia-south-korea-says',
      date: '2024-02-27',
    },
    { outlet: 'sbs', url: 'http://news.sbs.co.kr/news/endPage.do?news_id=N1007551927' },
    {
      outlet: 'politico',
      url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/',
    },
  ],
  preset: { start: '2023-09-13', end: '2024-02-26' },
  words: {
    en: {
      context: 'media briefing',
      summary:
        'Shin said about 6,700 containers had gone to Russia: enough for more than 3 million 152 mm shells, or more than 500,000 122 mm rocket-launcher rounds, or a mix of the two.',
      rounds:
        'more than 3 million if 152 mm shells, or more than 500,000 if 122 mm rocket-launcher rounds; “could be a mix of the two”',
      period:
        'since July, August or the Kim–Putin summit of 13 September 2023, by outlet (Reuters: July; YTN: August; Politico and Yonhap: the summit)',
      readings: {
        start:
          'The summit of 13 September 2023, as Politico and Yonhap report it; Reuters says July, YTN August.',
      },
    },
    ko: {
      context: '언론 브리핑',
      summary:
        '신원식 장관은 컨테이너 약 6,700개가 러시아로 갔다며, 152 mm 포탄이라면 300만 발 이상, 122 mm 방사포탄이라면 50만 발 이상이고 둘이 섞여 있을 수 있다고 했습니다.',
      rounds:
        '152 mm 포탄이면 300만 발 이상, 122 mm 방사포탄이면 50만 발 이상. "두 가지가 섞여 있을 수 있음"',
      period:
        '보도에 따라 2023년 7월, 8월 또는 9월 13일 김정은·푸틴 정상회담 이후(로이터: 7월, YTN: 8월, 폴리티코·연합뉴스: 정상회담)',
      readings: {
        start:
          '폴리티코와 연합뉴스 보도대로 2023년 9월 13일 정상회담부터로 잡았습니다. 로이터는 7월, YTN은 8월부터로 보도했습니다.',
      },
    },
    uk: {
      context: 'брифінг для преси',
      summary:
        'Шін Вон Сік заявив, що до Росії вирушило близько 6700 контейнерів: у них могло бути понад 3 млн 152-мм снарядів або понад 500 тис. 122-мм реактивних снарядів чи суміш обох.',
      rounds:
        'понад 3 млн, якщо це 152-мм снаряди, або понад 500 тис., якщо 122-мм реактивні снаряди; «це може бути суміш обох»',
      period:
        'з липня, серпня або з саміту Кім Чен Ина і Путіна 13 вересня 2023 р., залежно від видання (Reuters: липень; YTN: серпень; Politico і Йонхап: саміт)',
      readings: {
        start:
          'Саміт 13 вересня 2023 р., як пишуть Politico і Йонхап; Reuters пише «з липня», YTN — «з серпня».',
      },
    },
  },
};
