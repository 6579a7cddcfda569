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
};
