import type { solver as english } from '../en/solver';

// The unknowns all end in 수, so they take the particle 는 (`cannotUse`).

export const solver: typeof english = {
  title: '무엇이 사실이어야 할까',
  dek: '목표와 가정 하나를 고르십시오. 다른 가정은 그대로 둔 채(범위는 중앙값으로) 그 가정이 얼마여야 하는지 계산기가 구합니다.',
  target: '목표',
  targetValue: '목표값',
  solveFor: '구할 가정',
  kinds: { months: '포격 개월 수', lastDay: '포격 마지막 날', total: '포탄 총수' },
  kindUnits: { months: '개월', lastDay: '연-월-일', total: '발(작동하는 포탄)' },
  unknowns: {
    perContainer: '컨테이너당 포탄 수',
    containers: '컨테이너 수',
    daily: '하루 발사 포탄 수',
  },
  goals: {
    months: (_count, formatted) => `포탄이 ${formatted}개월 동안 버티려면`,
    lastDay: (date) => `포탄이 ${date}까지 버티려면`,
    total: (_count, formatted) => `작동하는 포탄 ${formatted}발을 보내려면`,
  },
  answers: {
    perContainer: (goal, _count, about, exact) =>
      `${goal} 컨테이너 하나에 포탄이 약 ${about}발(${exact}) 들어 있어야 합니다.`,
    containers: (goal, _count, about, exact) =>
      `${goal} 북한이 컨테이너를 약 ${about}개(${exact}) 보냈어야 합니다.`,
    daily: (goal, _count, about, exact) =>
      `${goal} 러시아가 하루에 약 ${about}발(${exact})을 쏴야 합니다.`,
  },
  verdicts: {
    implausible: '타당하지 않습니다.',
    'beyond-published': '공개된 수치를 벗어납니다.',
    plausible: '타당합니다.',
  },
  weighWithin: (mass, payload) =>
    `무게는 ${mass}으로, 컨테이너 한 대에 실을 수 있는 ${payload} 이내입니다.`,
  weighOver: (mass, payload) =>
    `무게는 ${mass}으로, 컨테이너 한 대에 실을 수 있는 ${payload}을 넘습니다.`,
  published: {
    below: (span) => `공개된 어떤 수치보다도 적습니다(${span}).`,
    within: (span) => `공개된 수치 범위 안에 있습니다(${span}).`,
    above: (span) => `공개된 어떤 수치보다도 많습니다(${span}).`,
  },
  spans: {
    perContainer: (_count, low, high) => `컨테이너당 ${low}~${high}발`,
    containers: (_count, low, high) => `컨테이너 ${low}~${high}개`,
    daily: (_count, low, high) => `하루 ${low}~${high}발`,
  },
  cannotUse: (unknown, reason) => `계산기에 넣을 수 없습니다. ${unknown}는 ${reason}.`,
  use: {
    perContainer: (_count, value) => `컨테이너당 ${value}발 적용`,
    containers: (_count, value) => `컨테이너 ${value}개 적용`,
    daily: (_count, value) => `하루 ${value}발 적용`,
  },
  applied: (label, value) => `적용했습니다. ${label}: ${value}`,
  replacesRange: '입력한 범위 대신 이 숫자 하나가 들어갑니다.',
  failures: {
    notPositive: '0보다 큰 숫자를 입력하십시오',
    lastDayNotAfterCount: (date) =>
      `포탄은 적어도 집계일인 ${date}까지는 버팁니다. 그보다 늦은 날을 고르십시오`,
    totalIgnoresDaily:
      '러시아가 얼마나 빨리 쏘는지는 보낸 포탄 수를 바꾸지 않습니다. 컨테이너 수나 컨테이너당 포탄 수를 구하십시오.',
    nothingDelivered: (label, zero, unknown) =>
      `${label} 값이 ${zero}이면 ${unknown}를 얼마로 잡아도 목표를 이룰 수 없습니다.`,
    noDeliveryPeriod: (reason) => `먼저 날짜를 확인하십시오: ${reason}.`,
    beyondNumbers: '목표가 너무 커서 계산할 수 없습니다.',
  },
};
