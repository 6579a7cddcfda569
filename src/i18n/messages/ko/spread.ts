import type { spread as english } from '../en/spread';

export const spread: typeof english = {
  title: '결과가 퍼지는 폭',
  dek: '각 범위에 참값이 들어 있을 확률을 90%로 보고 계산했습니다. 그 결과 두 답이 얼마나 퍼지는지 보여 줍니다.',
  invitation: (example, samples) =>
    `숫자가 확실하지 않습니까? ${example}처럼 범위로 입력하면 계산기는 참값이 그 사이에 있을 확률을 90%로 보고, 범위 전체에서 값 ${samples}개를 시험해 답이 얼마나 퍼지는지 여기에 보여 줍니다.`,
  tryPublished: '공개된 범위로 해 보기',
  publishedSpans: (perContainer, daily) =>
    `컨테이너당 포탄 ${perContainer}발(위성 집계~정부 수치), 러시아 포격 하루 ${daily}발(RUSI~시르스키).`,
  measures: { totalShells: '보낸 작동 포탄', monthsOfFire: '러시아 포격 개월 수' },
  months: (months) => `${months}개월`,
  histogram: (title, median, low, high) => `${title}: 중앙값 ${median}, 90% 범위 ${low}~${high}.`,
  median: (median) => `중앙값 ${median}`,
  waiting: '분포를 계산하는 중…',
  inside: '가운데 90%',
  outside: '그 바깥',
  samples: (count, tail) =>
    `시드를 고정한 표본 ${count}개로 계산했습니다. 양 끝의 ${tail}는 그리지 않았습니다.`,
  tableCaption: '결과 분포 수치',
  percentiles: { low: '5백분위수', median: '중앙값', high: '95백분위수' },
};
