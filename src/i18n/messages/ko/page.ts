import type { page as english } from '../en/page';

export const page: typeof english = {
  kicker: '북한 · 러시아 · 포탄',
  title: '북한은 러시아에 포탄을 몇 발 보냈고, 그것은 얼마나 버틸까?',
  documentTitle: '셸 카운트: 북한이 러시아에 보낸 포탄을 계산하다',
  skipLink: '결과로 건너뛰기',
  sectionsLabel: '이 페이지의 내용',
  bar: { shells: '작동 포탄', months: '개월 포격', until: '포격 마지막 날' },
  exactValues: '정확한 값 보기',
  resultsHeading: '결과',
  embedTitle: '셸 카운트: 북한이 러시아에 보낸 포탄을 러시아군 포격 개월 수로',
  embedCredit: '셸 카운트 · 한국, 미국, 우크라이나 당국자와 분석가의 수치',
  openFull: '전체 계산기 열기',
  figuresAsOf: (date) => `${date} 기준 수치`,
  printLink: '이 수치의 온라인 주소:',
  loading: (what) => `${what} 불러오는 중…`,
  loadingWhat: {
    source: '출처',
    details: '다른 결과',
    inputs: '가정',
    chart: '차트',
    sources: '출처 목록',
  },
  failed: '이 부분을 표시할 수 없습니다. 기본 수치로 되돌리면 대개 다시 나타납니다.',
  reset: '기본값으로 되돌리기',
};
