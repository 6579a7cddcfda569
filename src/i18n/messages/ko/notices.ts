import type { notices as english } from '../en/notices';

export const notices: typeof english = {
  title: '링크의 일부 설정을 바꿨습니다',
  dismiss: '닫기',
  olderFigures:
    '이 링크는 계산기의 이전 버전으로 만들어져 그 버전의 수치를 그대로 씁니다. 이 발표에는 더 새로운 수치가 있습니다.',
  useNewer: '새 수치 쓰기',
  unknownKey: (key) => `이 계산기에 없는 설정(${key})은 무시했습니다.`,
  duplicateKey: (key) => `${key} 값이 여러 번 있어 첫 번째 값을 씁니다.`,
  notANumber: (key, used) => `${key} 값이 숫자가 아닙니다. 사용한 값: ${used}.`,
  belowMin: (key, used) => `${key} 값이 허용 최솟값보다 작습니다. 사용한 값: ${used}.`,
  aboveMax: (key, used) => `${key} 값이 허용 최댓값보다 큽니다. 사용한 값: ${used}.`,
  notADate: (key, used) => `${key} 값이 올바른 날짜가 아닙니다. 사용한 날짜: ${used}.`,
  endNotAfterStart: (key, start, used) =>
    `${key} 날짜가 첫 인도일(${start})보다 늦지 않습니다. 사용한 날짜: ${used}.`,
  startNotBeforeEnd: (key, end, used) =>
    `${key} 날짜가 집계 기준일(${end})보다 이르지 않습니다. 사용한 날짜: ${used}.`,
  unknownOption: (key, option) => `${key} 값이 선택지에 없습니다. 사용한 값: ${option}.`,
  rangeRefused: (key, used) =>
    `${key} 값이 0보다 큰 하한에서 상한까지의 범위가 아닙니다. 사용한 값: ${used}.`,
  unknownVersion: (key) =>
    `${key} 값의 링크 버전을 알 수 없어 이 계산기가 아는 최신 버전으로 읽었습니다.`,
};
