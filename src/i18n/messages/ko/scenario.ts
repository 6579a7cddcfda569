import type { scenario as english } from '../en/scenario';

export const scenario: typeof english = {
  heading: '공개된 추정치에서 시작하기',
  founding: '출발점이 된 두 발표',
  containers: (_count, formatted) => `컨테이너 ${formatted}개`,
  all: '공개된 모든 발표',
};
