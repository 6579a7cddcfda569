import type { results as english } from '../en/results';

export const results: typeof english = {
  range: (text) => `90% 범위 ${text}`,
  workingRange: '90% 범위 계산 중…',
  medianShells: (_count, formatted) => `중앙값 ${formatted}발`,
  medianMonths: (_count, formatted) => `중앙값 ${formatted}개월(한 달 30.44일 기준)`,
  medianDays: (_count, formatted, range) => `중앙값 ${formatted}일; ${range}`,
  rangedNote:
    '입력한 범위에서 늘 같은 방식으로 뽑은 표본 10,000개의 중앙값과 90% 범위입니다. 아래 계산 과정은 각 범위의 가운데 값을 씁니다.',

  perDay: '하루 인도량',
  perDayExact: (_count, formatted) => `하루 ${formatted}발`,
  perDayOver: '첫 인도부터 집계일까지 {days} 동안',
  deliveryDays: (_count, formatted) => `${formatted}일`,
  coverage: '러시아군 하루 포격량 대비',
  coverageNote: (daily) => `이 기간 인도량을 하루 포격량 ${daily}발과 비교`,
  estimates: {
    summary: '실제로 보낸 포탄의 발표된 추정치 속 내 합계',
    statement: '추정',
    rounds: '발표된 보낸 포탄 수',
    months: (daily) => `하루 ${daily}발 기준 포격 개월 수`,
    yours: '내 합계(이 페이지)',
    note: '적재량 환산(‘실을 수 있는’ 양)은 실제로 보낸 포탄 수가 아니므로 넣지 않았습니다.',
  },
  coverageFlag: (daily) =>
    `100%를 넘습니다. 하루 ${daily}발 기준으로 이 가정들은 북한이 러시아군이 쏜 포탄 전부보다 많이 보냈다는 뜻이므로 모두 맞을 수는 없습니다. 각 가정이 틀렸을 수 있는 방향:`,
  coverageWays: {
    containers: '너무 높을 수 있습니다. 컨테이너 집계에는 다른 화물이 섞일 수 있습니다',
    perContainer:
      '너무 높을 수 있습니다. 공개 수치 대부분은 모두 152mm라고 할 때의 적재량이지 실제로 보낸 수가 아닙니다',
    share: '너무 높을 수 있습니다. 모든 컨테이너에 포탄이 실린 것은 아닙니다',
    usable: '너무 높을 수 있습니다. 일부 포탄은 작동하지 않거나 수리가 필요했습니다',
    daily: (low, high) =>
      `너무 낮을 수 있습니다. 공개된 러시아군 포격량은 하루 ${low}~${high}발입니다`,
  },
  weight: '컨테이너 1개분 포탄 무게',
  kg: (formatted) => `${formatted}kg`,
  fits: '적재 가능',
  tooHeavy: '너무 무거움',
  payloadNote: (share, limit) => `적재 한도 ${limit}의 ${share}, 포탄 본체만 계산`,
  fitShare: (share) => ` (표본의 ${share}에서 적재 가능)`,
  eu: '유럽연합의 포탄 100만 발 지원 약속 대비',
  euTimes: (formatted) => `${formatted}배`,
  euExact: (formatted) => `100만의 ${formatted}배`,
  euNote: '유럽연합은 12개월 안에 우크라이나에 포탄 100만 발을 주겠다고 약속했습니다(2023년 3월)',
  returned: '러시아가 돌려보낸 컨테이너',
  returnedExact: (_count, formatted) => `컨테이너 ${formatted}개`,
  returnedNote: '러시아가 받은 것보다 30% 많으며, 대부분 식량으로 추정',
  rockets: '인도된 122 mm 방사포탄',
  rocketsExact: (_count, formatted) => `${formatted}발`,
  rocketsNote: (share, perContainer) =>
    `컨테이너의 ${share}, 컨테이너당 ${perContainer}발. 포격 일수는 152 mm 포탄만 셉니다`,
  rocketsNone: '모든 컨테이너를 152mm 포탄으로 계산',
  sourceLabel: '발표와 출처',
  also: '함께 보도:',
  reported: (containers, rounds, period) => `보도 내용: ${containers}. ${rounds}. 기간: ${period}.`,
  implied: (perContainer) => `컨테이너당 환산: ${perContainer}(자체 계산이며 공표된 수치가 아님).`,
  modified: '변경됨.',
  youChanged: (names) => `바꾼 항목: ${names.join(', ')}.`,
  reset: '이 발표로 되돌리기',
  creditBased: (label) => `${label} 기준:`,
  creditModified: (label) => `${label}에서 출발해 가정을 바꿈:`,
};
