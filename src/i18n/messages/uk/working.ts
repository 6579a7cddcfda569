import type { working as english } from '../en/working';

export const working: typeof english = {
  caption: 'Розрахунок',
  containers: 'контейнерів',
  shellsEach: 'снарядів у кожному',
  holdShells: 'зі снарядами',
  work: 'справні',
  shells: 'снарядів',
  aDay: 'на день',
  days: 'днів',
  daysAMonth: 'днів у місяці',
  months: 'місяців',
  notRockets: '152-мм, не ракети',
  ofWhichRockets: (share) => `з них ${share} — ракети:`,
  rocketsEach: 'ракет у кожному',
  rockets: 'ракет 122 мм',
};
