import type { timeline as english } from '../en/timeline';

export const timeline: typeof english = {
  title: '인도량과 러시아의 사격량',
  dek:
    '첫 인도일부터 집계일까지 고르게 나눠 인도한 포탄을, 같은 날부터 입력한 일일 사격량으로 ' +
    '러시아가 쏘는 양과 비교합니다. 두 선이 만나는 지점에서 이 포탄만으로는 바닥이 납니다. ' +
    '빈 마름모는 발표된 컨테이너 수로 환산한 적재량(실을 수 있는 양)이고, 점은 실제로 보낸 ' +
    '포탄의 발표된 추정치이며, 각각 자체 기산일부터 센 것입니다.',
  delivered: '북한의 인도량',
  fired: '러시아의 사격량',
  published: {
    capacity: '적재량 환산(‘실을 수 있는’ 양)',
    estimate: '실제 인도량 추정',
  },
  band: '90% 범위',
  runsOutLine: '소진',
  loading: '차트를 불러오는 중…',
  csvButton: 'CSV',
  csvName: '차트 수치를 CSV 파일로 내려받기',
  csvHeaders: {
    date: '날짜',
    delivered: '인도량(누적 포탄 수)',
    fired: '사격량(누적 포탄 수)',
    deliveredLow: '인도량 5번째 백분위수',
    deliveredHigh: '인도량 95번째 백분위수',
    firedLow: '사격량 5번째 백분위수',
    firedHigh: '사격량 95번째 백분위수',
  },
  asTable: '차트 수치를 표로 보기',
  runsOut: (month) => `${month} 소진`,
  estimateTitle: (label, reported, plotted) =>
    `${label}. 발표: ${reported}. 차트 표시값: ${plotted}.`,
  chartLabel: (bands, runsOut) =>
    '북한이 인도한 포탄과 러시아가 쏜 포탄을 시간에 따라 비교하고 발표된 추정치를 함께 표시한 ' +
    `차트입니다.${bands ? ' 음영은 90% 범위를 나타냅니다.' : ''}` +
    (runsOut === null ? '' : ` 이 포탄만으로는 ${runsOut}에 바닥납니다.`) +
    ' 차트 아래 표에 수치가 있습니다.',
  caption: '누적 포탄 수, 입력한 가정 기준',
  date: '날짜',
  deliveredRange: '인도량 90% 범위',
  firedRange: '사격량 90% 범위',
  marks: {
    start: '첫 인도',
    count: '집계일',
    'stock-out': '이 속도로 버틸 수 있는 마지막 날',
  },
  mark: (note) => ` (${note})`,
  estimatesCaption: '발표된 수치',
  statement: '발표',
  reported: '발표된 포탄 수',
  plottedAt: '차트 표시값',
  kind: '종류',
};
