import type { Statement } from '../statement';

export const statement: Statement = {
  id: 'wh-2023-10',
  date: '2023-10-13',
  speaker: 'white-house',
  kind: 'count',
  containers: { value: 1_000, hedge: 'more-than' },
  rounds: [],
  sources: [
    {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181077',
    },
  ],
  words: {
    en: {
      context: 'NSC spokesman John Kirby',
      summary:
        'The White House said North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia, loaded at Najin between 7 September and 1 October.',
      containersNote: 'of military equipment and munitions',
      period: 'loaded at Najin, 7 September – 1 October 2023',
    },
    ko: {
      context: '존 커비 국가안보회의 대변인',
      summary:
        '백악관은 북한이 9월 7일부터 10월 1일 사이 나진항에서 실은 군사 장비와 탄약 컨테이너 1,000개 이상을 러시아에 넘겼다고 밝혔습니다.',
      containersNote: '군사 장비와 탄약',
      period: '나진항 선적, 2023년 9월 7일~10월 1일',
    },
    uk: {
      context: 'речник Ради національної безпеки Джон Кірбі',
      summary:
        'Білий дім заявив, що КНДР передала Росії понад 1000 контейнерів військового спорядження і боєприпасів, завантажених у Наджині з 7 вересня по 1 жовтня.',
      containersNote: 'військового спорядження і боєприпасів',
      period: 'завантажені в Наджині 7 вересня – 1 жовтня 2023 р.',
    },
  },
};
