import type { share as english, SentenceAmount, SentenceParts } from '../en/share';

const YOURS = '직접 입력한 가정';
const AUTHOR = '셸 카운트';
const WORK = '북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산';
const KIND = '대화형 계산기';

/** "약 480만", "300만~580만". */
function amount({ low, high }: SentenceAmount): string {
  return high === null ? `약 ${low}` : `${low}~${high}`;
}

/** "약 16개월", "10~19개월", "약 29일". */
function fire(fire: SentenceParts['fire']): string {
  return `${amount(fire)}${fire.unit === 'months' ? '개월' : '일'}`;
}

export const share: typeof english = {
  title: '공유',
  intro: '링크에는 바꾼 수치가 모두 담깁니다. 링크를 연 사람은 지금 보시는 화면을 그대로 봅니다.',
  appName: '셸 카운트',
  shareText: (total, months) => `포탄 약 ${total} 발, 러시아 포격 ${months}개월분입니다.`,
  link: {
    openAt: '링크를 열면 보이는 곳',
    atTop: '페이지 맨 위',
    atSection: (title) => `‘${title}’ 부분`,
    label: '이 화면의 링크',
    copy: '링크 복사',
    share: '공유…',
    copied: '링크를 복사했습니다',
    manual: '링크를 선택해 두었습니다. Ctrl+C(⌘C)를 눌러 복사하세요.',
  },
  sentence: {
    title: '인용할 문장',
    note: '신중한 기사처럼 반올림하고, 수치마다 출처와 이 계산의 링크를 붙였습니다.',
    label: '문장',
    copy: '문장 복사',
    copied: '문장을 복사했습니다',
    manual: '문장을 선택해 두었습니다. Ctrl+C(⌘C)를 눌러 복사하세요.',
    pending: '범위를 계산하는 중…',
    yours: YOURS,
    derived: '같은 발표의 수치로 계산',
    borrowed: '신원식 국방부 장관 발표의 비율, 2024년 2월',
    statements: {
      'mnd-2023-10': '국방부, 2023년 10월',
      'nis-2023-11': '국가정보원(NIS), 2023년 11월',
      'shin-2023-12': '신원식 국방부 장관, 2023년 12월',
      'shin-2024-02': '신원식 국방부 장관, 2024년 2월',
      'shin-2024-06': '신원식 국방부 장관, 2024년 6월',
      'shin-2024-07': '신원식 국방부 장관, 2024년 7월',
      'dia-2024-08': '국방정보본부, 2024년 8월',
      'osc-2025-04': '오픈소스센터, 2025년 4월',
      'dia-2025-07': '국방정보본부, 2025년 7월',
    },
    dailySources: {
      'rusi-2024': 'RUSI·NATO, 2024년 초',
      'nis-2023-11': '국가정보원(NIS) 발표에서 계산, 2023년 11월',
      'us-2022': '미국 국방부 당국자, 2022년 11월',
      'rusi-2022': 'RUSI, 2022년 평균',
      'syrskyi-2024-08': '올렉산드르 시르스키 우크라이나군 총사령관, 2024년 8월',
    },
    text: (p) => {
      const shares =
        p.shares === null
          ? ''
          : ` 컨테이너의 ${p.shares.share}에 포탄이 실려 있고 그중 ${p.shares.usable}가 작동한다고 가정했습니다(${YOURS}).`;
      return (
        `컨테이너 1개에 포탄 ${p.perContainer.text}발(${p.perContainer.source})이 들어 있다고 보면, ` +
        `컨테이너 ${p.containers.text}개(${p.containers.source})에는 ${amount(p.shells)} 발이 들어갑니다. ` +
        `러시아가 하루 ${p.daily.text}발(${p.daily.source})을 쏜다면 ${fire(p.fire)} 동안 쏠 수 있는 양입니다.` +
        `${shares} 계산: ${p.link}`
      );
    },
  },
  cite: {
    title: '인용하기',
    note: '인용문의 링크는 이 계산을 엽니다. 날짜는 접속일인 오늘 날짜입니다.',
    styles: {
      plain: {
        label: '일반 텍스트',
        copy: '일반 텍스트 복사',
        copied: '일반 텍스트 인용문을 복사했습니다',
      },
      apa: { label: 'APA 7', copy: 'APA 7 복사', copied: 'APA 7 인용문을 복사했습니다' },
      bibtex: { label: 'BibTeX', copy: 'BibTeX 복사', copied: 'BibTeX 항목을 복사했습니다' },
    },
    manual: '인용문을 선택해 두었습니다. Ctrl+C(⌘C)를 눌러 복사하세요.',
    plainText: (c) => `${AUTHOR}, 「${WORK}」, ${KIND}, ${c.year}. ${c.link} (${c.accessed} 접속).`,
    apaText: (c) => `${AUTHOR}. (${c.year}). ${WORK} [${KIND}]. ${c.accessed} 검색, ${c.link}`,
  },
  embed: {
    title: '기사에 삽입',
    note: '이 코드를 페이지의 HTML에 붙여 넣으세요. 삽입한 상자는 위의 수치로 열리고 독자가 가정을 바꿀 수 있습니다. 함께 들어 있는 스크립트가 상자 높이를 내용에 맞춥니다.',
    language: '언어',
    followArticle: '기사 언어에 맞춤',
    colours: '색상',
    themes: { auto: '독자 기기 설정에 맞춤', light: '밝게', dark: '어둡게' },
    height: '처음 높이',
    unit: '픽셀',
    heightHint: (min, max) =>
      `높이: ${min}~${max}픽셀. 스크립트가 상자 높이를 맞추기 전까지, 또는 스크립트를 지우는 사이트에서는 계속 이 높이를 씁니다.`,
    heightError: (min, max, kept) =>
      `${min}~${max} 사이의 정수로 픽셀 수를 입력하세요. 코드에는 ${kept}픽셀이 그대로 남아 있습니다.`,
    code: '삽입 코드',
    copy: '삽입 코드 복사',
    copied: '삽입 코드를 복사했습니다',
    manual: '코드를 선택해 두었습니다. Ctrl+C(⌘C)를 눌러 복사하세요.',
    frameTitle: '셸 카운트: 북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산',
    preview: '삽입 미리 보기',
    previewNote:
      '코드에 적힌 높이로 보여 줍니다. 기사 안에서는 스크립트가 상자 높이를 내용에 맞춥니다.',
  },
};
