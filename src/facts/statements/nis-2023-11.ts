import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'nis-2023-11',
  date: '2023-11-01',
  speaker: 'nis',
  kind: 'estimate',
  containers: null,
  rounds: [{ low: 1_000_000, high: 1_000_000, hedge: 'more-than', calibre: 'unstated' }],
  sources: [
    {
      outlet: 'chosun-ilbo',
      url: 'https://english.chosun.com/site/data/html_dir/2023/11/02/2023110201083.html',
    },
    { outlet: 'news1', url: 'https://news1.kr/amp/politics/assembly/5217986' },
  ],
  words: {
    en: {
      context: 'closed briefing, via Rep. Yoo Sang-bum',
      summary:
        'South Korea’s spy agency told lawmakers that more than a million shells had gone to Russia since early August, in more than ten shipments: more than two months of the war’s use. It gave no container count.',
      rounds: 'more than a million shells; “more than two months” of the war’s use',
      period: 'since early August 2023, more than ten shipments',
      readings: {
        containers: 'Our division, 1,000,000 ÷ 448: the NIS gave no container count.',
        perContainer:
          'Our assumption: the February 2024 statement’s 448 a container, as the NIS gave none.',
        daily: 'Our division: 1 million shells in “more than two months”, 1,000,000 ÷ 60 days.',
        start: '“Early August 2023” read as 1 August.',
      },
    },
    ko: {
      context: '비공개 보고, 유상범 의원 전언',
      summary:
        '국가정보원은 국회에 8월 초 이후 10여 차례에 걸쳐 포탄 100만 발 이상이 러시아로 반출됐으며, 이는 전쟁에서 "두 달 이상" 쓸 양이라고 보고했습니다. 컨테이너 수는 밝히지 않았습니다.',
      rounds: '포탄 100만 발 이상. 전쟁에서 "두 달 이상" 쓸 양',
      period: '2023년 8월 초 이후, 10여 차례 선적',
      readings: {
        containers: '자체 계산: 1,000,000 ÷ 448. 국정원은 컨테이너 수를 밝히지 않았습니다.',
        perContainer:
          '자체 가정: 국정원이 밝히지 않아 2024년 2월 발표의 컨테이너당 448발을 썼습니다.',
        daily: '자체 계산: "두 달 이상" 쓸 포탄 100만 발, 1,000,000 ÷ 60일.',
        start: '"2023년 8월 초"를 8월 1일로 읽었습니다.',
      },
    },
    uk: {
      context: 'закритий брифінг, за словами депутата Ю Сан Бома',
      summary:
        'Розвідка Південної Кореї повідомила депутатам, що з початку серпня до Росії понад десятьма партіями вирушило понад мільйон снарядів — «більш ніж на два місяці» війни. Кількості контейнерів вона не назвала.',
      rounds: 'понад мільйон снарядів; «більш ніж на два місяці» війни',
      period: 'з початку серпня 2023 р., понад десять відправлень',
      readings: {
        containers: 'Наш поділ: 1 000 000 ÷ 448; розвідка не назвала кількості контейнерів.',
        perContainer:
          'Наше припущення: 448 на контейнер із заяви лютого 2024 р., бо розвідка своєї цифри не дала.',
        daily: 'Наш поділ: 1 млн снарядів на «більш ніж два місяці», 1 000 000 ÷ 60 днів.',
        start: '«Початок серпня 2023 р.» прочитано як 1 серпня.',
      },
    },
  },
};
