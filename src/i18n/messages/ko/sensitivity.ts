import type { sensitivity as english } from '../en/sensitivity';

export const sensitivity: typeof english = {
  title: '무엇이 가장 중요한가',
  dek: (months) =>
    `다른 가정은 그대로 두고 가정을 하나씩 이 발표에 대한 불확실성 범위(발표 자체의 단서, 공개된 환산·포격 속도·작동 비율. 다른 시점의 집계는 쓰지 않음) 또는 직접 입력한 범위 전체로 움직였습니다. 진한 선은 현재 포격 개월 수(${months})입니다.`,
  subjects: {
    containers: '컨테이너 수',
    perContainer: '컨테이너당 포탄 수',
    share: '포탄을 실은 컨테이너 비율',
    usable: '작동하는 포탄 비율',
    rocketShare: '포탄과 방사포탄의 구성',
    daily: '러시아의 하루 포격량',
  },
  spans: {
    containers: (_count, low, high) => `컨테이너 ${low}~${high}개`,
    perContainer: (_count, low, high) => `컨테이너당 ${low}~${high}발`,
    share: (_count, low, high) => `${low}~${high}`,
    usable: (_count, low, high) => `${low}~${high}`,
    rocketShare: (_count, low, high) => `방사포탄 ${low}~${high}`,
    daily: (_count, low, high) => `하루 ${low}~${high}발`,
  },
  lead: (subject, span, low, high) =>
    `가장 중요한 것은 ${subject}입니다. ${span} 사이에서 포격 개월 수가 ${low}에서 ${high}까지 달라집니다.`,
  noneMoves: (months) => `어느 가정도 포격 개월 수(${months})를 바꾸지 않습니다.`,
  spanFrom: {
    range: (span) => `${span}, 직접 입력한 90% 범위`,
    doubt: (span, basis) => `${span}: ${basis}`,
  },
  basis: {
    hedge: (quoted, reading) => `"${quoted}"를 ${reading}로 읽음(자체 해석)`,
    ownSpan: '발표 자체의 범위',
    conversions: (low, high) => `공개된 152 mm 포탄 환산, ${low}부터 ${high}까지(자체 계산)`,
    working: (credit) => `절반 작동(${credit})부터 전부 작동까지`,
    rates: (low, high) => `공개된 러시아 포격 속도, ${low}부터 ${high}까지`,
    notes: {
      mix: '모두 152 mm 포탄부터 모두 122 mm 방사포탄까지("두 가지가 섞여 있을 수 있음")',
    },
  },
  hedgeReadings: {
    about: '위아래 10% 범위',
    some: '위아래 10% 범위',
    'more-than': '최대 20% 많은 범위(상한이 없으므로)',
    'at-least': '최대 20% 많은 범위(상한이 없으므로)',
    'as-many-as': '최대 20% 적은 범위',
    'about-or-more': '10% 적은 값부터 20% 많은 값까지',
    exactly: '정확한 값',
  },
  ends: (lowMonths, lowAt, highMonths, highAt) =>
    `${lowAt} 기준 ${lowMonths}개월, ${highAt} 기준 ${highMonths}개월`,
  at: (value) => `${value} 기준`,
  caption: '가정 하나를 범위 양 끝에 두었을 때의 포격 개월 수',
  assumptionColumn: '가정, 시험한 범위',
  monthsColumn: (months) => `포격 개월 수(현재 ${months})`,
  unvaried: {
    exact: '정확한 수치로 발표됨',
    unpublished: '공개된 수치 없음',
    'one-calibre': '발표가 한 가지 탄종만 언급',
  },
  notVaried: (items) =>
    `움직이지 않은 가정: ${items.map(({ label, why }) => `${label}(${why})`).join('; ')}.`,
};
