import type { scenario as english } from '../en/scenario';
import { plural } from '../../format';

export const scenario: typeof english = {
  heading: 'Почніть з опублікованої оцінки',
  founding: 'Дві заяви, з яких усе почалося',
  containers: (count, formatted) =>
    `${formatted} ${plural(count, 'uk', { one: 'контейнер', few: 'контейнери', many: 'контейнерів', other: 'контейнера' })}`,
  all: 'Усі опубліковані заяви',
};
