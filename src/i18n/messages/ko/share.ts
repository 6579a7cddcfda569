import type { CitationParts, share as english, SentenceAmount, SentenceParts } from '../en/share';

const AUTHOR = '셸 카운트';
const WORK = '북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산';
const KIND = '대화형 계산기';

/** "수치 출처: 신원식 국방부 장관, 2024년 6월. 2026년 12월 5일 출처 대조" */
function basis(c: CitationParts): string {
  const scenario = c.changed ? `${c.scenario}(가정 변경)` : c.scenario;
  return `수치 출처: ${scenario}, ${c.reviewed} 출처 대조`;
}

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
    text: (p) => {
      const fireText = `러시아가 하루 ${p.daily.text}발(${p.daily.source})을 쏜다면 ${fire(p.fire)} 동안 쏠 수 있는 양입니다`;
      const shares =
        p.shares === null
          ? ''
          : ` 컨테이너의 ${p.shares.share.text}(${p.shares.share.source})에 포탄이 실려 있고 그중 ${p.shares.usable.text}(${p.shares.usable.source})가 작동한다고 가정했습니다.`;
      const mix =
        p.mix === null
          ? ''
          : ` 컨테이너의 ${p.mix.share.text}(${p.mix.share.source})에는 포탄 대신 ${p.mix.calibre}이 컨테이너당 ${p.mix.perContainer.text}발(${p.mix.perContainer.source})씩, 모두 ${amount(p.mix.rockets)} 발 실려 있다고 가정했습니다.`;
      const tail = ` 수치는 ${p.reviewed}에 출처와 대조했습니다. 계산: ${p.link}`;
      if (p.claim !== null) {
        const c = p.claim;
        const containers =
          c.countedBy === null ? c.containers : `${c.containers}(${c.countedBy} 집계)`;
        const verb = c.kind === 'capacity' ? '담을 수 있음' : '실어 보낸 것으로 추정';
        return (
          `${c.who}, ${c.when}: ${containers}에 ${c.calibre} ${c.rounds}을 ${verb}` +
          `(컨테이너당 ${c.perContainer}발, 자체 계산).${shares} ${fireText}.${tail}`
        );
      }
      const k = p.calculation;
      if (k === null) return `${fireText}.${tail}`;
      return (
        `컨테이너 1개에 포탄 ${k.perContainer.text}발(${k.perContainer.source})을 싣는다면, ` +
        `${k.containers.text}(${k.containers.source})에는 포탄 ${amount(k.shells)} 발이 들어갑니다(자체 계산).` +
        `${shares}${mix} ${fireText}.${tail}`
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
    plainText: (c) =>
      `${AUTHOR}, 「${WORK}」, ${KIND}, ${c.year}. ${basis(c)}. ${c.link} (${c.accessed} 접속).`,
    apaText: (c) =>
      `${AUTHOR}. (${c.year}). ${WORK} [${KIND}; ${basis(c)}]. ${c.accessed} 검색, ${c.link}`,
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
    kind: '코드 종류',
    kinds: {
      iframe: '상호작용 상자(스크립트 포함)',
      amp: 'AMP 페이지',
      image: '정적 이미지(뉴스레터, 뉴스 앱, 인쇄)',
    },
    ampMore: '셸 카운트 전체 보기',
    imageNote: (statement) =>
      `이미지와 설명은 ${statement}의 수치와 그 링크를 보여 줍니다. 사이트와 함께 만들어지므로 바꾼 값은 따라가지 않습니다.`,
    imageChanged: (statement) =>
      `지금 수치는 ${statement}와 다릅니다. 이미지는 그 발표의 수치를 보여 줍니다. 지금 수치를 그림으로 쓰려면 차트를 내려받으세요(내려받기).`,
    preview: '삽입 미리 보기',
    previewNote:
      '코드에 적힌 높이로 보여 줍니다. 기사 안에서는 스크립트가 상자 높이를 내용에 맞춥니다.',
  },
};
