import type { working as english } from '../en/working';

export const working: typeof english = {
  caption: '계산 과정',
  containers: '컨테이너',
  shellsEach: '컨테이너당 포탄',
  holdShells: '포탄 적재',
  work: '작동',
  shells: '발',
  aDay: '하루',
  days: '일',
  daysAMonth: '한 달 일수',
  months: '개월',
  notRockets: '로켓이 아닌 152mm',
  ofWhichRockets: (share) => `그중 ${share}는 로켓:`,
  rocketsEach: '발씩(로켓)',
  rockets: '발(122mm 로켓)',
};
