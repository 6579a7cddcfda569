import type { Hedge } from '../../../facts/statement';
import type { facts as english } from '../en/facts';

/** Each hedge in Korean, around a figure with its counter ("1만 개"): 이상 and 여 follow it. */
const HEDGES: Record<Hedge, (figure: string) => string> = {
  about: (figure) => `약 ${figure}`,
  'more-than': (figure) => `${figure} 이상`,
  'at-least': (figure) => `최소 ${figure}`,
  'as-many-as': (figure) => `최대 ${figure}`,
  some: (figure) => `약 ${figure}`,
  'about-or-more': (figure) => `약 ${figure} 이상`,
  exactly: (figure) => figure,
};

export const facts: typeof english = {
  containers: (hedge, _count, formatted) => `컨테이너 ${HEDGES[hedge](`${formatted}개`)}`,
  rounds: (hedge, amount) => HEDGES[hedge](`${amount} 발`),
  couldHold: (rounds) => `포탄 ${rounds}을 담을 수 있음`,
  label: (when, who, what) => `${when} · ${who} · ${what}`,
  who: (full, context) => (context === undefined ? full : `${full}(${context})`),
  credit: (who, when) => `${who}, ${when}`,
  kinds: {
    capacity: '적재량 환산',
    estimate: '실제 인도량 추정',
    count: '컨테이너 집계',
  },
  kindNotes: {
    capacity:
      '컨테이너에 모두 152 mm 포탄을 실었다면 담을 수 있는 양입니다. 포탄 수를 센 것이 아닙니다.',
    estimate: '실제로 보낸 포탄을 추정한 수치입니다.',
    count: '포탄 수 없이 컨테이너만 센 수치입니다.',
  },
  // Korean puts what is counted first: "152 mm 포탄 약 1200만 발".
  roundsOf: (rounds, calibre) => `${calibre} ${rounds}`,
  calibres: {
    '152mm': '152 mm 포탄',
    '122mm-rockets': '122 mm 방사포탄',
    '122mm-and-152mm': '122 mm·152 mm 포탄',
    'artillery-and-rockets': '포탄과 방사포탄',
    'shells-and-missiles': '포탄과 미사일',
    'shells-and-other-munitions': '포탄과 기타 탄약',
    unstated: '포탄',
  },
  provenance: {
    yours: '직접 입력한 가정',
    ours: '자체 가정',
    calculation: '자체 계산',
    division: (credit) => `${credit} 수치를 나눈 자체 계산`,
    reading: (credit) => `${credit} 발표에 대한 자체 해석`,
    readings: {
      halfAndHalf: '반반은 "두 가지가 섞여 있을 수 있다"는 말을 자체적으로 읽은 값입니다.',
    },
    countedBy: (credit, by) => `${credit}, ${by} 확인`,
    classes: {
      statement: '발표',
      'counted-by': '발표(다른 기관의 집계)',
      division: '자체 계산',
      reading: '자체 해석',
      published: '공표된 수치',
      reference: '자체 가정',
      yours: '직접 입력',
    },
  },
  reviewed: (date) => `${date}에 모든 수치를 출처와 다시 대조했습니다.`,
  dek: (first, capacity, estimate) =>
    `${first.when}까지 러시아로 간 탄약 ${first.what}(${first.who}), ${capacity.when}까지 ` +
    `${capacity.what}(${capacity.who}). 뒤의 것은 ${capacity.holds ?? ''}을 담을 수 있는 양입니다. ` +
    `이는 적재량 환산이며, 실제로 보낸 포탄의 추정치는 더 적습니다: ${estimate.when}까지 ` +
    `${estimate.what}(${estimate.who}). 모든 합계는 가정 위에 서 있습니다. 여기서 그 가정을 보고 ` +
    '바꿀 수 있습니다.',
};
