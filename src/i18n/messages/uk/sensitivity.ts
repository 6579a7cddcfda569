import type { sensitivity as english } from '../en/sensitivity';
import { plural } from '../../format';

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });

// Months here always carry one decimal ("9,9", "10,0"), and a fraction takes the form "місяця".
export const sensitivity: typeof english = {
  title: 'Що важить найбільше',
  dek: (months) =>
    `Кожне припущення змінювали окремо — від найменшої до найбільшої опублікованої цифри (або в межах вашого діапазону), решту лишали як є. Темна лінія позначає нинішню тривалість обстрілів: ${months} місяця.`,
  subjects: {
    containers: 'Кількість контейнерів',
    perContainer: 'Кількість снарядів у контейнері',
    share: 'Частка контейнерів зі снарядами',
    usable: 'Частка справних снарядів',
    daily: 'Щодобовий вогонь Росії',
  },
  spans: {
    containers: (count, low, high) =>
      `від ${low} до ${high} ${plural(count, 'uk', { one: 'контейнер', few: 'контейнери', many: 'контейнерів', other: 'контейнера' })}`,
    perContainer: (count, low, high) => `від ${low} до ${high} ${shells(count)} на контейнер`,
    share: (_count, low, high) => `від ${low} до ${high}`,
    usable: (_count, low, high) => `від ${low} до ${high}`,
    daily: (count, low, high) => `від ${low} до ${high} ${shells(count)} на добу`,
  },
  lead: (subject, span, low, high) =>
    `${subject} важить найбільше: у проміжку ${span} обстріли триватимуть від ${low} до ${high} місяця.`,
  noneMoves: (months) => `Жодне з цих припущень не змінює тривалості обстрілів: ${months} місяця.`,
  spanFrom: {
    range: (span) => `${span}, ваш 90% діапазон`,
    published: (span) => `${span}, опубліковані цифри`,
  },
  ends: (lowMonths, lowAt, highMonths, highAt) =>
    `${lowMonths} місяця при ${lowAt}, ${highMonths} місяця при ${highAt}`,
  at: (value) => `при ${value}`,
  caption: 'Місяці обстрілів, коли одне припущення стоїть на краю свого проміжку',
  assumptionColumn: 'Припущення, перевірений проміжок',
  monthsColumn: (months) => `Місяці обстрілів (зараз ${months})`,
  notVaried: (labels) =>
    `Не змінювали: ${labels.map((label) => `${label} (немає опублікованих цифр)`).join('; ')}.`,
};
