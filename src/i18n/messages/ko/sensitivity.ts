import type { sensitivity as english } from '../en/sensitivity';

export const sensitivity: typeof english = {
  title: '무엇이 가장 중요한가',
  dek: (months) =>
    `다른 가정은 그대로 두고 가정을 하나씩 공개된 최저치에서 최고치까지(또는 직접 입력한 범위 전체로) 움직였습니다. 진한 선은 현재 포격 개월 수(${months})입니다.`,
  subjects: {
    containers: '컨테이너 수',
    perContainer: '컨테이너당 포탄 수',
    share: '포탄을 실은 컨테이너 비율',
    usable: '작동하는 포탄 비율',
    daily: '러시아의 하루 포격량',
  },
  spans: {
    containers: (_count, low, high) => `컨테이너 ${low}~${high}개`,
    perContainer: (_count, low, high) => `컨테이너당 ${low}~${high}발`,
    share: (_count, low, high) => `${low}~${high}`,
    usable: (_count, low, high) => `${low}~${high}`,
    daily: (_count, low, high) => `하루 ${low}~${high}발`,
  },
  lead: (subject, span, low, high) =>
    `가장 중요한 것은 ${subject}입니다. ${span} 사이에서 포격 개월 수가 ${low}에서 ${high}까지 달라집니다.`,
  noneMoves: (months) => `어느 가정도 포격 개월 수(${months})를 바꾸지 않습니다.`,
  spanFrom: {
    range: (span) => `${span}, 직접 입력한 90% 범위`,
    published: (span) => `${span}, 공개된 수치`,
  },
  ends: (lowMonths, lowAt, highMonths, highAt) =>
    `${lowAt} 기준 ${lowMonths}개월, ${highAt} 기준 ${highMonths}개월`,
  at: (value) => `${value} 기준`,
  caption: '가정 하나를 범위 양 끝에 두었을 때의 포격 개월 수',
  assumptionColumn: '가정, 시험한 범위',
  monthsColumn: (months) => `포격 개월 수(현재 ${months})`,
  notVaried: (labels) =>
    `움직이지 않은 가정: ${labels.map((label) => `${label}(공개된 수치 없음)`).join('; ')}.`,
};
