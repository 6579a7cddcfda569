import type { assumptions as english } from '../en/assumptions';
import { sources } from './sources';

export const assumptions: typeof english = {
  title: '계산의 가정',
  groups: {
    shipped: '보낸 물량',
    mix: '152 mm 포탄 또는 122 mm 방사포탄',
    fire: '러시아의 포격 속도',
    when: '기간',
    weight: '컨테이너에 들어갈까? (무게 확인)',
  },
  labels: {
    containers: '보낸 컨테이너 수',
    perContainer: '컨테이너당 포탄 수',
    share: '포탄이 든 컨테이너 비율',
    usable: '작동하는 포탄 비율',
    rocketShare: '122 mm 방사포탄이 대신 든 비율',
    perContainerRockets: '컨테이너당 122 mm 방사포탄 수',
    daily: '러시아의 하루 포격량',
    start: '첫 인도일',
    end: '집계 기준일',
    shellKg: '포탄 1발의 질량',
    payloadKg: '컨테이너 적재 한도',
    packaging: '포장 여유분(가정)',
  },
  units: {
    containers: '개',
    perContainer: '발',
    share: '%',
    usable: '%',
    rocketShare: '%',
    perContainerRockets: '발',
    daily: '발/일',
    start: '연-월-일',
    end: '연-월-일',
    shellKg: 'kg',
    payloadKg: 'kg',
    packaging: '%(포탄 질량 대비)',
  },
  // Korean counts need no plural: the count is for the languages that do.
  quantity: (key, _count, formatted) => {
    switch (key) {
      case 'containers':
        return `컨테이너 ${formatted}개`;
      case 'perContainer':
      case 'perContainerRockets':
        return `${formatted}발`;
      case 'daily':
        return `하루 ${formatted}발`;
      case 'shellKg':
      case 'payloadKg':
        return `${formatted}kg`;
      case 'share':
      case 'usable':
      case 'rocketShare':
      case 'packaging':
        return `${formatted}%`;
    }
  },
  didYouMean: (quantity) => `혹시 ${quantity}인가요?`,
  readAs: (quantity) => `읽은 값: ${quantity}`,
  // A date in words always ends in 일, which takes 로.
  readsAsDate: (date) => `${date}로 읽습니다`,
  refused: (problem, quantity) => `${problem}. 계산에는 기존 값(${quantity})을 그대로 씁니다.`,
  allowed: (min, max) => `허용 범위: ${min}~${max}`,
  arrows: (step, bigStep) =>
    `. 위아래 화살표 키로 ${step}씩, 시프트 키와 함께 누르면 ${bigStep}씩 바뀝니다`,
  rangeHint: (max) =>
    `90% 범위의 하한과 상한을 줄표(–)나 물결표(~)로 이어 입력하세요. 실제 값이 10번 중 9번은 이 사이에 있다는 뜻입니다. 0 초과, 최대 ${max}.`,
  range: '범위',
  rangeFor: (label) => `${label} 범위`,
  slider: (label) => `${label} 슬라이더`,
  calendar: (label) => `${label}: 달력에서 고르기`,
  datePlaceholder: '연-월-일',
  publishedValues: '발표된 값',
  mixChoices: { 0: '모두 152mm 포탄', 50: '절반씩', 100: '모두 122mm 로켓' },
  mixLabel: '컨테이너를 채운 방식',
  publishedRates: '발표된 포격 속도',
  seriesShare: (percent, atMost, from, to, days) =>
    `시르스키가 밝힌 날짜별 수치(${from}~${to}, ${days})로 보면 인도량은 러시아 포격량의 ${atMost ? '최대' : '약'} ${percent}입니다.`,
  seriesNone: '시르스키의 날짜별 수치는 이 인도 기간을 다루지 않습니다.',
  kindsOfRound: '탄종',
  containerRatings: '컨테이너 규격',
  shell152: (kg) => `152mm 포탄, ${kg}kg`,
  rocket122: (kg) => `122mm 그라드 로켓, ${kg}kg`,
  payload20: (kg) => `20피트, ${kg}kg`,
  payload20Old: (kg) => `20피트 구형 기준, ${kg}kg`,
  payload40: (kg) => `40피트, ${kg}kg`,
  whyLabel: '이 기본값의 근거:',
  why: {
    containers: (reported) => `보도 수치: ${reported}.`,
    countedBy: (reported, counter, by) => `보도 수치: ${reported}. ${counter} 집계, ${by} 확인.`,
    division: (rounds, containers) => `보도 수치를 나눈 자체 계산: ${rounds} ÷ ${containers}.`,
    otherwise: {
      noRockets: (division, rounds, containers) =>
        `이 발표에는 122 mm 수치가 없습니다. 기본값은 ${division}입니다(${rounds} ÷ ${containers}).`,
    },
    start: (period) => `집계 기간: ${period}.`,
    notes: {
      share:
        '모든 컨테이너에 포탄이 들었다고 보았습니다. 미 국무부는 "탄약 또는 탄약 관련 물자"라고 했으므로 실제 비율은 더 낮을 수 있습니다.',
      usable:
        '모든 포탄이 작동한다고 봅니다. 발표는 몇 발이 불량인지 밝히지 않았습니다. 우크라이나 국방부 정보총국은 2024년 2월, 받은 포탄의 절반이 작동하지 않는다고 밝혔습니다.',
      rocketShare: '정부의 환산처럼 모든 컨테이너에 152 mm 포탄이 들었다고 보았습니다.',
      daily: 'RUSI의 2024년 초 추정치입니다. 발표에는 사격량이 없습니다.',
      end: '발표 날짜입니다.',
      shellKg: '제원 자료의 152 mm 고폭탄(ОФ-540) 질량입니다. 발표에는 질량이 없습니다.',
      payloadKg: '20피트 ISO 컨테이너의 최대 적재량입니다. 발표에는 컨테이너 크기가 없습니다.',
      packaging: sources.packagingNote,
    },
  },

  reasons: {
    empty: '숫자를 입력하세요',
    incomplete: '아직 다 입력되지 않은 숫자입니다',
    notANumber: '숫자가 아닙니다',
    misplacedGrouping: (decimal) => `숫자가 아닙니다. 소수점은 “${decimal}” 기호로 쓰세요`,
    belowMin: (min) => `${min} 이상이어야 합니다`,
    aboveMax: (max) => `${max} 이하여야 합니다`,
    notADate: '올바른 날짜가 아닙니다(연-월-일 형식)',
    endNotAfterStart: (start) => `첫 인도일(${start}) 이후여야 합니다`,
    startNotBeforeEnd: (end) => `집계 기준일(${end}) 이전이어야 합니다`,
    beyondCalendar: '9999년을 넘습니다',
    rangeNotPositive: '범위는 0보다 큰 값에서 시작해야 합니다',
    rangeNotIncreasing: '하한이 상한보다 작아야 합니다',
    expectedRange: (example) => `하한과 상한, 두 숫자를 입력하세요(예: ${example})`,
    expectedNumber: '숫자 하나를 입력하거나 범위를 켜세요',
  },
};
