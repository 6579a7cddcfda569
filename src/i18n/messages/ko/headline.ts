import type { headline as english } from '../en/headline';

export const headline: typeof english = {
  total: '인도된 작동 포탄',
  months: '러시아군 포격 개월 수',
  lastsUntil: '포격을 이어 갈 수 있는 날',
  fromFirst: '첫 인도일부터 쏘고 다른 보급이 없다고 할 때',
  plusRockets: (_count, formatted) => `여기에 122mm 로켓 약 ${formatted}발`,
  usedAsFast:
    '이 속도라면 러시아군은 포탄이 들어오는 대로 모두 쏘았습니다. 집계일에 남은 재고가 없으므로 이 날짜는 재고가 버틴 기간이 아니라 집계일입니다',
  days: (_count, formatted) => `${formatted}일`,
  daysAt: (_count, daily) => `하루 ${daily}발씩 쏘면 {days}`,
  exactShells: (_count, formatted) => `정확히 ${formatted}발`,
  exactMonths: (_count, formatted) => `${formatted}개월(한 달 30.44일 기준)`,
  exactDays: (_count, formatted) => `${formatted}일`,
  announce: (shells, months, until) =>
    until === null
      ? `작동 포탄 약 ${shells} 발, 러시아군 포격 ${months}개월분입니다.`
      : `작동 포탄 약 ${shells} 발, 러시아군 포격 ${months}개월분으로 ${until}까지 쏠 수 있습니다.`,
  reasons: {
    notADate: '실제 날짜가 아닙니다(연-월-일 형식)',
    endNotAfterStart: (start) => `첫 인도일(${start}) 이후여야 합니다`,
    beyondCalendar: '9999년 이후입니다',
    cannot: '계산할 수 없습니다',
  },
};
